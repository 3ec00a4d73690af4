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

  it('round-trips values the export escapes as formulas, with a BOM and no blank line', async () => {
    const csv = [
      'company,contact_name,email,phone,source,probability',
      `"=cmd|' /C calc'!A0 ${run}",@SUM(1+1),${addr('formula')},+49 89 123456,+source,50%`,
      `Müller & Söhne ${run},-Minus,${addr('umlaut')},-123,fair,`,
    ].join('\r\n');
    expect((await send(csv, true)).status).toBe(201);
    const res = await exportCsv(await request(`/api/prospects/export?q=${run}`, { as: rep }), params());
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const text = new TextDecoder().decode(bytes); // drops the BOM
    const lines = text.split('\r\n');
    expect(lines[1]).not.toBe('');
    expect(lines.filter((l) => l === '')).toEqual(['']); // only after the last row
    expect(text).toContain(`"'+49 89 123456"`);

    const again = text.replaceAll(`.${run}@`, `.again-${run}@`).replaceAll(`Müller & Söhne ${run}`, `Müller & Söhne ${run}b`);
    const reimport = await send(again, true);
    expect(reimport.status).toBe(201);
    const copy = await db.prospect.findUniqueOrThrow({ where: { email: `formula.again-${run}@csv-${run}.example` } });
    expect(copy).toMatchObject({ company: `=cmd|' /C calc'!A0 ${run}`, contactName: '@SUM(1+1)', phone: '+49 89 123456', source: '+source', probability: 50 });
    expect(await db.prospect.findUniqueOrThrow({ where: { email: `umlaut.again-${run}@csv-${run}.example` } })).toMatchObject({ contactName: '-Minus', phone: '-123' });
  });

  it('speaks of euros and percent in its messages', async () => {
    const csv = ['company,contact_name,email,value_eur,probability', `Big ${run},Bea Big,${addr('big')},99999999999999999999,half`].join('\n');
    const report = (await (await send(csv, false)).json()) as ImportReport;
    expect(report.rows[0].errors).toEqual([
      { field: 'value_eur', message: 'must be at most €20,000,000' },
      { field: 'probability', message: 'is not a whole percent from 0 to 100 (e.g. 50 or 50%)' },
    ]);
  });
});
