import { describe, expect, it } from 'vitest';
import type { EmailDetail } from '@/lib/email/views';
import { corpusMessage, corpusNames } from '@/tests/fixtures/email';
import { params, request, TEST_API_KEY } from '@/tests/helpers';
import { POST } from './inbound/route';
import { GET as detail } from './[id]/route';

// Real messages from mainstream mail programs (see ../shared/corpus/email/README.md), none written for us.
const names = corpusNames();

/** Messages that carry the fable "Die Hasen und die Frösche" somewhere readable in the raw bytes. */
const carriesFable = (raw: Buffer) => raw.includes('Hasen');

describe('the public MIME corpus through POST /api/emails/inbound', () => {
  it('finds the corpus next to the repository', () => {
    // The README speaks of 76; the copy in shared/ holds 75 (m3005 is not among them).
    expect(names.length).toBeGreaterThanOrEqual(75);
  });

  it('stores every message (201) and decodes "Hasen" and "Frösche" wherever the fable is', async () => {
    const fable: string[] = [];
    for (const name of names) {
      const raw = corpusMessage(name);
      const res = await POST(
        await request('/api/emails/inbound', { body: new Uint8Array(raw), headers: { 'content-type': 'message/rfc822' }, as: { apiKey: TEST_API_KEY } }),
        params(),
      );
      expect(res.status, `${name}: ${res.status === 201 ? '' : await res.clone().text()}`).toBe(201);
      if (!carriesFable(raw)) continue;
      fable.push(name);
      const { id } = await res.json();
      const email = (await (await detail(await request(`/api/emails/${id}`, { as: { email: 'manager@h-bu.de' } }), params({ id }))).json()) as EmailDetail;
      const decoded = [email.subject, email.text, email.html ?? '', ...email.attachments.map((a) => a.filename)].join('\n');
      expect(decoded, name).toContain('Hasen');
      expect(decoded, name).toContain('Frösche');
      expect(decoded, name).not.toContain('\uFFFD');
    }
    expect(fable.length).toBeGreaterThanOrEqual(40);
  });
});
