// CSV in and out. Import: parse (papaparse), validate every row with the API's own schema, skip addresses that are
// already prospects or repeat in the file, and commit all valid rows in one transaction — or, with any invalid row,
// nothing. Export: the current filter in the import's columns, plus status, last_contact and created_at, which the
// import ignores (the app keeps them); formula-like values are escaped with a leading ' that the import strips again.
import Papa from 'papaparse';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { actorOf, type Caller } from '@/lib/http/handler';
import { unprocessable } from '@/lib/http/problem';
import { seesAllProspects } from './access';
import { domainOf, normalizeTags, tagKeyOf, weightedCents } from './derived';
import { eurosToCents } from './money';
import { announceProspectChange } from './events';
import { listOwners } from './owners';
import { prospectWhere } from './prospect-query';
import { followUpAfter } from './prospects';
import { MAX_CENTS, prospectCreateSchema, type ProspectFilter } from './schemas';
import { listStages } from './stages';
import { isClosedStage } from './transitions';

export const MAX_IMPORT_ROWS = 10_000;
export const CSV_COLUMNS = ['company', 'contact_name', 'email', 'phone', 'source', 'tags', 'value_eur', 'probability', 'stage', 'owner_email', 'status', 'next_follow_up', 'last_contact', 'created_at'] as const;

export const csvImportSchema = z.object({
  csv: z.string().min(1, 'is empty').max(5_000_000, 'is larger than 5 MB'),
  commit: z.boolean().default(false),
});

export type ImportRow = {
  line: number;
  status: 'ok' | 'duplicate' | 'invalid';
  email: string;
  company: string;
  errors: { field: string; message: string }[];
};
export type ImportReport = { committed: boolean; total: number; valid: number; duplicates: number; invalid: number; rows: ImportRow[]; created: string[] };

/** Header spellings people use, reduced to one name. */
const HEADER_ALIASES: Record<string, string> = {
  contact: 'contact_name',
  contactname: 'contact_name',
  name: 'contact_name',
  mail: 'email',
  emailaddress: 'email',
  value: 'value_eur',
  valueeur: 'value_eur',
  owner: 'owner_email',
  owneremail: 'owner_email',
  nextfollowup: 'next_follow_up',
  followup: 'next_follow_up',
};
const normalizeHeader = (h: string) => {
  const flat = h.trim().toLowerCase().replace(/[\s_-]+/g, '');
  return HEADER_ALIASES[flat] ?? h.trim().toLowerCase().replace(/[\s-]+/g, '_');
};

type Row = Record<string, string>;

/** The inverse of the export's escapeFormulae: `'+49 89 …` back to `+49 89 …`. */
const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/** "50", "50%" or "50 %" → 50; null when it is not a whole percent from 0 to 100; undefined when empty. */
function percentOf(raw: string | undefined): number | null | undefined {
  const s = raw?.trim().replace(/\s*%$/, '');
  if (!s) return undefined;
  return /^\d{1,3}$/.test(s) && Number(s) <= 100 ? Number(s) : null;
}

export async function importProspectsCsv(caller: Caller, input: { csv: string; commit: boolean }): Promise<ImportReport> {
  const parsed = Papa.parse<Row>(input.csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: normalizeHeader,
    transform: unescapeFormula,
  });
  if (!parsed.meta.fields?.includes('email')) {
    throw unprocessable('The CSV needs a header row with at least company, contact_name and email.', { errors: [{ field: 'body.csv', message: 'has no email column' }] });
  }
  if (parsed.data.length > MAX_IMPORT_ROWS) {
    throw unprocessable(`Import at most ${MAX_IMPORT_ROWS} rows at a time.`, { errors: [{ field: 'body.csv', message: 'has too many rows' }] });
  }
  const [stages, owners] = await Promise.all([listStages(), listOwners()]);
  const stageIds = new Map(stages.flatMap((s) => [[s.key, s], [s.name.toLowerCase(), s]] as const));
  const ownerIds = new Map(owners.map((o) => [o.email.toLowerCase(), o.id]));
  const firstOpen = stages.find((s) => !isClosedStage(s))!;
  const defaultOwner = caller.kind === 'user' ? caller.id : undefined;

  const rows: ImportRow[] = [];
  const valid: { line: number; data: z.output<typeof prospectCreateSchema> & { ownerId: string; stageId: string } }[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((raw, i) => {
    const line = i + 2; // the header is line 1
    const errors: ImportRow['errors'] = [];
    const value = eurosToCents(raw.value_eur ?? '');
    if (value === null) errors.push({ field: 'value_eur', message: 'is not an amount in euros' });
    else if (value > MAX_CENTS) errors.push({ field: 'value_eur', message: `must be at most €${(MAX_CENTS / 100).toLocaleString('en')}` });
    const probability = percentOf(raw.probability);
    if (probability === null) errors.push({ field: 'probability', message: 'is not a whole percent from 0 to 100 (e.g. 50 or 50%)' });
    const stage = raw.stage?.trim() ? stageIds.get(raw.stage.trim().toLowerCase()) : firstOpen;
    if (!stage) errors.push({ field: 'stage', message: `is not a pipeline stage` });
    else if (isClosedStage(stage)) errors.push({ field: 'stage', message: 'must be an open stage (close deals in the app, with a reason)' });
    const ownerEmail = raw.owner_email?.trim().toLowerCase();
    const ownerId = ownerEmail ? ownerIds.get(ownerEmail) : defaultOwner;
    if (ownerEmail && !ownerId) errors.push({ field: 'owner_email', message: 'is not a sales owner' });
    else if (!ownerId) errors.push({ field: 'owner_email', message: 'is required for imports by API key' });
    else if (!seesAllProspects(caller) && ownerId !== defaultOwner) errors.push({ field: 'owner_email', message: 'a sales rep imports prospects for themselves' });
    const result = prospectCreateSchema.safeParse({
      company: raw.company ?? '',
      contactName: raw.contact_name ?? '',
      email: raw.email ?? '',
      phone: raw.phone,
      source: raw.source || 'csv import',
      tags: (raw.tags ?? '').split(/[;|]/).map((t) => t.trim()).filter(Boolean),
      valueCents: value !== null && value <= MAX_CENTS ? value : 0,
      probability: probability ?? undefined,
      nextFollowUpAt: raw.next_follow_up?.trim() || undefined,
    });
    if (!result.success) errors.push(...result.error.issues.map((issue) => ({ field: csvField(String(issue.path[0])), message: issue.message })));
    const email = result.success ? result.data.email : (raw.email ?? '').trim().toLowerCase();
    const row: ImportRow = { line, status: errors.length ? 'invalid' : 'ok', email, company: (raw.company ?? '').trim(), errors };
    if (row.status === 'ok' && seen.has(email)) {
      row.status = 'duplicate';
      row.errors.push({ field: 'email', message: `repeats line ${seen.get(email)}` });
    }
    if (row.status === 'ok' && result.success) {
      seen.set(email, line);
      valid.push({ line, data: { ...result.data, ownerId: ownerId!, stageId: stage!.id } });
    }
    rows.push(row);
  });
  // Addresses that are already prospects are skipped, not imported twice.
  const existing = new Set(
    (await db.prospect.findMany({ where: { email: { in: valid.map((v) => v.data.email) } }, select: { email: true } })).map((p) => p.email),
  );
  for (const row of rows) {
    if (row.status === 'ok' && existing.has(row.email)) {
      row.status = 'duplicate';
      row.errors.push({ field: 'email', message: 'is already a prospect' });
    }
  }
  const toCreate = valid.filter((v) => !existing.has(v.data.email));
  const report: ImportReport = {
    committed: false,
    total: rows.length,
    valid: toCreate.length,
    duplicates: rows.filter((r) => r.status === 'duplicate').length,
    invalid: rows.filter((r) => r.status === 'invalid').length,
    rows,
    created: [],
  };
  if (!input.commit || report.invalid > 0 || toCreate.length === 0) return report;
  report.created = await commitImport(caller, toCreate.map((v) => v.data));
  report.committed = true;
  await announceProspectChange({ ids: report.created, action: 'created' });
  return report;
}

const csvField = (field: string) => ({ contactName: 'contact_name', valueCents: 'value_eur', nextFollowUpAt: 'next_follow_up' })[field] ?? field;

async function commitImport(caller: Caller, data: (z.output<typeof prospectCreateSchema> & { ownerId: string; stageId: string })[]) {
  const stages = new Map((await listStages()).map((s) => [s.id, s]));
  const now = new Date();
  const actor = actorOf(caller);
  return db.$transaction(async (tx) => {
    const created = await tx.prospect.createManyAndReturn({
      data: data.map((d) => {
        const tags = normalizeTags(d.tags);
        const probability = d.probability ?? stages.get(d.stageId)!.probability;
        return {
          company: d.company,
          contactName: d.contactName,
          email: d.email,
          emailDomain: domainOf(d.email),
          phone: d.phone,
          source: d.source,
          tags,
          tagKey: tagKeyOf(tags),
          valueCents: d.valueCents,
          probability,
          weightedCents: weightedCents(d.valueCents, probability),
          stageId: d.stageId,
          ownerId: d.ownerId,
          nextFollowUpAt: d.nextFollowUpAt ?? followUpAfter(now),
          stageChangedAt: now,
        };
      }),
      select: { id: true, stageId: true, email: true, company: true, ownerId: true },
    });
    await tx.prospectStageChange.createMany({ data: created.map((p) => ({ prospectId: p.id, toStageId: p.stageId, changedAt: now })) });
    await tx.activity.createMany({
      data: created.map((p) => ({ ...actor, action: 'prospect.imported', entityType: 'Prospect', entityId: p.id, after: { email: p.email, company: p.company, ownerId: p.ownerId } })),
    });
    return created.map((p) => p.id);
  });
}

const EXPORT_PAGE = 2_000;

/** The filtered prospects as CSV, read in keyset pages so a large export never loads everything at once. */
export async function exportProspectsCsv(caller: Caller, filter: ProspectFilter): Promise<string> {
  const where = prospectWhere(caller, filter);
  const chunks = [Papa.unparse([[...CSV_COLUMNS]])];
  let after: string | undefined;
  for (;;) {
    const page = await db.prospect.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: 'asc' },
      take: EXPORT_PAGE,
      include: { stage: { select: { key: true } }, owner: { select: { email: true } } },
    });
    if (page.length === 0) break;
    chunks.push(Papa.unparse(page.map(exportRow), { header: false, columns: [...CSV_COLUMNS], escapeFormulae: true }));
    after = page[page.length - 1].id;
  }
  // The BOM tells Excel the file is UTF-8 (umlauts); the import strips it.
  return `\uFEFF${chunks.join('\r\n')}\r\n`;
}

type ExportSource = Prisma.ProspectGetPayload<{ include: { stage: { select: { key: true } }; owner: { select: { email: true } } } }>;

function exportRow(p: ExportSource): Record<(typeof CSV_COLUMNS)[number], string | number> {
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? '';
  return {
    company: p.company,
    contact_name: p.contactName,
    email: p.email,
    phone: p.phone ?? '',
    source: p.source ?? '',
    tags: (p.tags as string[]).join(';'),
    value_eur: (p.valueCents / 100).toFixed(2),
    probability: p.probability,
    stage: p.stage.key,
    owner_email: p.owner.email,
    status: p.status,
    next_follow_up: day(p.nextFollowUpAt),
    last_contact: day(p.lastContactAt),
    created_at: p.createdAt.toISOString(),
  };
}
