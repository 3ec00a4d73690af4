import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/config/env';
import { deliverOutbox } from './outbox';

describe('outbox worker without SMTP_URL', () => {
  it('writes each message as a JSON file into OUTBOX_DIR and marks it sent', async () => {
    expect(env().SMTP_URL).toBeUndefined();
    const message = await db.outboxMessage.create({
      data: { kind: 'test', messageId: `<${randomUUID()}@h-bu.de>`, fromAddress: 'orders@h-bu.de', toAddress: 'file@customer.example', subject: 'Filed', text: 'Hello file', headers: { 'Auto-Submitted': 'auto-generated' } },
    });
    expect(await deliverOutbox({ ids: [message.id] })).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    const dir = path.resolve(env().OUTBOX_DIR);
    const file = (await readdir(dir)).find((f) => f.endsWith(`-${message.id}.json`));
    const json = JSON.parse(await readFile(path.join(dir, file!), 'utf8'));
    expect(json).toMatchObject({ messageId: message.messageId, subject: 'Filed', text: 'Hello file', headers: { 'Auto-Submitted': 'auto-generated' } });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'SENT' });
  });

  it('fails a message without a recipient at once instead of filing it as sent', async () => {
    const message = await db.outboxMessage.create({
      data: { kind: 'test', messageId: `<${randomUUID()}@h-bu.de>`, fromAddress: 'support@h-bu.de', toAddress: ' ', subject: 'To nobody', text: 'Hello?', headers: {} },
    });
    expect(await deliverOutbox({ ids: [message.id] })).toEqual({ claimed: 1, sent: 0, retrying: 0, failed: 1 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/no recipient/);
    expect((await readdir(path.resolve(env().OUTBOX_DIR))).some((f) => f.endsWith(`-${message.id}.json`))).toBe(false);
  });
});
