// The simulator: a seeded stream of realistic inbound mail, each message real MIME. The same options always
// give the same bytes, so a run can be replayed exactly (`npm run simulate -- --seed S`).
import { companyConfig } from '@/lib/config/company';
import { PRODUCTS } from '@/prisma/seed/catalog';
import { composeMime } from './compose';
import { partyOf, type Company, type Lang, type Party } from './parties';
import { createRng, type Rng } from './random';
import { KIND_WEIGHTS, TEMPLATES } from './templates';
import type { CatalogItem, DrawContext, EarlierMessage, Kind, OrderLine, Template } from './types';

export type GeneratedEmail = { raw: Buffer; kind: Kind; template: string; messageId: string; at: Date };

export type GenerateOptions = {
  seed: number;
  count: number;
  /** Date of the first message; fixed by default so output does not depend on the clock. */
  startAt?: Date;
  /** Time the messages spread over (default one minute per message). */
  spreadMs?: number;
  /** SKUs orders may list (default: the seeded catalog). */
  catalog?: readonly CatalogItem[];
  /** Messages from before this run that replies, out-of-office notes and bounces may refer to. */
  earlier?: { inbound?: EarlierMessage[]; outbound?: EarlierMessage[] };
};

const DEFAULT_START = new Date('2026-01-05T07:00:00Z');
const SEED_CATALOG: CatalogItem[] = PRODUCTS.map((p) => ({ sku: p.sku, name: p.name, priceCents: p.priceCents, category: p.category }));
/** Kinds a person might follow up on; bulk and machine mail are not threads anyone answers. */
const CONVERSATIONAL = new Set<Kind>(['order', 'invoice', 'complaint', 'supplier', 'oem', 'expedite', 'inquiry', 'reply']);
const HISTORY = 200;
const QUANTITIES = [50, 100, 200, 250, 500, 1000, 2000, 5000];
const MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3776.700.51)', 'Mozilla Thunderbird 128.5.0', 'Microsoft Office Outlook 16.0.18129'];

function drawTemplate(rng: Rng, has: { inbound: boolean; outbound: boolean }): Template {
  const usable = TEMPLATES.filter((t) => !t.needs || has[t.needs]);
  const kinds = [...new Set(usable.map((t) => t.kind))];
  const kind = rng.weighted(kinds, (k) => KIND_WEIGHTS[k]);
  return rng.weighted(usable.filter((t) => t.kind === kind), (t) => t.weight);
}

function person(rng: Rng, companies: readonly Company[], lang?: Lang): Party {
  const speaking = lang ? companies.filter((c) => c.lang === lang) : companies;
  const company = rng.pick(speaking.length ? speaking : companies);
  return partyOf(company, rng.pick(company.contacts));
}

function orderLines(rng: Rng, catalog: readonly CatalogItem[], min: number, max: number, categories?: string[]): OrderLine[] {
  const inCategory = categories ? catalog.filter((p) => categories.includes(p.category)) : catalog;
  const pool = inCategory.length ? inCategory : catalog;
  return rng.sample(pool, Math.min(pool.length, rng.int(min, max))).map((p) => ({ sku: p.sku, name: p.name, quantity: rng.pick(QUANTITIES), unitCents: p.priceCents }));
}

/** The trace header our MX adds on receipt (documentation IP ranges). */
function received(rng: Rng, from: string, to: string, ourDomain: string, at: Date) {
  const host = `mail.${from.slice(from.indexOf('@') + 1)}`;
  const ip = `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
  return `from ${host} (${host} [${ip}]) by mx.${ourDomain} (Postfix) with ESMTPS id ${rng.hex(10).toUpperCase()} for <${to}>; ${at.toUTCString().replace('GMT', '+0000')}`;
}

export async function* generateEmails(opts: GenerateOptions): AsyncGenerator<GeneratedEmail> {
  const config = companyConfig();
  const ourDomain = config.company.domain;
  const units = new Map(config.business_units.map((u) => [u.key, u.email]));
  const rng = createRng(opts.seed);
  const catalog = opts.catalog?.length ? opts.catalog : SEED_CATALOG;
  const inbound: EarlierMessage[] = [...(opts.earlier?.inbound ?? [])];
  const outbound = opts.earlier?.outbound ?? [];
  const start = (opts.startAt ?? DEFAULT_START).getTime();
  const spread = opts.spreadMs ?? opts.count * 60_000;
  const seedTag = (opts.seed >>> 0).toString(36);

  for (let i = 0; i < opts.count; i++) {
    const at = new Date(start + Math.floor((spread * (i + rng.next())) / Math.max(opts.count, 1)));
    const template = drawTemplate(rng, { inbound: inbound.length > 0, outbound: outbound.length > 0 });
    const ctx: DrawContext = {
      rng,
      at,
      ourName: config.company.name,
      ourDomain,
      inbox: (unit) => (rng.chance(0.8) && units.get(unit)) || `info@${ourDomain}`,
      inbound,
      outbound,
      person: (companies, lang) => person(rng, companies, lang),
      orderLines: (min, max, categories) => orderLines(rng, catalog, min, max, categories),
    };
    const draft = await template.build(ctx);
    const conversational = CONVERSATIONAL.has(template.kind);
    if (conversational && !draft.headers?.['X-Mailer']) draft.headers = { 'X-Mailer': rng.pick(MAILERS), ...draft.headers };
    const fromDomain = draft.from.email.slice(draft.from.email.indexOf('@') + 1);
    const messageId = `<${seedTag}.${i.toString(36)}.${rng.hex(12)}@${fromDomain}>`;
    const raw = await composeMime(draft, { messageId, date: at, boundary: rng.hex(16), received: received(rng, draft.from.email, draft.to, ourDomain, at) });
    if (conversational && 'company' in draft.from) {
      inbound.push({ messageId, subject: draft.subject, from: draft.from, to: draft.to, references: draft.references ?? [], kind: template.kind });
      if (inbound.length > HISTORY) inbound.shift();
    }
    yield { raw, kind: template.kind, template: template.key, messageId, at };
  }
}
