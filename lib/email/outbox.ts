// The outbox worker: sends what transactions wrote to OutboxMessage. A message is claimed with a lease (status
// SENDING, lockedUntil) by a conditional update, so two workers never send it twice; a worker that dies mid-run
// leaves its lease to expire and the next run picks the message up. Failures retry with exponential backoff.
// Transport: SMTP when SMTP_URL is set, else one JSON file per message in OUTBOX_DIR.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { env } from '@/lib/config/env';
import type { OutboxMessage } from '@/lib/generated/sqlite/client';

export const OUTBOX_LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 8;

/** 1, 2, 4 … minutes after the attempt that failed, at most an hour. */
export const retryDelayMs = (attempts: number) => Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));

export type OutboxRun = { claimed: number; sent: number; retrying: number; failed: number };

type Send = (message: OutboxMessage) => Promise<void>;

let smtp: { url: string; transport: Transporter } | null = null;

function smtpSender(url: string): Send {
  if (smtp?.url !== url) {
    smtp?.transport.close();
    smtp = { url, transport: nodemailer.createTransport({ url, pool: true, maxConnections: 2, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }) };
  }
  const transport = smtp.transport;
  return async (m) => {
    await transport.sendMail(mailOf(m));
  };
}

function fileSender(dir: string): Send {
  const json = nodemailer.createTransport({ jsonTransport: true });
  return async (m) => {
    const info = await json.sendMail(mailOf(m));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${m.createdAt.toISOString().replace(/[:.]/g, '-')}-${m.id}.json`), info.message);
  };
}

function mailOf(m: OutboxMessage) {
  const headers = (m.headers && typeof m.headers === 'object' && !Array.isArray(m.headers) ? m.headers : {}) as Record<string, string>;
  return { from: m.fromAddress, to: m.toAddress, subject: m.subject, text: m.text, html: m.html ?? undefined, messageId: m.messageId, headers };
}

const leaseFree = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] });

export type OutboxRunOptions = {
  limit?: number;
  /** The worker's clock (default now): due times and leases are judged against it. */
  now?: Date;
  /** Only these messages ("send now" for particular mail); default every due message. */
  ids?: string[];
};

/** Takes up to `limit` due messages under a lease; each row is taken by exactly one caller. */
export async function claimOutbox({ limit = 100, now = new Date(), ids }: OutboxRunOptions = {}): Promise<OutboxMessage[]> {
  const due = { status: { in: ['PENDING' as const, 'SENDING' as const] }, nextAttemptAt: { lte: now }, ...leaseFree(now), ...(ids && { id: { in: ids } }) };
  const candidates = await db.outboxMessage.findMany({ where: due, orderBy: { nextAttemptAt: 'asc' }, take: limit, select: { id: true } });
  const lockedUntil = new Date(now.getTime() + OUTBOX_LEASE_MS);
  const claimed: string[] = [];
  for (const { id } of candidates) {
    const { count } = await db.outboxMessage.updateMany({ where: { ...due, id }, data: { status: 'SENDING', lockedUntil, attempts: { increment: 1 } } });
    if (count) claimed.push(id);
  }
  return claimed.length ? db.outboxMessage.findMany({ where: { id: { in: claimed } }, orderBy: { nextAttemptAt: 'asc' } }) : [];
}

/** A message no retry can deliver, such as one without a recipient. */
class Undeliverable extends Error {}

/** A 5xx SMTP answer will not change on retry. */
const isPermanent = (error: unknown) => error instanceof Undeliverable || ((error as { responseCode?: number }).responseCode ?? 0) >= 500;

/** One worker run: claim due messages, send each, record SENT or schedule the retry (FAILED after MAX_ATTEMPTS). */
export async function deliverOutbox(opts: OutboxRunOptions = {}): Promise<OutboxRun> {
  const now = opts.now ?? new Date();
  const e = env();
  const send = e.SMTP_URL ? smtpSender(e.SMTP_URL) : fileSender(path.resolve(e.OUTBOX_DIR));
  const messages = await claimOutbox({ ...opts, now });
  const run: OutboxRun = { claimed: messages.length, sent: 0, retrying: 0, failed: 0 };
  for (const m of messages) {
    try {
      // The file transport would file it as sent and SMTP would retry it for hours; nobody can receive it.
      if (!m.toAddress.trim()) throw new Undeliverable('The message has no recipient address, so it was not sent.');
      await send(m);
      await db.outboxMessage.update({ where: { id: m.id }, data: { status: 'SENT', sentAt: new Date(), lockedUntil: null, lastError: null } });
      run.sent++;
    } catch (error) {
      const giveUp = m.attempts >= MAX_ATTEMPTS || isPermanent(error);
      await db.outboxMessage.update({
        where: { id: m.id },
        data: {
          status: giveUp ? 'FAILED' : 'PENDING',
          lockedUntil: null,
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(m.attempts)),
          lastError: String((error as Error).message ?? error).slice(0, 1000),
        },
      });
      if (giveUp) run.failed++;
      else run.retrying++;
    }
  }
  return run;
}
