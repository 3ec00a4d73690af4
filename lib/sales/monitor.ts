// The email monitor (cron): links new inbound and outbound mail to prospects and keeps the pipeline true —
// interactions, replies (status, qualification, owner notified), bounces, and follow-ups after a silence.
// Idempotent: an interaction is unique per prospect and email/outbox message, and side effects happen only
// when that interaction is new. A watermark (start of the last successful run) limits each run to new mail;
// a follow-up is reminded once per date (remindedFollowUpAt).
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { companyConfig } from '@/lib/config/company';
import type { Actor } from '@/lib/audit';
import { announceNotifications, createNotifications } from '@/lib/notifications';
import { recordCronRun } from '@/lib/system/cron-runs';
import { domainOf } from './derived';
import { announceProspectChange } from './events';
import { afterContact } from './interactions';
import { automaticSummary, bareAddress, bareMessageId, isAutomatic, linksFor, type Link, type Lookup, type MailFact } from './mail-links';
import { emptyBatch, patchProspect, writeBatch, type BatchWrites } from './monitor-writes';
import { stageMoveWrites } from './prospects';
import { listStages, type Stage } from './stages';
import { isClosedStage, planStageMove } from './transitions';

export const MONITOR_JOB = 'monitor';
export const MONITOR_ACTOR: Actor = { actorType: 'system', actorId: MONITOR_JOB, actorName: 'Email monitor' };
/** Re-read this much before the watermark: a transaction that committed late is still seen (and nothing twice). */
const OVERLAP_MS = 60_000;
const STALE_RUN_MS = 10 * 60_000;

export type MonitorCounts = {
  since: string | null;
  outboxScanned: number;
  emailsScanned: number;
  interactions: number;
  replies: number;
  qualified: number;
  bounced: number;
  followUps: number;
  errors: string[];
  durationMs: number;
  skipped?: string;
};

type Ctx = { ownDomains: Set<string>; qualifyOnReply: boolean; qualified: Stage | undefined; counts: MonitorCounts };

/** One monitor run, recorded as a CronRun row (counts, duration, errors). */
export function runMonitor(opts: { batchSize?: number } = {}) {
  return recordCronRun(MONITOR_JOB, () => monitorPass(opts.batchSize ?? 500));
}

async function monitorPass(batchSize: number): Promise<MonitorCounts> {
  const started = Date.now();
  const now = new Date();
  const counts: MonitorCounts = { since: null, outboxScanned: 0, emailsScanned: 0, interactions: 0, replies: 0, qualified: 0, bounced: 0, followUps: 0, errors: [], durationMs: 0 };
  const running = await db.cronRun.count({ where: { job: MONITOR_JOB, finishedAt: null, startedAt: { gt: new Date(started - STALE_RUN_MS) } } });
  if (running > 1) return { ...counts, skipped: 'another monitor run is in progress' };

  const last = await db.cronRun.findFirst({ where: { job: MONITOR_JOB, ok: true }, orderBy: { startedAt: 'desc' }, select: { startedAt: true } });
  const since = last ? new Date(last.startedAt.getTime() - OVERLAP_MS) : null;
  counts.since = since?.toISOString() ?? null;
  const config = companyConfig();
  const stages = await listStages();
  const ctx: Ctx = {
    ownDomains: new Set([config.company.domain, ...config.business_units.map((u) => domainOf(u.email))]),
    qualifyOnReply: config.sales.monitor.qualify_on_reply,
    qualified: stages.find((s) => s.key === config.sales.monitor.qualified_stage),
    counts,
  };
  // Outbox first: an outreach and its reply arriving in one run are then seen in that order.
  for await (const facts of outboxFacts(since, now, batchSize)) {
    counts.outboxScanned += facts.length;
    await processBatch(facts, ctx);
  }
  for await (const facts of emailFacts(since, now, batchSize)) {
    counts.emailsScanned += facts.length;
    await processBatch(facts, ctx);
  }
  counts.followUps = await notifyDueFollowUps(now);
  counts.durationMs = Date.now() - started;
  return counts;
}

type Page<T> = (after: { createdAt: Date; id: string } | null) => Promise<T[]>;

/** Keyset pages over (createdAt, id), so mail arriving during the run neither repeats nor shifts pages. */
async function* pages<T extends { createdAt: Date; id: string }>(fetch: Page<T>): AsyncGenerator<T[]> {
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1];
  }
}

const keyset = (after: { createdAt: Date; id: string } | null) =>
  after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {};
const window = (since: Date | null, now: Date) => ({ createdAt: since ? { gte: since, lte: now } : { lte: now } });

async function* outboxFacts(since: Date | null, now: Date, take: number): AsyncGenerator<MailFact[]> {
  const rows = pages((after) =>
    db.outboxMessage.findMany({
      where: { AND: [window(since, now), keyset(after)] },
      select: { id: true, createdAt: true, kind: true, subject: true, toAddress: true, prospectId: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take,
    }),
  );
  for await (const batch of rows) {
    yield batch.map((m) => ({
      id: m.id,
      source: 'outbox' as const,
      direction: 'out' as const,
      type: null,
      subject: m.subject,
      at: m.createdAt,
      addresses: [m.toAddress],
      threadIds: [],
      bouncedAddress: null,
      prospectId: m.prospectId,
      outboxKind: m.kind,
    }));
  }
}

const strings = (json: unknown) => (Array.isArray(json) ? json.filter((v): v is string => typeof v === 'string') : []);

async function* emailFacts(since: Date | null, now: Date, take: number): AsyncGenerator<MailFact[]> {
  const rows = pages((after) =>
    db.email.findMany({
      where: { AND: [window(since, now), keyset(after), { type: { not: 'SPAM' } }] },
      select: {
        id: true,
        createdAt: true,
        messageId: true,
        direction: true,
        type: true,
        subject: true,
        receivedAt: true,
        fromAddress: true,
        toAddresses: true,
        ccAddresses: true,
        inReplyTo: true,
        references: true,
        bouncedAddress: true,
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take,
    }),
  );
  for await (const batch of rows) {
    // Outbound mail that went through the outbox is already counted from its outbox row.
    const outbound = batch.filter((e) => e.direction === 'OUTBOUND').map((e) => e.messageId);
    const queued = outbound.length
      ? new Set((await db.outboxMessage.findMany({ where: { messageId: { in: outbound } }, select: { messageId: true } })).map((m) => m.messageId))
      : new Set<string>();
    yield batch
      .filter((e) => !queued.has(e.messageId))
      .map((e) => {
        const inbound = e.direction === 'INBOUND';
        return {
          id: e.id,
          source: 'email' as const,
          direction: inbound ? ('in' as const) : ('out' as const),
          type: e.type,
          subject: e.subject,
          at: e.receivedAt,
          addresses: inbound ? [e.fromAddress] : [...strings(e.toAddresses), ...strings(e.ccAddresses)],
          threadIds: inbound ? [...(e.inReplyTo ? [e.inReplyTo] : []), ...strings(e.references)] : [],
          bouncedAddress: e.bouncedAddress,
          prospectId: null,
          outboxKind: null,
        };
      });
  }
}

/** A failing batch is retried mail by mail, so one bad message is reported without holding up the rest. */
async function processBatch(facts: MailFact[], ctx: Ctx) {
  try {
    await linkAndRecord(facts, ctx);
  } catch (error) {
    if (facts.length === 1) {
      ctx.counts.errors.push(`${facts[0].source} ${facts[0].id}: ${(error as Error).message.split('\n').at(-1)}`);
      return;
    }
    for (const fact of facts) await processBatch([fact], ctx);
  }
}

async function buildLookup(facts: MailFact[], ownDomains: Set<string>): Promise<Lookup> {
  const threadIds = [...new Set(facts.flatMap((f) => f.threadIds.map(bareMessageId)))];
  const addresses = [...new Set(facts.flatMap((f) => [...f.addresses, ...(f.bouncedAddress ? [f.bouncedAddress] : [])].map(bareAddress)))];
  const [outreach, byAddress] = await Promise.all([
    threadIds.length
      ? db.outboxMessage.findMany({
          where: { messageId: { in: threadIds.flatMap((id) => [id, `<${id}>`]) }, prospectId: { not: null } },
          select: { messageId: true, prospectId: true },
        })
      : [],
    addresses.length ? db.prospect.findMany({ where: { email: { in: addresses } }, select: { id: true, email: true } }) : [],
  ]);
  const known = new Set(byAddress.map((p) => p.email));
  const domains = [...new Set(addresses.filter((a) => !known.has(a)).map(domainOf))].filter((d) => !ownDomains.has(d));
  const byDomain = domains.length ? await db.prospect.findMany({ where: { emailDomain: { in: domains } }, select: { id: true, emailDomain: true } }) : [];
  const prospectsByDomain = new Map<string, string[]>();
  for (const p of byDomain) prospectsByDomain.set(p.emailDomain, [...(prospectsByDomain.get(p.emailDomain) ?? []), p.id]);
  return {
    outreachByMessageId: new Map(outreach.map((o) => [bareMessageId(o.messageId), o.prospectId!])),
    prospectByAddress: new Map(byAddress.map((p) => [p.email, p.id])),
    prospectsByDomain,
  };
}

const linkKey = (prospectId: string, mailId: string) => `${prospectId}:${mailId}`;

async function linkAndRecord(facts: MailFact[], ctx: Ctx) {
  if (facts.length === 0) return;
  const lookup = await buildLookup(facts, ctx.ownDomains);
  const links = facts.flatMap((f) => linksFor(f, lookup, ctx.ownDomains));
  if (links.length === 0) return;
  const fresh = await unrecorded(links);
  if (fresh.length === 0) return;

  const prospectIds = [...new Set(fresh.map((l) => l.prospectId))];

  const result = await db.$transaction(async (tx) => {
    const prospects = new Map((await tx.prospect.findMany({ where: { id: { in: prospectIds } }, include: { stage: true } })).map((p) => [p.id, p]));
    const writes = emptyBatch();
    const changed = new Set<string>();
    for (const link of fresh.sort((a, b) => a.fact.at.getTime() - b.fact.at.getTime())) {
      const p = prospects.get(link.prospectId);
      if (!p) continue;
      const { fact } = link;
      const mail = fact.source === 'email' ? { emailId: fact.id } : { outboxMessageId: fact.id };
      changed.add(p.id);
      ctx.counts.interactions++;
      if (link.via === 'bounce') {
        writes.interactions.push({ prospectId: p.id, kind: 'NOTE', summary: `Delivery to ${p.email} failed (bounce)`, occurredAt: fact.at, ...mail });
        markBouncing(writes, p, fact);
        ctx.counts.bounced++;
        continue;
      }
      // An acknowledgement or out-of-office is shown, but is no contact: no outreach, no response, no follow-up reset.
      if (isAutomatic(fact)) {
        writes.interactions.push({ prospectId: p.id, kind: 'NOTE', summary: automaticSummary(fact), occurredAt: fact.at, ...mail });
        continue;
      }
      writes.interactions.push({ prospectId: p.id, kind: fact.direction === 'in' ? 'EMAIL_IN' : 'EMAIL_OUT', summary: fact.subject.slice(0, 300), occurredAt: fact.at, ...mail });
      const contact = afterContact(p, fact.at);
      patchProspect(writes, p.id, contact);
      Object.assign(p, contact);
      // Replies: inbound mail on an outreach thread, or from a prospect we had written to before (firstOutreachAt is
      // kept by a trigger on stored interactions; this batch's own outreach is folded in as it goes).
      const first = p.firstOutreachAt;
      const isReply = fact.direction === 'in' && (link.via === 'thread' || (link.via === 'address' && !!first && first < fact.at));
      if (fact.direction === 'out' && (!first || fact.at < first)) p.firstOutreachAt = fact.at;
      if (isReply) {
        markResponded(writes, p, fact, ctx);
        ctx.counts.replies++;
      }
    }
    return { notifications: await writeBatch(tx, MONITOR_ACTOR, writes), changed: [...changed] };
  });
  await announceNotifications(result.notifications);
  await announceProspectChange({ ids: result.changed, action: 'contacted' });
}

/** The links not recorded by an earlier run, looked up through the (prospect, email) and (prospect, outbox) keys. */
async function unrecorded(links: Link[]) {
  const mailIds = (source: MailFact['source']) => [...new Set(links.filter((l) => l.fact.source === source).map((l) => l.fact.id))];
  const [emailIds, outboxIds] = [mailIds('email'), mailIds('outbox')];
  const existing = await db.interaction.findMany({
    where: {
      prospectId: { in: [...new Set(links.map((l) => l.prospectId))] },
      OR: [...(emailIds.length ? [{ emailId: { in: emailIds } }] : []), ...(outboxIds.length ? [{ outboxMessageId: { in: outboxIds } }] : [])],
    },
    select: { prospectId: true, emailId: true, outboxMessageId: true },
  });
  const recorded = new Set(existing.map((i) => linkKey(i.prospectId, (i.emailId ?? i.outboxMessageId)!)));
  return links.filter((l) => !recorded.has(linkKey(l.prospectId, l.fact.id)));
}

type ProspectRow = Prisma.ProspectGetPayload<{ include: { stage: true } }>;

function markBouncing(writes: BatchWrites, p: ProspectRow, fact: MailFact) {
  const status = isClosedStage(p.stage) ? p.status : 'BOUNCING';
  patchProspect(writes, p.id, { emailInvalid: true, status });
  writes.activities.push({
    action: 'prospect.bounced',
    entityType: 'Prospect',
    entityId: p.id,
    before: { status: p.status, emailInvalid: p.emailInvalid },
    after: { status, emailInvalid: true },
  });
  Object.assign(p, { status, emailInvalid: true });
  writes.notifications.push({
    userId: p.ownerId,
    kind: 'bounce',
    title: `${p.email} bounced`,
    body: `Mail to ${p.contactName} (${p.company}) could not be delivered; check the address.`,
    link: `/sales/prospects/${p.id}`,
    dedupeKey: `prospect-bounce:${fact.id}`,
  });
}

function markResponded(writes: BatchWrites, p: ProspectRow, fact: MailFact, ctx: Ctx) {
  if (!isClosedStage(p.stage) && p.status !== 'RESPONDED') {
    const fromProspect = fact.addresses.some((a) => bareAddress(a) === p.email);
    const data = { status: 'RESPONDED' as const, ...(fromProspect ? { emailInvalid: false } : {}) };
    patchProspect(writes, p.id, data);
    writes.activities.push({ action: 'prospect.responded', entityType: 'Prospect', entityId: p.id, before: { status: p.status }, after: { status: 'RESPONDED' } });
    Object.assign(p, data);
  }
  const target = ctx.qualified;
  if (ctx.qualifyOnReply && target && !isClosedStage(p.stage) && p.stage.position < target.position) {
    const plan = planStageMove({ stage: p.stage, status: p.status }, target);
    if (plan.ok && plan.changed) {
      const move = stageMoveWrites(p, target, plan.move);
      patchProspect(writes, p.id, move.data);
      writes.stageChanges.push(move.stageChange);
      writes.activities.push(move.activity);
      Object.assign(p, { ...move.data, stage: target });
      ctx.counts.qualified++;
    }
  }
  writes.notifications.push({
    userId: p.ownerId,
    kind: 'reply',
    title: `${p.contactName} replied`,
    body: `${p.company}: “${fact.subject}”`,
    link: `/sales/prospects/${p.id}`,
    dedupeKey: `prospect-reply:${fact.id}`,
  });
}

/** Prospects whose follow-up date has come get one reminder for their owner per date. */
async function notifyDueFollowUps(now: Date) {
  let created = 0;
  const notYetReminded = { OR: [{ remindedFollowUpAt: null }, { remindedFollowUpAt: { not: { equals: db.prospect.fields.nextFollowUpAt } } }] };
  const fetch: Page<{ id: string; createdAt: Date; ownerId: string; company: string; contactName: string; nextFollowUpAt: Date | null; lastContactAt: Date | null }> = (after) =>
    db.prospect.findMany({
      where: { AND: [{ nextFollowUpAt: { lte: now } }, notYetReminded, { stage: { isWon: false, isLost: false } }, keyset(after)] },
      select: { id: true, createdAt: true, ownerId: true, company: true, contactName: true, nextFollowUpAt: true, lastContactAt: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 500,
    });
  for await (const due of pages(fetch)) {
    const notes = await db.$transaction(async (tx) => {
      const out = await createNotifications(
        tx,
        due.map((p) => ({
          userId: p.ownerId,
          kind: 'follow_up',
          title: `Follow up with ${p.contactName}`,
          body: p.lastContactAt ? `${p.company}: last contact ${p.lastContactAt.toISOString().slice(0, 10)}.` : `${p.company}: no contact yet.`,
          link: `/sales/prospects/${p.id}`,
          dedupeKey: `prospect-follow-up:${p.id}:${p.nextFollowUpAt!.toISOString()}`,
        })),
      );
      for (const p of due) await tx.prospect.update({ where: { id: p.id }, data: { remindedFollowUpAt: p.nextFollowUpAt }, select: { id: true } });
      return out;
    });
    created += notes.length;
    await announceNotifications(notes);
  }
  return created;
}
