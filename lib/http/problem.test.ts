import { describe, expect, it } from 'vitest';
import { conflict, problemResponse } from './problem';

describe('problem responses', () => {
  it('keep the members RFC 9457 defines, whatever extensions an error carries', async () => {
    const res = problemResponse(conflict('Order HB-1 is placed.', { status: 'PLACED', title: 'x', allowed: ['CONFIRMED'] }), 'req-1', '/api/orders/1');
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order HB-1 is placed.', instance: '/api/orders/1', requestId: 'req-1', allowed: ['CONFIRMED'] });
  });
});
