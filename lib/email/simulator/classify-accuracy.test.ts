// The simulator knows what each message is meant to be; the classifier must agree on the kinds that have one answer.
// (Replies and OEM requests take the type of what they say, so they are left out.)
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../classify';
import { pipelineDirectory } from '../directory';
import { parseEmail } from '../parse';
import { classifyInputOf } from '../prepare';
import { generateEmails } from './generate';
import type { Kind } from './types';

const EXPECTED: Partial<Record<Kind, string>> = {
  order: 'ORDER',
  invoice: 'INVOICE',
  complaint: 'COMPLAINT',
  supplier: 'SUPPLIER',
  expedite: 'EXPEDITE',
  inquiry: 'INQUIRY',
  auto_reply: 'AUTO_REPLY',
  bounce: 'BOUNCE',
  newsletter: 'SPAM',
  spam: 'SPAM',
};

describe('classification of simulator traffic', () => {
  it('gives every kind of message its type', { timeout: 60_000 }, async () => {
    const { customersByDomain } = await pipelineDirectory();
    const misses: string[] = [];
    let checked = 0;
    for await (const m of generateEmails({ seed: 4242, count: 800 })) {
      const expected = EXPECTED[m.kind];
      if (!expected) continue;
      checked++;
      const parsed = await parseEmail(m.raw);
      const { type, reasons } = classifyEmail(classifyInputOf(parsed), { customersByDomain });
      if (type !== expected) misses.push(`${m.template}: "${parsed.subject}" → ${type} (${reasons.type.join('; ')})`);
    }
    expect(checked).toBeGreaterThan(500);
    expect(misses).toEqual([]);
  });
});
