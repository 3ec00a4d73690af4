// The prospect's history: interactions (emails, calls, meetings, notes) and the audit trail, as one timeline.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { InteractionKind } from '@/lib/generated/sqlite/enums';
import type { Caller } from '@/lib/http/handler';
import { badRequest, notFound } from '@/lib/http/problem';
import { visibleProspects } from './access';
import { announceProspectChange } from './events';
import { followUpAfter } from './prospects';
import type { InteractionCreate } from './schemas';

type Tx = Prisma.TransactionClient;

/** Kinds that count as talking to the prospect (a note does not). */
export const CONTACT_KINDS: InteractionKind[] = ['EMAIL_IN', 'EMAIL_OUT', 'CALL', 'MEETING'];

/** After a contact at `at`: remember it, and push the next follow-up unless a later one is already planned. */
export function afterContact(p: { lastContactAt: Date | null; nextFollowUpAt: Date | null }, at: Date, now = new Date()) {
  const lastContactAt = p.lastContactAt && p.lastContactAt > at ? p.lastContactAt : at;
  const planned = p.nextFollowUpAt && p.nextFollowUpAt > now ? p.nextFollowUpAt : null;
  const next = followUpAfter(lastContactAt);
  return { lastContactAt, nextFollowUpAt: planned && planned > next ? planned : next };
}

export async function requireVisibleProspectId(caller: Caller, id: string) {
  const p = await db.prospect.findFirst({ where: { AND: [{ id }, visibleProspects(caller)] }, select: { id: true } });
  if (!p) throw notFound('The prospect');
  return p.id;
}

const interactionSelect = {
  id: true,
  kind: true,
  summary: true,
  occurredAt: true,
  emailId: true,
  outboxMessageId: true,
  user: { select: { id: true, name: true } },
} as const;

export async function listInteractions(caller: Caller, prospectId: string, opts: { cursor?: string; limit: number }) {
  await requireVisibleProspectId(caller, prospectId);
  let after: Prisma.InteractionWhereInput = {};
  if (opts.cursor) {
    const at = await db.interaction.findFirst({ where: { id: opts.cursor, prospectId }, select: { occurredAt: true } });
    if (!at) throw badRequest('The cursor is not one this API handed out.', { errors: [{ field: 'query.cursor', message: 'is invalid' }] });
    after = { OR: [{ occurredAt: { lt: at.occurredAt } }, { occurredAt: at.occurredAt, id: { lt: opts.cursor } }] };
  }
  const rows = await db.interaction.findMany({
    where: { prospectId, ...after },
    select: interactionSelect,
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
    take: opts.limit + 1,
  });
  const data = rows.slice(0, opts.limit);
  return { data, nextCursor: rows.length > opts.limit ? data.at(-1)!.id : null };
}

/** Records an interaction and, for real contact, moves lastContactAt and the next follow-up along. */
export async function recordInteraction(
  tx: Tx,
  p: { id: string; lastContactAt: Date | null; nextFollowUpAt: Date | null },
  data: { kind: InteractionKind; summary: string; occurredAt: Date; userId?: string | null; emailId?: string; outboxMessageId?: string },
) {
  const interaction = await tx.interaction.create({ data: { prospectId: p.id, ...data }, select: { id: true } });
  const contact = CONTACT_KINDS.includes(data.kind) ? afterContact(p, data.occurredAt) : null;
  if (contact) await tx.prospect.update({ where: { id: p.id }, data: contact, select: { id: true } });
  return { id: interaction.id, contact };
}

export async function addInteraction(caller: Caller, prospectId: string, input: InteractionCreate) {
  const interaction = await db.$transaction(async (tx) => {
    const p = await tx.prospect.findFirst({
      where: { AND: [{ id: prospectId }, visibleProspects(caller)] },
      select: { id: true, lastContactAt: true, nextFollowUpAt: true },
    });
    if (!p) throw notFound('The prospect');
    const { id } = await recordInteraction(tx, p, {
      kind: input.kind,
      summary: input.summary,
      occurredAt: input.occurredAt ?? new Date(),
      userId: caller.kind === 'user' ? caller.id : null,
    });
    return tx.interaction.findUniqueOrThrow({ where: { id }, select: interactionSelect });
  });
  await announceProspectChange({ ids: [prospectId], action: 'contacted' });
  return interaction;
}

export type TimelineEntry =
  | { type: 'interaction'; id: string; at: Date; kind: InteractionKind; summary: string; who: string | null }
  | { type: 'activity'; id: string; at: Date; action: string; who: string; before: unknown; after: unknown };

/** Interactions and audit entries, newest first. */
export async function prospectTimeline(caller: Caller, prospectId: string, limit = 200): Promise<TimelineEntry[]> {
  await requireVisibleProspectId(caller, prospectId);
  const [interactions, activities] = await Promise.all([
    db.interaction.findMany({ where: { prospectId }, select: interactionSelect, orderBy: { occurredAt: 'desc' }, take: limit }),
    db.activity.findMany({ where: { entityType: 'Prospect', entityId: prospectId }, orderBy: { createdAt: 'desc' }, take: limit }),
  ]);
  const entries: TimelineEntry[] = [
    ...interactions.map((i) => ({ type: 'interaction' as const, id: i.id, at: i.occurredAt, kind: i.kind, summary: i.summary, who: i.user?.name ?? null })),
    ...activities.map((a) => ({ type: 'activity' as const, id: a.id, at: a.createdAt, action: a.action, who: a.actorName, before: a.before, after: a.after })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}
