// Which inbound mail answers a rep's outreach: the pipeline leaves such replies to the rep (no courtesy reply from a
// unit, and the agent hands the task to the rep). Lean on purpose: the email pipeline imports it.
import { db } from '@/lib/db';
import { bareMessageId } from './mail-links';

export const OUTREACH_KIND = 'outreach';

/** A rep's outreach that inbound mail answers: the prospect and the rep who owns it. */
export type OutreachThread = { prospectId: string; contactName: string; owner: { id: string; name: string; active: boolean } };

/**
 * The outreach messages among these Message-IDs (an inbound mail's In-Reply-To and References), by bare Message-ID:
 * a reply to them is the rep's to answer, not a business unit's (no courtesy reply, the task goes to the rep).
 */
export async function outreachAnswered(messageIds: readonly string[]): Promise<Map<string, OutreachThread>> {
  const ids = [...new Set(messageIds.map(bareMessageId))].filter(Boolean);
  if (!ids.length) return new Map();
  const rows = await db.outboxMessage.findMany({
    where: { kind: OUTREACH_KIND, messageId: { in: ids.flatMap((id) => [id, `<${id}>`]) }, prospectId: { not: null } },
    select: { messageId: true, prospect: { select: { id: true, contactName: true, owner: { select: { id: true, name: true, active: true } } } } },
  });
  return new Map(rows.flatMap((r) => (r.prospect ? [[bareMessageId(r.messageId), { prospectId: r.prospect.id, contactName: r.prospect.contactName, owner: r.prospect.owner }] as const] : [])));
}

/** The first outreach these Message-IDs name, most specific first. */
export const outreachOf = (refs: readonly string[], found: Map<string, OutreachThread>) =>
  refs.map((r) => found.get(bareMessageId(r))).find((t) => t !== undefined) ?? null;
