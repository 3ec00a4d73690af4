import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { params, request } from '@/tests/helpers';
import { POST as importCsv } from '@/app/api/prospects/import/route';
import { GET as exportCsv } from '@/app/api/prospects/export/route';
import type { ImportReport } from './csv';
import { eurosToCents } from './money';

const run = randomUUID().slice(0, 8);
const rep = { email: 'sales@h-bu.de' };
const addr = (n: string) => `${n}.${run}@csv-${run}.example`;
const send = async (csv: string, commit: boolean, as = rep) => importCsv(await request('/api/prospects/import', { as, body: { csv, commit } }), params());

describe('eurosToCents', () => {
  it('reads German and English amounts', () => {
    expect(eurosToCents('12.500,50 €')).toBe(1_250_050);
    expect(eurosToCents('12,500.5')).toBe(1_250_050);
    expect(eurosToCents('800')).toBe(80_000);
    expect(eurosToCents('')).toBe(0);
    expect(eurosToCents('lots')).toBeNull();
  });
});

describe('CSV import', () => {
  it('reports bad rows by line and field and imports nothing', async () => {
    const csv = [
      'Company,Contact Name,Email,Value EUR,Stage,Tags',
      `Good Buttons ${run},Anna Gut,${addr('anna')},"1.200,00",qualified,fashion;vip`,
      `Bad Mail ${run},Bert Bad,not-an-email,100,lead,`,
      `Bad Value ${run},Carl Cash,${addr('carl')},a lot,lead,`,
      `Bad Stage ${run},Dora Stage,${addr('dora')},100,heaven,`,
      `Twice ${run},Anna Again,${addr('anna')},100,lead,`,
    ].join('\n');
    const res = await send(csv, true);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { field: string }[]; report: ImportReport };
    expect(problem.errors[0].field).toBe('body.csv.line3.email');
    const { report } = problem;
    expect(report).toMatchObject({ committed: false, total: 5, invalid: 3, duplicates: 1, valid: 1 });
    expect(report.rows.filter((r) => r.status !== 'ok').map((r) => [r.line, r.errors[0].field])).toEqual([
      [3, 'email'],
      [4, 'value_eur'],
      [5, 'stage'],
      [6, 'email'],
    ]);
    expect(await db.prospect.count({ where: { email: { endsWith: `@csv-${run}.example` } } })).toBe(0);
  });

  it('previews, then commits every valid row in one go, skipping known addresses', async () => {
    const csv = [
      'company,contact_name,email,value_eur,tags',
      `Knopfwerk ${run},Eva Knopf,${addr('eva')},2500,outdoor`,
      `Zwirn ${run},Fritz Zwirn,${addr('fritz')},,`,
    ].join('\n');
    const preview = (await (await send(csv, false)).json()) as ImportReport;
    expect(preview).toMatchObject({ committed: false, valid: 2, invalid: 0 });
    expect(await db.prospect.count({ where: { email: addr('eva') } })).toBe(0);

    const res = await send(csv, true);
    expect(res.status).toBe(201);
    expect(((await res.json()) as ImportReport).created).toHaveLength(2);
    const eva = await db.prospect.findUniqueOrThrow({ where: { email: addr('eva') }, include: { owner: true, stage: true } });
    expect(eva).toMatchObject({ valueCents: 250_000, tagKey: ',outdoor,', owner: { email: 'sales@h-bu.de' }, stage: { key: 'lead' } });
    expect(await db.activity.count({ where: { entityId: eva.id, action: 'prospect.imported' } })).toBe(1);

    const again = (await (await send(csv, true)).json()) as ImportReport;
    expect(again).toMatchObject({ committed: false, duplicates: 2, valid: 0 });
  });

  it('exports the current filter in columns the import reads', async () => {
    const res = await exportCsv(await request(`/api/prospects/export?q=${run}`, { as: rep }), params());
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.email).sort()).toEqual([addr('eva'), addr('fritz')]);
    expect(rows.find((r) => r.email === addr('eva'))).toMatchObject({ value_eur: '2500.00', stage: 'lead', owner_email: 'sales@h-bu.de' });
    const other = await exportCsv(await request(`/api/prospects/export?q=${run}`, { as: { email: 'sales2@h-bu.de' } }), params());
    expect((await other.text()).trim().split('\n')).toHaveLength(1); // only the header: another rep's prospects stay hidden
  });
});
