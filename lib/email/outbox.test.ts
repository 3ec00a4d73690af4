import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { fixture, uniqueCopy } from '@/tests/fixtures/email';
import { claimOutbox, deliverOutbox, MAX_ATTEMPTS, OUTBOX_LEASE_MS, retryDelayMs } from './outbox';
import { ingest } from './pipeline';

// A real SMTP server on loopback, started before anything reads the environment, so SMTP_URL points at it.
const smtp = await vi.hoisted(async () => {
  const { SMTPServer } = await import('smtp-server');
  const received: { raw: string; messageId: string; to: string[] }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('busy')) return callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
      if (address.address.startsWith('unknown')) return callback(Object.assign(new Error('no such user'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ raw, messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '', to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return { server, received };
});

afterAll(() => new Promise<void>((resolve) => smtp.server.close(() => resolve())));

const deliveries = (messageId: string) => smtp.received.filter((m) => m.messageId === messageId);

function queue(to: string) {
  return db.outboxMessage.create({
    data: { kind: 'test', messageId: `<${randomUUID()}@h-bu.de>`, fromAddress: 'support@h-bu.de', toAddress: to, subject: 'Outbox test', text: 'Hello', headers: {} },
  });
}

describe('outbox worker', () => {
  it('loses nothing and sends nothing twice when a crash hits between commit and send', async () => {
    const sender = `crash.${randomUUID().slice(0, 8)}@customer.example`;
    const { messageId } = await ingest(uniqueCopy(fixture('order-pdf.eml'), { From: sender }).raw);
    const reply = await db.outboxMessage.findFirstOrThrow({ where: { email: { messageId } } });
    expect(reply.status).toBe('PENDING');

    // A worker claims it and dies before sending.
    const now = new Date();
    expect((await claimOutbox({ ids: [reply.id], now })).map((m) => m.id)).toEqual([reply.id]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ status: 'SENDING', attempts: 1 });
    // While its lease runs, nobody else touches it …
    expect(await deliverOutbox({ ids: [reply.id], now: new Date(now.getTime() + 60_000) })).toMatchObject({ claimed: 0 });
    expect(deliveries(reply.messageId)).toHaveLength(0);
    // … then the next run delivers it, exactly once.
    const later = new Date(now.getTime() + OUTBOX_LEASE_MS + 1000);
    expect(await deliverOutbox({ ids: [reply.id], now: later })).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(await deliverOutbox({ ids: [reply.id], now: new Date(later.getTime() + 3_600_000) })).toMatchObject({ claimed: 0 });
    expect(deliveries(reply.messageId)).toHaveLength(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ status: 'SENT', attempts: 2, lockedUntil: null });
  });

  it('delivers the courtesy reply over SMTP as an answer to the email, marked as automatic', async () => {
    const sender = `smtp.${randomUUID().slice(0, 8)}@customer.example`;
    const { raw, messageId } = uniqueCopy(fixture('complaint-de.eml'), { From: sender });
    await ingest(raw);
    const reply = await db.outboxMessage.findFirstOrThrow({ where: { email: { messageId } } });
    await deliverOutbox({ ids: [reply.id] });
    const [delivered] = deliveries(reply.messageId);
    expect(delivered.to).toEqual([sender]);
    const mail = await simpleParser(delivered.raw);
    expect(mail.from?.value[0].address).toBe('quality@h-bu.de');
    expect(mail.inReplyTo).toBe(messageId);
    expect(mail.references).toBe(messageId);
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.subject).toBe('Re: Reklamation: Knöpfe beschädigt geliefert — our sincere apologies');
    // An acknowledgement asks for no rating: nothing has been done for the customer yet.
    expect(mail.text).not.toContain('/csat/');
    expect(mail.html).not.toContain('/csat/');
  });

  it('lets two concurrent workers share the queue without sending any message twice', async () => {
    const messages = await Promise.all(Array.from({ length: 20 }, () => queue(`pair.${randomUUID().slice(0, 8)}@customer.example`)));
    const ids = messages.map((m) => m.id);
    const [a, b] = await Promise.all([deliverOutbox({ ids }), deliverOutbox({ ids })]);
    expect(a.sent + b.sent).toBe(20);
    for (const m of messages) expect(deliveries(m.messageId)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { id: { in: ids }, status: 'SENT' } })).toBe(20);
  });

  it('retries temporary failures with exponential backoff and gives up after the last attempt', async () => {
    const message = await queue(`busy.${randomUUID().slice(0, 8)}@customer.example`);
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const run = await deliverOutbox({ ids: [message.id], now });
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toMatch(/mailbox busy/);
      if (attempt < MAX_ATTEMPTS) {
        expect(run).toMatchObject({ retrying: 1 });
        expect(row).toMatchObject({ status: 'PENDING', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt)) });
        // Not due before its time.
        expect(await deliverOutbox({ ids: [message.id], now: new Date(row.nextAttemptAt.getTime() - 1) })).toMatchObject({ claimed: 0 });
        now = row.nextAttemptAt;
      } else {
        expect(run).toMatchObject({ failed: 1 });
        expect(row.status).toBe('FAILED');
      }
    }
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(3)).toBe(240_000);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it('fails a permanent rejection at once', async () => {
    const message = await queue(`unknown.${randomUUID().slice(0, 8)}@customer.example`);
    expect(await deliverOutbox({ ids: [message.id] })).toMatchObject({ failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'FAILED', attempts: 1 });
  });
});
