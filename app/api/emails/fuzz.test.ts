import { describe, expect, it } from 'vitest';
import { corpusMessage, corpusNames, fixture, fixtureNames } from '@/tests/fixtures/email';
import { createRng } from '@/lib/email/simulator/random';
import { params, request, TEST_API_KEY } from '@/tests/helpers';
import { POST } from './inbound/route';

const SEED = 0x5eed_2026;
const CASES = 2000;
const CONCURRENCY = 8;

const rng = createRng(SEED);
const random = rng.next;
const int = (n: number) => rng.int(0, Math.max(0, n - 1));
const pick = rng.pick;

const sources = [...corpusNames().map(corpusMessage), ...fixtureNames().map(fixture)];
const PIECES = ['From: ', 'To: ', 'Subject: ', 'Content-Type: multipart/mixed; boundary="b"', '--b', '--b--', '=?utf-8?B?', '=?iso-8859-1?Q?=F6', '?=', '\r\n', '\n', '\r\n\r\n', ': ', '<', '>', '@', 'charset=utf-7', 'Content-Transfer-Encoding: base64', '+AOQ-', '\u0000', 'ä', '💥'];

/** Stored copies get their own Message-ID so they never collide with the corpus test's messages. */
const withFuzzId = (raw: Buffer, i: number) => Buffer.from(raw.toString('latin1').replace(/^Message-ID:.*$/im, `Message-ID: <fuzz-${SEED}-${i}@fuzz.invalid>`), 'latin1');

function mutate(raw: Buffer): Buffer {
  let bytes = Buffer.from(raw);
  for (let m = 1 + int(30); m > 0; m--) {
    const at = int(bytes.length + 1);
    switch (int(5)) {
      case 0: // flip a byte
        if (bytes.length) bytes[Math.min(at, bytes.length - 1)] = int(256);
        break;
      case 1: // insert a meaningful piece
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(PIECES)), bytes.subarray(at)]);
        break;
      case 2: // delete a range
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + int(200))]);
        break;
      case 3: // duplicate a range
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + int(300)), bytes.subarray(at)]);
        break;
      default: // random bytes
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(Array.from({ length: int(20) }, () => int(256))), bytes.subarray(at)]);
    }
  }
  return bytes;
}

function headerNoise(): Buffer {
  const lines = Array.from({ length: int(12) }, () => Array.from({ length: 1 + int(6) }, () => pick(PIECES)).join('') + random().toString(36).slice(2, 2 + int(10)));
  return Buffer.from(lines.join(pick(['\r\n', '\n'])));
}

function jsonNoise(): unknown {
  const values = [null, true, 0, -1, 1e308, '', 'x'.repeat(int(300)), 'a@b', '<id@x>', [], {}, [{ filename: 'a.pdf', contentType: 'application/pdf', contentBase64: '!!' }], { nested: { deep: [1, 2] } }];
  const keys = ['from', 'to', 'subject', 'text', 'html', 'messageId', 'inReplyTo', 'attachments', 'extra'];
  return Object.fromEntries(keys.filter(() => random() < 0.6).map((k) => [k, random() < 0.3 ? `user${int(9)}@example.com` : pick(values)]));
}

type Case = { body: Buffer | string; type: string };

function makeCase(i: number): Case {
  switch (i % 5) {
    case 0:
      return { body: Buffer.from(Array.from({ length: int(1500) }, () => int(256))), type: 'message/rfc822' };
    case 1:
      return { body: headerNoise(), type: 'message/rfc822' };
    case 2: {
      const raw = withFuzzId(pick(sources), i);
      return { body: raw.subarray(0, int(raw.length)), type: 'message/rfc822' };
    }
    case 3:
      return { body: mutate(withFuzzId(pick(sources), i)), type: 'message/rfc822' };
    default:
      return { body: JSON.stringify(jsonNoise()), type: 'application/json' };
  }
}

describe('POST /api/emails/inbound under fuzzing', () => {
  it(`never answers 5xx to ${CASES} random, truncated and mutated messages (seed ${SEED})`, async () => {
    const cases = Array.from({ length: CASES }, (_, i) => makeCase(i));
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < cases.length) {
          const i = next++;
          const { body, type } = cases[i];
          const res = await POST(await request('/api/emails/inbound', { body: typeof body === 'string' ? body : new Uint8Array(body), headers: { 'content-type': type }, as: { apiKey: TEST_API_KEY } }), params());
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500 || ![200, 201, 400].includes(res.status)) failures.push(`case ${i} (${type}): ${res.status} ${await res.text()}`);
        }
      }),
    );
    expect(failures).toEqual([]);
    // Both paths were exercised: plenty stored, plenty refused.
    expect(statuses.get(201) ?? 0).toBeGreaterThan(CASES / 10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(CASES / 5);
  }, 120_000);
});
