// The reference data every inbound email needs — units, routing rules, reply templates, customer domains — loaded
// once and kept for a short time, so ingesting an email does not re-read them. Editing code calls
// invalidatePipelineDirectory(); other instances see the change within the TTL.
import { db } from '@/lib/db';
import { companyConfig } from '@/lib/config/company';
import type { CustomerRef } from './classify';
import { compileRule, type RouteRule, type RouteUnit } from './route';
import { slaMinutesOf } from './sla';
import type { ReplyTemplateData } from './templates';

export type PipelineDirectory = {
  units: ReadonlyMap<string, RouteUnit>;
  fallbackUnit: RouteUnit;
  rules: readonly RouteRule[];
  templates: ReadonlyMap<string, ReplyTemplateData>;
  customersByDomain: ReadonlyMap<string, CustomerRef>;
  company: { name: string; domain: string; signature: string };
};

const TTL_MS = 30_000;
const FALLBACK_UNIT_KEY = 'support';

let cached: { loadedAt: number; directory: Promise<PipelineDirectory> } | null = null;

async function load(): Promise<PipelineDirectory> {
  const [unitRows, ruleRows, templateRows, domainRows] = await Promise.all([
    db.businessUnit.findMany({ orderBy: { key: 'asc' } }),
    db.routingRule.findMany({ where: { enabled: true }, orderBy: [{ position: 'asc' }, { key: 'asc' }] }),
    db.replyTemplate.findMany({ select: { key: true, subject: true, bodyText: true } }),
    db.customerDomain.findMany({ select: { domain: true, customer: { select: { id: true, name: true, isOem: true } } } }),
  ]);
  if (!unitRows.length) throw new Error('No business units in the database; run the seed (npm run db:seed).');
  const units = new Map<string, RouteUnit>(
    unitRows.map((u) => [u.id, { id: u.id, key: u.key, name: u.name, email: u.email, slaMinutes: slaMinutesOf(u) }]),
  );
  const all = [...units.values()];
  const { company } = companyConfig();
  return {
    units,
    fallbackUnit: all.find((u) => u.key === FALLBACK_UNIT_KEY) ?? all[0],
    rules: ruleRows.map(compileRule),
    templates: new Map(templateRows.map((t) => [t.key, t])),
    customersByDomain: new Map(domainRows.map((d) => [d.domain.toLowerCase(), d.customer])),
    company: { name: company.name, domain: company.domain.toLowerCase(), signature: company.signature },
  };
}

export function pipelineDirectory(now = Date.now()): Promise<PipelineDirectory> {
  if (!cached || now - cached.loadedAt > TTL_MS) {
    const entry = { loadedAt: now, directory: load() };
    cached = entry;
    // A failed load is not kept: the next email tries again.
    entry.directory.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.directory;
}

/** Call after changing units, rules, templates or customer domains. */
export function invalidatePipelineDirectory() {
  cached = null;
}
