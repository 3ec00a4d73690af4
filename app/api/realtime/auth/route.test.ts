import { describe, expect, it } from 'vitest';
import { POST } from './route';
import { params, request } from '@/tests/helpers';

const form = (channel: string) => ({ body: `socket_id=123.456&channel_name=${channel}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });

describe('realtime channel authorization', () => {
  it('signs the staff channel for a manager', async () => {
    const res = await POST(await request('/api/realtime/auth', { ...form('private-staff'), as: { email: 'manager@h-bu.de' } }), params());
    expect(res.status).toBe(200);
    expect((await res.json()).auth).toMatch(/^hb-test-key:[0-9a-f]{64}$/);
  });

  it('refuses the staff channel to a buyer and to visitors', async () => {
    expect((await POST(await request('/api/realtime/auth', { ...form('private-staff'), as: { email: 'buyer@example.com' } }), params())).status).toBe(403);
    expect((await POST(await request('/api/realtime/auth', form('private-staff')), params())).status).toBe(401);
  });

  it("refuses another user's private channel", async () => {
    const res = await POST(await request('/api/realtime/auth', { ...form('private-user-someone-else'), as: { email: 'agent@h-bu.de' } }), params());
    expect(res.status).toBe(403);
  });
});
