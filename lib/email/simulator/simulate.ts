// Simulated traffic through the real front door: every generated message goes through ingest(), exactly like
// mail posted to /api/emails/inbound. Replies, out-of-office notes and bounces refer to mail already stored.
import { agentsSettled } from '@/lib/agents/run';
import type { Actor } from '@/lib/audit';
import { companyConfig } from '@/lib/config/company';
import { env } from '@/lib/config/env';
import { db } from '@/lib/db';
import { ingest } from '@/lib/email/pipeline';
import { loadCatalog } from '@/lib/shop/catalog';
import { generateEmails } from './generate';
import { NEWSLETTERS, partyForAddress, SPAM_DOMAINS } from './parties';
import type { EarlierMessage } from './types';

export type SimulationResult = {
  seed: number;
  generated: number;
  ingested: number;
  duplicates: number;
  failed: number;
  byKind: Record<string, number>;
  errors: string[];
};

const SIMULATOR_ACTOR: Actor = { actorType: 'system', actorId: 'simulator', actorName: 'Simulator' };
const EARLIER = 100;
/** One simulated minute per message, ending now: the traffic arrived over the last stretch of time. */
const SPREAD_PER_MESSAGE_MS = 60_000;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const bulkSenders = new Set(NEWSLETTERS.map((n) => n.from));
const isBulk = (address: string) => bulkSenders.has(address) || SPAM_DOMAINS.some((d) => address.endsWith(`@${d}`));

/** Recent mail in the database that new traffic can answer, bounce or follow up on. */
async function earlierMail(ourDomain: string): Promise<{ inbound: EarlierMessage[]; outbound: EarlierMessage[] }> {
  const [emails, sent] = await Promise.all([
    db.email.findMany({
      where: { direction: 'INBOUND', type: { notIn: ['AUTO_REPLY', 'BOUNCE', 'SPAM'] } },
      orderBy: { receivedAt: 'desc' },
      take: EARLIER,
      select: { messageId: true, subject: true, fromAddress: true, fromName: true, toAddresses: true, references: true },
    }),
    db.outboxMessage.findMany({ orderBy: { createdAt: 'desc' }, take: EARLIER, select: { messageId: true, subject: true, fromAddress: true, toAddress: true, headers: true } }),
  ]);
  const inbound = emails
    .filter((e) => !e.fromAddress.endsWith(`@${ourDomain}`) && !isBulk(e.fromAddress) && strings(e.toAddresses).length)
    .map((e) => ({ messageId: e.messageId, subject: e.subject, from: partyForAddress(e.fromAddress, e.fromName), to: strings(e.toAddresses)[0], references: strings(e.references) }));
  const outbound = sent
    .filter((m) => !m.toAddress.endsWith(`@${ourDomain}`))
    .map((m) => {
      const headers = (m.headers ?? {}) as Record<string, unknown>;
      const references = typeof headers.References === 'string' ? headers.References.split(/\s+/).filter(Boolean) : [];
      return { messageId: m.messageId, subject: m.subject, from: partyForAddress(m.fromAddress), to: m.toAddress, references };
    });
  return { inbound: inbound.reverse(), outbound: outbound.reverse() };
}

/** Generates `count` messages from `seed` and ingests each; duplicates (a seed replayed) are counted, not stored twice. */
export async function simulateTraffic({ count, seed, now = new Date() }: { count: number; seed: number; now?: Date }): Promise<SimulationResult> {
  const ourDomain = companyConfig().company.domain;
  const [catalog, earlier] = await Promise.all([loadCatalog(), earlierMail(ourDomain)]);
  const spreadMs = count * SPREAD_PER_MESSAGE_MS;
  const result: SimulationResult = { seed, generated: 0, ingested: 0, duplicates: 0, failed: 0, byKind: {}, errors: [] };
  const messages = generateEmails({
    seed,
    count,
    startAt: new Date(now.getTime() - spreadMs),
    spreadMs,
    catalog: catalog.products.map((p) => ({ sku: p.sku, name: p.name, priceCents: p.priceCents, category: p.categorySlug })),
    earlier,
  });
  for await (const m of messages) {
    result.generated++;
    result.byKind[m.kind] = (result.byKind[m.kind] ?? 0) + 1;
    try {
      const stored = await ingest(m.raw, { actor: SIMULATOR_ACTOR, receivedAt: m.at });
      if (stored.duplicate) result.duplicates++;
      else result.ingested++;
    } catch (error) {
      // A generated message the pipeline refuses is a bug on one side; keep going and report it.
      result.failed++;
      if (result.errors.length < 5) result.errors.push(`${m.template} ${m.messageId}: ${(error as Error).message}`);
    }
  }
  // A run is over once the agents have decided on what it brought (a script exits right after).
  await agentsSettled();
  return result;
}

/**
 * With SIMULATOR_SEED set, run n uses seed + n (n = earlier simulate runs), so a fresh database replays the same
 * traffic run by run instead of the same messages every minute; without it, the clock picks the seed.
 */
export async function simulationSeed(): Promise<number> {
  const base = env().SIMULATOR_SEED;
  if (base === undefined) return Date.now() % 2 ** 31;
  return base + (await db.cronRun.count({ where: { job: 'simulate' } }));
}
