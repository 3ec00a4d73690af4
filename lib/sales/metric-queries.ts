// The reads behind the sales metrics. They use rollups kept by database triggers (migration sales_metric_rollups):
// "PipelineTotal", "InteractionDay" and the Prospect columns firstOutreachAt, lastInboundAt, furthestStagePosition,
// so a period costs a few thousand index entries however long the history is. Period queries on "Prospect" take the
// owners explicitly: with ownerId first in their indexes, each owner is one index range (no planner statistics needed).
import { db } from '@/lib/db';
import { onPostgres } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { InteractionKind } from '@/lib/generated/sqlite/enums';

const DAY = 86_400_000;
const ownedBy = (ownerIds: string[]) => Prisma.sql`p."ownerId" IN (${Prisma.join(ownerIds)})`;

function daysBetween(later: string, earlier: string) {
  return onPostgres() ? Prisma.raw(`EXTRACT(EPOCH FROM (${later} - ${earlier})) / 86400.0`) : Prisma.raw(`(julianday(${later}) - julianday(${earlier}))`);
}

/** Open and closed prospects per stage and owner, all time: every owner of a prospect has a row. */
export function pipelineTotals(ownerId: string | null) {
  return db.$queryRaw<{ stageId: string; ownerId: string; n: unknown; valueCents: unknown; weightedCents: unknown }[]>`
    SELECT t."stageId" AS "stageId", t."ownerId" AS "ownerId", t."count" AS n, t."valueCents" AS "valueCents", t."weightedCents" AS "weightedCents"
    FROM "PipelineTotal" t
    WHERE t."count" > 0 ${ownerId ? Prisma.sql`AND t."ownerId" = ${ownerId}` : Prisma.empty}`;
}

/** Deals that entered a closing stage in the period, per stage and owner, with their days from creation. */
export async function closedDeals(ownerIds: string[], closingStageIds: string[], from: Date, to: Date) {
  if (!ownerIds.length) return [];
  return db.$queryRaw<{ stageId: string; ownerId: string; n: unknown; valueCents: unknown; weightedCents: unknown; days: unknown }[]>`
    SELECT p."stageId" AS "stageId", p."ownerId" AS "ownerId", COUNT(*) AS n, SUM(p."valueCents") AS "valueCents", SUM(p."weightedCents") AS "weightedCents",
      SUM(${daysBetween('p."stageChangedAt"', 'p."createdAt"')}) AS days
    FROM "Prospect" p
    WHERE p."stageId" IN (${Prisma.join(closingStageIds)}) AND ${ownedBy(ownerIds)} AND p."stageChangedAt" >= ${from} AND p."stageChangedAt" < ${to}
    GROUP BY p."stageId", p."ownerId"`;
}

type Stretch = { start: Date; end: Date; sign: 1 | -1 };

/**
 * [from, to) as whole UTC days [firstDay, endDay) plus raw stretches that correct the ends. A partial day is counted
 * from its shorter side: the hours inside the period, or the whole day minus the hours outside it (a period ending
 * now subtracts the rest of today, which is nearly always empty, instead of reading all of today).
 */
export function splitIntoDays(from: Date, to: Date): { firstDay: string; endDay: string; stretches: Stretch[] } {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const a = Math.floor(from.getTime() / DAY) * DAY;
  const b = Math.floor(to.getTime() / DAY) * DAY;
  if (a >= b) return { firstDay: day(a), endDay: day(a), stretches: [{ start: from, end: to, sign: 1 }] };
  const stretches: Stretch[] = [];
  let first = a;
  if (from.getTime() - a >= DAY / 2) {
    first = a + DAY;
    stretches.push({ start: from, end: new Date(first), sign: 1 });
  } else if (from.getTime() > a) stretches.push({ start: new Date(a), end: from, sign: -1 });
  let end = b;
  if (to.getTime() - b >= DAY / 2) {
    end = b + DAY;
    stretches.push({ start: to, end: new Date(end), sign: -1 });
  } else if (to.getTime() > b) stretches.push({ start: new Date(b), end: to, sign: 1 });
  return { firstDay: day(first), endDay: day(end), stretches };
}

/** Interactions per rep and kind in [from, to), exact to the millisecond: the daily rollup corrected at the ends. */
export function activityCounts(ownerId: string | null, from: Date, to: Date) {
  const { firstDay, endDay, stretches } = splitIntoDays(from, to);
  const user = (alias: string) => (ownerId ? Prisma.sql`${Prisma.raw(alias)}."userId" = ${ownerId}` : Prisma.sql`${Prisma.raw(alias)}."userId" IS NOT NULL`);
  // SQLite's planner would take the (userId, occurredAt) index and read every row of the reps; by time is a few rows.
  const byTime = ownerId || onPostgres() ? Prisma.empty : Prisma.raw('INDEXED BY "Interaction_occurredAt_userId_kind_idx"');
  const rollup = Prisma.sql`
      SELECT d."userId" AS "userId", d."kind" AS "kind", d."count" AS n FROM "InteractionDay" d
      WHERE d."day" >= ${firstDay} AND d."day" < ${endDay} AND ${user('d')}`;
  const corrections = stretches.map(
    (s) => Prisma.sql`
      SELECT i."userId" AS "userId", i."kind" AS "kind", ${Prisma.raw(String(s.sign))} AS n FROM "Interaction" i ${byTime}
      WHERE i."occurredAt" >= ${s.start} AND i."occurredAt" < ${s.end} AND ${user('i')}`,
  );
  return db.$queryRaw<{ userId: string; kind: InteractionKind; n: unknown }[]>`
    SELECT a."userId" AS "userId", a."kind" AS "kind", SUM(a.n) AS n FROM (${Prisma.join([rollup, ...corrections], ' UNION ALL ')}
    ) a
    GROUP BY a."userId", a."kind"
    HAVING SUM(a.n) > 0`;
}

/** Prospects first emailed in the period, per owner, and how many of them wrote back after that first email. */
export async function outreachResponses(ownerIds: string[], from: Date, to: Date) {
  if (!ownerIds.length) return [];
  return db.$queryRaw<{ ownerId: string; outreached: unknown; responded: unknown }[]>`
    SELECT p."ownerId" AS "ownerId", COUNT(*) AS outreached, SUM(CASE WHEN p."lastInboundAt" > p."firstOutreachAt" THEN 1 ELSE 0 END) AS responded
    FROM "Prospect" p
    WHERE ${ownedBy(ownerIds)} AND p."firstOutreachAt" >= ${from} AND p."firstOutreachAt" < ${to}
    GROUP BY p."ownerId"`;
}

/** Of the prospects created in the period: how many stopped at each furthest (non-lost) stage position. */
export async function furthestStageCounts(ownerIds: string[], from: Date, to: Date) {
  if (!ownerIds.length) return [];
  return db.$queryRaw<{ reached: unknown; n: unknown }[]>`
    SELECT p."furthestStagePosition" AS reached, COUNT(*) AS n
    FROM "Prospect" p
    WHERE ${ownedBy(ownerIds)} AND p."createdAt" >= ${from} AND p."createdAt" < ${to} AND p."furthestStagePosition" IS NOT NULL
    GROUP BY p."furthestStagePosition"`;
}
