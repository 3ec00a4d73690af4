// The inbox finds emails by words of their body (full-text index, not LIKE), filters and pages through them.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { storeEmail } from '@/tests/kpi-fixtures';
import { ftsMatch, searchTerms, tsQuery } from './email-search';
import { INBOX_PAGE_SIZE, inboxProblems, listInbox, parseInboxParams } from './inbox';

/** The inbox as the page calls it, from URL parameters. */
async function inbox(params: Record<string, string | undefined>, now?: Date) {
  const query = parseInboxParams(params);
  if (!query.success) throw query.error;
  return listInbox(query.data, now);
}
const ids = (page: { items: { id: string }[] }) => page.items.map((r) => r.id);

describe('inbox search', () => {
  it('finds a German complaint by a word of its body', async () => {
    const complaint = await storeEmail({
      receivedAt: new Date(),
      unit: 'quality',
      type: 'COMPLAINT',
      subject: 'Lieferung 4711',
      fromAddress: 'einkauf@schneiderei-mueller.de',
      text: 'Sehr geehrte Damen und Herren, die gelieferten Perlmuttknöpfe sind leider beschädigt angekommen. Bitte senden Sie Ersatz.',
    });
    const other = await storeEmail({ receivedAt: new Date(), unit: 'support', subject: 'Frage', text: 'Haben Sie Hornknöpfe vorrätig?' });

    const byWord = await inbox({ q: 'beschädigt' });
    expect(ids(byWord)).toContain(complaint.id);
    expect(ids(byWord)).not.toContain(other.id);

    // two words (both must occur), the last one as a prefix while typing
    expect(ids(await inbox({ q: 'Perlmuttknöpfe beschäd' }))).toContain(complaint.id);
    // the sender's domain is searchable too
    expect(ids(await inbox({ q: 'schneiderei-mueller' }))).toContain(complaint.id);
    // filters apply on top of the search
    expect(ids(await inbox({ q: 'beschädigt', type: 'COMPLAINT', unit: 'quality' }))).toContain(complaint.id);
    expect(ids(await inbox({ q: 'beschädigt', unit: 'support' }))).not.toContain(complaint.id);
  });

  it('lists hits newest received first, whatever order they were stored in', async () => {
    const word = `zeitfolge${randomUUID().slice(0, 8)}`;
    const later = await storeEmail({ receivedAt: new Date('2026-03-02T10:00:00Z'), unit: 'support', subject: `Spät ${word}`, text: word });
    const earlier = await storeEmail({ receivedAt: new Date('2026-03-01T10:00:00Z'), unit: 'support', subject: `Früh ${word}`, text: word });
    expect(ids(await inbox({ q: word }))).toEqual([later.id, earlier.id]);
  });

  it('treats the query as words, never as index syntax', () => {
    expect(searchTerms('"NEAR(a b)" OR -x*')).toEqual(['near', 'a', 'b', 'or', 'x']);
    expect(ftsMatch(['lieferung', 'besch'])).toBe('"lieferung" "besch"*');
    expect(tsQuery(['lieferung', 'be'])).toBe('lieferung & be');
  });
});

describe('inbox URL problems', () => {
  it('names the filter in the form\'s words, and refuses a period that ends before it starts', () => {
    expect(inboxProblems(parseInboxParams({ priority: 'bogus', q: 'x' }).error!)).toEqual(['Priority: not one of the choices.']);
    expect(inboxProblems(parseInboxParams({ from: '2026-11-27', to: '2026-11-01' }).error!)).toEqual(['To must not be before the from date.']);
    expect(inboxProblems(parseInboxParams({ from: 'yesterday' }).error!)).toEqual(['From: not a date.']);
    expect(parseInboxParams({ from: '2026-11-01', to: '2026-11-01' }).success).toBe(true);
  });
});

describe('inbox pages', () => {
  it('walks every matching email exactly once, newest first', async () => {
    const day = '2019-05-07';
    const sender = `paging-${randomUUID().slice(0, 8)}@example.org`;
    const stored = [];
    for (let i = 0; i < INBOX_PAGE_SIZE + 5; i++)
      stored.push(await storeEmail({ receivedAt: new Date(Date.parse(`${day}T08:00:00Z`) + (i % 20) * 60_000), fromAddress: sender, unit: 'orders', type: 'ORDER' }));

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await inbox({ from: day, to: day, type: 'ORDER', unit: 'orders', cursor });
      seen.push(...ids(page));
      cursor = page.nextCursor ?? undefined;
      const times = page.items.map((r) => r.receivedAt);
      expect(times).toEqual([...times].sort().reverse());
    } while (cursor);
    expect(seen.sort()).toEqual(stored.map((e) => e.id).sort());

    const searched: string[] = [];
    cursor = undefined;
    do {
      const page = await inbox({ q: sender.split('@')[0], cursor });
      searched.push(...ids(page));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(searched.sort()).toEqual(stored.map((e) => e.id).sort());
  });

  it('filters by SLA state', async () => {
    const now = new Date();
    const overdue = await storeEmail({ receivedAt: new Date(+now - 3 * 3600_000), unit: 'finance', task: { slaDueAt: new Date(+now - 60_000) } });
    const soon = await storeEmail({ receivedAt: new Date(+now - 3600_000), unit: 'finance', task: { slaDueAt: new Date(+now + 10 * 60_000) } });
    const breached = ids(await inbox({ sla: 'breached', unit: 'finance' }, now));
    expect(breached).toContain(overdue.id);
    expect(breached).not.toContain(soon.id);
    const atRisk = (await inbox({ sla: 'at_risk', unit: 'finance', q: '' }, now)).items;
    expect(atRisk.find((r) => r.id === soon.id)?.sla).toBe('at_risk');
    // with a search the same filter holds
    expect(ids(await inbox({ sla: 'at_risk', q: soon.subject }, now))).toEqual([soon.id]);
  });
});
