// A rating link works once: the first answer counts, a second one is refused.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { POST } from '@/app/api/csat/[token]/route';
import { params, request } from '@/tests/helpers';
import { storeEmail } from '@/tests/kpi-fixtures';
import { createCsatInvitation, findCsatInvitation } from './csat';

describe('CSAT rating links', () => {
  it('take one answer per token', async () => {
    const email = await storeEmail({ receivedAt: new Date(), unit: 'support', fromAddress: 'rater@example.org' });
    const invitation = await createCsatInvitation(db, { emailId: email.id, businessUnitId: email.businessUnitId, customerEmail: email.fromAddress });
    expect(invitation.text).toContain(`/csat/${invitation.token}?rating=5`);

    const rate = (body: unknown) => POST(new Request(`http://localhost/api/csat/${invitation.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), params({ token: invitation.token }));

    expect((await rate({ rating: 6 })).status).toBe(422);
    const first = await rate({ rating: 4, comment: 'Very courteous.' });
    expect(first.status).toBe(200);
    const second = await rate({ rating: 1 });
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');

    const stored = await db.csatResponse.findUniqueOrThrow({ where: { token: invitation.token } });
    expect(stored).toMatchObject({ rating: 4, comment: 'Very courteous.' });
    expect(stored.answeredAt).not.toBeNull();
    expect(await findCsatInvitation(invitation.token)).toMatchObject({ answered: true, rating: 4, unitName: 'Customer Service' });
  });

  it('does not know made-up tokens', async () => {
    const token = 'x'.repeat(32);
    const res = await POST(await request(`/api/csat/${token}`, { body: { rating: 5 } }), params({ token }));
    expect(res.status).toBe(404);
  });
});
