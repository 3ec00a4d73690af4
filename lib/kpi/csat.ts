// Customer satisfaction, collected for real: every reply a person writes carries one-click rating links to
// /csat/<token> (automatic acknowledgements do not: they have done nothing yet); the token is single-use, the
// answer counts towards the KPIs from the moment it is given.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { appUrl } from '@/lib/config/env';
import { conflict, notFound } from '@/lib/http/problem';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { RATINGS, RATING_LABELS } from './rating-scale';


export const csatAnswer = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2_000).optional(),
});
export type CsatAnswer = z.infer<typeof csatAnswer>;

export const csatUrl = (token: string, rating?: number) => appUrl(`/csat/${token}${rating ? `?rating=${rating}` : ''}`);

type Tx = Pick<Db, 'csatResponse'>;

/** Creates the rating token for a reply (inside the reply's transaction) and the lines that invite a rating. */
export async function createCsatInvitation(tx: Tx, input: { emailId: string; businessUnitId: string | null; customerEmail: string }) {
  const token = randomBytes(24).toString('base64url');
  await tx.csatResponse.create({ data: { token, ...input } });
  const links = RATINGS.map((r) => ({ rating: r, label: RATING_LABELS[r], url: csatUrl(token, r) }));
  const text = `How did we do? One click rates this reply:\n${links.map((l) => `${l.rating} – ${l.label}: ${l.url}`).join('\n')}`;
  const html = `<p>How did we do? One click rates this reply:</p><p>${links
    .map((l) => `<a href="${l.url}" title="${l.label}">${'★'.repeat(l.rating)}</a>`)
    .join(' &nbsp; ')}</p>`;
  return { token, text, html };
}

export async function findCsatInvitation(token: string) {
  const found = await db.csatResponse.findUnique({
    where: { token },
    select: { rating: true, answeredAt: true, businessUnit: { select: { name: true } }, email: { select: { subject: true } } },
  });
  if (!found) return null;
  return { answered: found.answeredAt !== null, rating: found.rating, unitName: found.businessUnit?.name ?? null, subject: found.email?.subject ?? null };
}

/** Stores the answer once; a second answer with the same token is refused (409). */
export async function answerCsat(token: string, answer: CsatAnswer) {
  const answeredAt = new Date();
  const { count } = await db.csatResponse.updateMany({
    where: { token, answeredAt: null },
    data: { rating: answer.rating, comment: answer.comment || null, answeredAt },
  });
  if (count === 0) {
    const exists = await db.csatResponse.count({ where: { token } });
    throw exists ? conflict('This rating link has already been used. Thank you for your answer.') : notFound('This rating link');
  }
  await publish(CHANNELS.staff, EVENTS.kpiUpdated, { csat: 1, at: answeredAt.toISOString() });
  return { rating: answer.rating, answeredAt: answeredAt.toISOString() };
}
