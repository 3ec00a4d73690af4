import { describe, expect, it } from 'vitest';
import { params, request } from '@/tests/helpers';
import { GET } from './route';

describe('GET /api/system/live', () => {
  it('answers anyone while the process runs, even with the realtime server unreachable', async () => {
    const saved = process.env.PUSHER_PORT;
    process.env.PUSHER_PORT = '1'; // nothing listens there; /api/system/health would answer 503
    try {
      const res = await GET(await request('/api/system/live'), params());
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual({ status: 'live' });
    } finally {
      process.env.PUSHER_PORT = saved;
    }
  });
});
