import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { corpusMessage, fixture } from '@/tests/fixtures/email';
import { parseEmail, UnreadableEmail } from './parse';

async function rejection(raw: Buffer | string) {
  const error = await parseEmail(Buffer.from(raw)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableEmail);
  return (error as UnreadableEmail).reason;
}

describe('parseEmail: charsets and transfer encodings', () => {
  it('decodes an ISO-8859-1 8bit body and RFC 2047 encoded subject and name', async () => {
    const p = await parseEmail(fixture('latin1-8bit.eml'));
    expect(p.subject).toBe('Anfrage zu Knöpfen für Mäntel');
    expect(p.from).toEqual({ address: 'juergen@schneiderei-mueller.de', name: 'Jürgen Müller' });
    expect(p.text).toContain('Hornknöpfe für Wintermäntel, Größe 24 mm');
    expect(p.sentAt?.toISOString()).toBe('2026-11-24T08:15:00.000Z');
  });

  it('decodes Windows-1252 quoted-printable', async () => {
    const p = await parseEmail(fixture('windows-1252-qp.eml'));
    expect(p.text).toContain('cost – is it still 49 €? We love your “Royal” series.');
  });

  it('decodes UTF-8 base64 bodies and B-encoded subjects', async () => {
    const p = await parseEmail(fixture('utf8-base64.eml'));
    expect(p.subject).toBe('Katalog für Straße & café ☕');
    expect(p.text).toContain('日本語');
  });

  it('reads raw 8-bit Latin-1 headers, UTF-7 and Latin-1 mislabelled as UTF-8 from old mailers', async () => {
    expect((await parseEmail(corpusMessage('m0001.eml'))).subject).toBe('Die Hasen und die Frösche (Microsoft Outlook 00)');
    const utf7 = await parseEmail(corpusMessage('m0006.eml'));
    expect(utf7.subject).toBe('Die Hasen und die Frösche (Microsoft Outlook 00)');
    expect(utf7.text).toContain('Die Hasen klagten einst über ihre mißliche Lage');
    expect((await parseEmail(corpusMessage('m1010.eml'))).text).toContain('erschreckte eine Menge Frösche');
    expect((await parseEmail(corpusMessage('m2004.eml'))).subject).toBe('Die Hasen und die Frösche');
  });

  it('survives broken headers: unknown charsets, an unterminated encoded word, an unreadable date', async () => {
    const p = await parseEmail(fixture('broken-headers.eml'));
    expect(p.subject).toMatch(/^Knöpfe and /);
    expect(p.text).toContain('your last delivery arrived fine. Can we order more?');
    expect(p.sentAt).toBeNull();
    expect(p.headers.date).toBe('yesterday at noon');
  });
});

describe('parseEmail: structure', () => {
  it('walks nested multiparts: text, HTML with its cid image, attachments with size and SHA-256', async () => {
    const p = await parseEmail(fixture('nested-multipart.eml'));
    expect(p.text).toContain('could you match the colour');
    expect(p.html).toContain('<img src="cid:swatch@shah" />');
    expect(p.attachments.map((a) => [a.filename, a.contentType, a.allowed])).toEqual([
      ['swatch.png', 'image/png', true],
      ['samples.csv', 'text/csv', true],
    ]);
    const csv = p.attachments[1];
    expect(csv.size).toBe(csv.content.length);
    expect(csv.sha256).toBe(createHash('sha256').update(csv.content).digest('hex'));
    expect(csv.content.toString()).toContain('HB-1001,navy,200');
  });

  it('keeps a forwarded message/rfc822 as a (quarantined) attachment', async () => {
    const p = await parseEmail(fixture('forwarded.eml'));
    const forwarded = p.attachments.find((a) => a.contentType === 'message/rfc822');
    expect(forwarded?.content.toString()).toContain('Could Happy Buttons supply the leather-covered buttons');
    expect(forwarded?.allowed).toBe(false);
  });

  it('quarantines file types outside the allowed list', async () => {
    const p = await parseEmail(fixture('quarantined-exe.eml'));
    expect(p.attachments).toMatchObject([{ filename: 'catalogue-tool.exe', allowed: false }]);
  });

  it('reads a delivery status notification: original Message-ID and the failed recipient', async () => {
    const p = await parseEmail(fixture('dsn.eml'));
    expect(p.deliveryReport).toEqual({
      originalMessageId: '<outreach-fixture-0001@h-bu.de>',
      failedRecipient: 'gone@customer.example',
      action: 'failed',
      status: '5.1.1',
      diagnostic: 'smtp; 550 5.1.1 <gone@customer.example>: Recipient address rejected: User unknown',
    });
  });

  it('sanitizes HTML on the way in and derives text from it', async () => {
    const p = await parseEmail(fixture('html-scripts.eml'));
    expect(p.html).not.toMatch(/script|onload|onclick|javascript:|iframe|<form|<input|<object|expression|tracker\.example|<style/i);
    expect(p.html).toContain('<img src="cid:logo@evil" alt="logo" />');
    expect(p.html).toContain('<a href="https://h-bu.de/shop"');
    expect(p.text).toContain('Dear customer, great buttons!');
  });

  it('keeps the selected headers with lower-case names and reply references', async () => {
    const raw = Buffer.from(
      'From: a@example.com\r\nTo: b@h-bu.de, "C" <c@h-bu.de>\r\nCc: d@example.com\r\nSubject: Re: x\r\nMessage-ID: <2@example.com>\r\n' +
        'In-Reply-To: <1@h-bu.de>\r\nReferences: <0@example.com> <1@h-bu.de>\r\nX-Priority: 1\r\nX-Unrelated: dropped\r\n\r\nbody\r\n',
    );
    const p = await parseEmail(raw);
    expect(p).toMatchObject({ messageId: '<2@example.com>', inReplyTo: '<1@h-bu.de>', references: ['<0@example.com>', '<1@h-bu.de>'], to: ['b@h-bu.de', 'c@h-bu.de'], cc: ['d@example.com'] });
    expect(p.headers['x-priority']).toBe('1');
    expect(p.headers['x-unrelated']).toBeUndefined();
  });
});

describe('parseEmail: what is not an email', () => {
  it('refuses empty input', async () => {
    expect(await rejection('')).toBe('empty');
    expect(await rejection('  \r\n\r\n ')).toBe('empty');
  });

  it('refuses binary noise and text without a header block', async () => {
    expect(await rejection(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0a, 0x00, 0x42]))).toBe('garbage');
    expect(await rejection('hello, this is not an email at all\r\n')).toBe('garbage');
  });

  it('refuses a message cut off in its headers or before its closing MIME boundary', async () => {
    expect(await rejection('From: a@example.com\r\nSubj')).toBe('truncated');
    const order = fixture('order-pdf.eml');
    expect(await rejection(order.subarray(0, Math.floor(order.length * 0.7)))).toBe('truncated');
  });

  it('refuses headers without a sender and without content, but accepts a sender with an empty body', async () => {
    expect(await rejection('Subject: nothing\r\n\r\n')).toBe('garbage');
    const p = await parseEmail(Buffer.from('From: quiet@example.com\r\nSubject: (empty)\r\n\r\n'));
    expect(p.from?.address).toBe('quiet@example.com');
  });
});
