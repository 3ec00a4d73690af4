import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Caller } from '@/lib/http/handler';
import { params, request } from '@/tests/helpers';
import { GET as cronMonitor } from '@/app/api/cron/monitor/route';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { onPostgres } from '@/lib/db/client';
import { runMonitor } from './monitor';
import { sendOutreach } from './outreach';
import { createProspect } from './prospects';
import { prospectCreateSchema } from './schemas';

const run = randomUUID().slice(0, 8);
const domain = `buttons-${run}.example`;

async function repCaller(): Promise<Caller> {
  const u = await db.user.findUniqueOrThrow({ where: { email: 'sales@h-bu.de' } });
  return { kind: 'user', id: u.id, role: u.role, name: u.name, email: u.email };
}

/** An email as the pipeline stores it (the monitor reads only stored rows). */
async function storeEmail(e: { from: string; to?: string[]; subject: string; inReplyTo?: string; direction?: 'INBOUND' | 'OUTBOUND'; type?: 'INQUIRY' | 'BOUNCE' | 'AUTO_REPLY'; bouncedAddress?: string }) {
  const thread = await db.thread.create({ data: { subject: e.subject, subjectKey: e.subject.toLowerCase(), participantsKey: e.from, lastMessageAt: new Date() } });
  return db.email.create({
    data: {
      messageId: `<${randomUUID()}@mail.${domain}>`,
      direction: e.direction ?? 'INBOUND',
      threadId: thread.id,
      fromAddress: e.from,
      toAddresses: e.to ?? ['sales@h-bu.de'],
      ccAddresses: [],
      subject: e.subject,
      text: 'Thank you, please send samples.',
      headers: {},
      inReplyTo: e.inReplyTo ?? null,
      references: e.inReplyTo ? [e.inReplyTo] : [],
      type: e.type ?? 'INQUIRY',
      priority: 'NORMAL',
      reasons: {},
      bouncedAddress: e.bouncedAddress ?? null,
    },
  });
}

async function snapshot(prospectIds: string[]) {
  const [interactions, notifications, prospects, changes] = await Promise.all([
    db.interaction.count({ where: { prospectId: { in: prospectIds } } }),
    db.notification.count({ where: { link: { in: prospectIds.map((id) => `/sales/prospects/${id}`) } } }),
    db.prospect.findMany({ where: { id: { in: prospectIds } }, orderBy: { id: 'asc' } }),
    db.prospectStageChange.count({ where: { prospectId: { in: prospectIds } } }),
  ]);
  return { interactions, notifications, prospects, changes };
}

describe('the email monitor', () => {
  it('links replies, colleagues, outbound mail and bounces to prospects, once', async () => {
    const rep = await repCaller();
    const replying = await createProspect(rep, prospectCreateSchema.parse({ company: `Hornknopf ${run}`, contactName: 'Greta Horn', email: `greta@${domain}`, tags: [], valueCents: 500_000 }));
    const bouncing = await createProspect(rep, prospectCreateSchema.parse({ company: `Perlmutt ${run}`, contactName: 'Paul Perl', email: `paul@perlmutt-${run}.example`, tags: [], valueCents: 0 }));
    const outreach = await sendOutreach(rep, replying.id, { subject: 'Horn buttons for your spring line', text: 'May we send samples?', from: 'me' });
    expect(outreach.from).toBe('sales@h-bu.de');

    const reply = await storeEmail({ from: `Greta Horn <greta@${domain}>`, subject: 'Re: Horn buttons for your spring line', inReplyTo: outreach.messageId });
    const colleague = await storeEmail({ from: `einkauf@${domain}`, subject: 'Invoice address for samples' });
    const supportAnswer = await storeEmail({ from: 'support@h-bu.de', to: [`greta@${domain}`], subject: 'Your samples are on their way', direction: 'OUTBOUND' });
    const bounce = await storeEmail({ from: 'mailer-daemon@mx.example', subject: 'Undelivered Mail Returned to Sender', type: 'BOUNCE', bouncedAddress: `paul@perlmutt-${run}.example` });

    const counts = await runMonitor();
    expect(counts.errors).toEqual([]);

    const links = await db.interaction.findMany({ where: { prospectId: replying.id }, orderBy: { occurredAt: 'asc' } });
    expect(links.map((i) => [i.kind, i.emailId ?? i.outboxMessageId])).toEqual(
      expect.arrayContaining([
        ['EMAIL_OUT', outreach.outboxMessageId],
        ['EMAIL_IN', reply.id],
        ['EMAIL_IN', colleague.id],
        ['EMAIL_OUT', supportAnswer.id],
      ]),
    );
    expect(links).toHaveLength(4);

    const after = await db.prospect.findUniqueOrThrow({ where: { id: replying.id }, include: { stage: true } });
    expect(after.status).toBe('RESPONDED');
    expect(after.stage.key).toBe('qualified');
    // Four mails for one prospect in one batch: its row ends as after the last of them, the move fully applied.
    expect(after.lastContactAt).toEqual(links.at(-1)!.occurredAt);
    expect(after.weightedCents).toBe(Math.round((500_000 * after.stage.probability) / 100));
    const note = await db.notification.findFirst({ where: { userId: rep.kind === 'user' ? rep.id : '', dedupeKey: `prospect-reply:${reply.id}` } });
    expect(note).toMatchObject({ kind: 'reply', link: `/sales/prospects/${replying.id}` });
    // The colleague's mail is linked by domain but is no reply to our outreach: one reply notification only.
    expect(await db.notification.count({ where: { link: `/sales/prospects/${replying.id}`, kind: 'reply' } })).toBe(1);
    expect(await db.activity.count({ where: { entityId: replying.id, action: 'prospect.stage_changed', actorName: 'Email monitor' } })).toBe(1);

    const bounced = await db.prospect.findUniqueOrThrow({ where: { id: bouncing.id } });
    expect(bounced).toMatchObject({ status: 'BOUNCING', emailInvalid: true });
    expect(await db.interaction.count({ where: { prospectId: bouncing.id, emailId: bounce.id } })).toBe(1);

    const cronRun = await db.cronRun.findFirstOrThrow({ where: { job: 'monitor', ok: true }, orderBy: { startedAt: 'desc' } });
    expect(cronRun.counts).toMatchObject({ bounced: expect.any(Number), replies: expect.any(Number) });

    // A second run — here through the cron route, as the scheduler calls it — changes nothing.
    const before = await snapshot([replying.id, bouncing.id]);
    const res = await cronMonitor(await request('/api/cron/monitor', { as: { cron: true } }), params());
    expect(res.status).toBe(200);
    expect(await snapshot([replying.id, bouncing.id])).toEqual(before);
  });

  it('counts mail from a prospect written to before as a reply, also outside the outreach thread', async () => {
    const rep = await repCaller();
    const create = (name: string) =>
      createProspect(rep, prospectCreateSchema.parse({ company: `${name} ${run}`, contactName: name, email: `${name.toLowerCase()}@${name.toLowerCase()}-${run}.example`, tags: [], valueCents: 0 }));
    const [written, unwritten] = await Promise.all([create('Written'), create('Unwritten')]);
    await sendOutreach(rep, written.id, { subject: 'Buttons for your next collection', text: 'May we send samples?', from: 'me' });
    await runMonitor(); // the outreach is an earlier interaction now, not part of the next batch
    await storeEmail({ from: written.email, subject: 'Samples, please' });
    await storeEmail({ from: unwritten.email, subject: 'Do you make horn buttons?' });

    expect((await runMonitor()).errors).toEqual([]);
    const [after, untouched] = await Promise.all([written.id, unwritten.id].map((id) => db.prospect.findUniqueOrThrow({ where: { id } })));
    expect(after.status).toBe('RESPONDED');
    expect(untouched.status).toBe('ACTIVE');
    expect(await db.interaction.count({ where: { prospectId: unwritten.id, kind: 'EMAIL_IN' } })).toBe(1);
  });

  it('records acknowledgements and out-of-office replies as notes: no outreach, no response', async () => {
    const rep = await repCaller();
    const create = (name: string) =>
      createProspect(rep, prospectCreateSchema.parse({ company: `${name} ${run}`, contactName: name, email: `${name.toLowerCase()}@${name.toLowerCase()}-${run}.example`, tags: [], valueCents: 0 }));
    const [dora, olga] = await Promise.all([create('Dora'), create('Olga')]);
    // A colleague of Dora's writes; the pipeline acknowledges automatically. Nobody in sales wrote to Dora.
    const asked = await storeEmail({ from: `purchasing@dora-${run}.example`, subject: 'Price list please' });
    const ack = await db.outboxMessage.create({
      data: { kind: 'auto_reply', template: 'generic_ack', messageId: `<ack-${randomUUID()}@h-bu.de>`, fromAddress: 'support@h-bu.de', toAddress: `purchasing@dora-${run}.example`, subject: 'Re: Price list please — your message is in good hands', text: 't', headers: {}, emailId: asked.id },
    });
    const outreach = await sendOutreach(rep, olga.id, { subject: 'Buttons for your winter line', text: 'May we send samples?', from: 'me' });
    const away = await storeEmail({ from: olga.email, subject: 'Automatic reply: Buttons for your winter line', inReplyTo: outreach.messageId, type: 'AUTO_REPLY' });

    expect((await runMonitor()).errors).toEqual([]);
    const [doraAfter, olgaAfter] = await Promise.all([dora.id, olga.id].map((id) => db.prospect.findUniqueOrThrow({ where: { id } })));
    expect(doraAfter.firstOutreachAt).toBeNull();
    expect(olgaAfter).toMatchObject({ status: 'ACTIVE', lastInboundAt: null });
    expect(olgaAfter.firstOutreachAt).not.toBeNull();
    const notes = await db.interaction.findMany({ where: { OR: [{ outboxMessageId: ack.id }, { emailId: away.id }] }, select: { prospectId: true, kind: true, summary: true } });
    expect(notes).toEqual(
      expect.arrayContaining([
        { prospectId: dora.id, kind: 'NOTE', summary: expect.stringMatching(/^Sent automatically.*in good hands$/) },
        { prospectId: olga.id, kind: 'NOTE', summary: expect.stringMatching(/^Automatic reply received.*: Automatic reply: Buttons/) },
      ]),
    );
    expect(notes).toHaveLength(2);
  });

  it('repairs acknowledgements stored as outreach before (migration automatic_mail_not_outreach)', async () => {
    const rep = await repCaller();
    const p = await createProspect(rep, prospectCreateSchema.parse({ company: `Camille ${run}`, contactName: 'Camille', email: `camille@camille-${run}.example`, tags: [], valueCents: 0 }));
    const ack = await db.outboxMessage.create({
      data: { kind: 'auto_reply', messageId: `<ack-${randomUUID()}@h-bu.de>`, fromAddress: 'support@h-bu.de', toAddress: p.email, subject: 'Re: Hello', text: 't', headers: {} },
    });
    const away = await storeEmail({ from: p.email, subject: 'Out of office', type: 'AUTO_REPLY' });
    await db.interaction.createMany({
      data: [
        { prospectId: p.id, kind: 'EMAIL_OUT', summary: 'Re: Hello', outboxMessageId: ack.id, occurredAt: new Date(Date.now() - 60_000) },
        { prospectId: p.id, kind: 'EMAIL_IN', summary: 'Out of office', emailId: away.id },
      ],
    });
    expect(await db.prospect.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ firstOutreachAt: expect.any(Date), lastInboundAt: expect.any(Date) });

    const dirs = path.join(process.cwd(), 'prisma/migrations', onPostgres() ? 'postgresql' : 'sqlite');
    const sql = readFileSync(path.join(dirs, readdirSync(dirs).find((d) => d.endsWith('_automatic_mail_not_outreach'))!, 'migration.sql'), 'utf8');
    for (const statement of sql.replace(/^--.*$/gm, '').split(';').filter((s) => s.trim())) await db.$executeRawUnsafe(statement);

    expect(await db.prospect.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ firstOutreachAt: null, lastInboundAt: null });
    expect((await db.interaction.findMany({ where: { prospectId: p.id } })).map((i) => i.kind)).toEqual(['NOTE', 'NOTE']);
  });

  it('threads outreach on the prospect\'s own mail only, not on a colleague\'s linked by domain', async () => {
    const rep = await repCaller();
    const p = await createProspect(rep, prospectCreateSchema.parse({ company: `Thread ${run}`, contactName: 'Tia Thread', email: `tia@thread-${run}.example`, tags: [], valueCents: 0 }));
    const colleague = await storeEmail({ from: `purchasing@thread-${run}.example`, subject: 'Price list please' });
    await runMonitor();
    expect(await db.interaction.count({ where: { prospectId: p.id, emailId: colleague.id } })).toBe(1);
    const first = await sendOutreach(rep, p.id, { subject: 'Our price list', text: 'Attached.', from: 'me' });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: first.outboxMessageId } })).headers).toEqual({});

    const own = await storeEmail({ from: p.email, subject: 'Samples too?' });
    await runMonitor();
    const second = await sendOutreach(rep, p.id, { subject: 'Re: Samples too?', text: 'Gladly.', from: 'me' });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: second.outboxMessageId } })).headers).toMatchObject({ 'In-Reply-To': own.messageId });
  });

  it('refuses outreach to an address that bounced', async () => {
    const rep = await repCaller();
    const p = await createProspect(rep, prospectCreateSchema.parse({ company: `Bounce ${run}`, contactName: 'Bo Unce', email: `bo@bounce-${run}.example`, tags: [], valueCents: 0 }));
    await db.prospect.update({ where: { id: p.id }, data: { emailInvalid: true } });
    await expect(sendOutreach(rep, p.id, { subject: 'Hello', text: 'Hi', from: 'team' })).rejects.toMatchObject({ status: 422 });
  });

  it('reminds the owner once when a follow-up is due, even one dated before the last run', async () => {
    const rep = await repCaller();
    const p = await createProspect(rep, prospectCreateSchema.parse({ company: `Silent ${run}`, contactName: 'Sil Ent', email: `sil@silent-${run}.example`, tags: [], valueCents: 0, nextFollowUpAt: new Date(Date.now() - 30 * 86_400_000).toISOString() }));
    await runMonitor();
    await runMonitor();
    expect(await db.notification.count({ where: { kind: 'follow_up', link: `/sales/prospects/${p.id}` } })).toBe(1);
  });

  it('answers 401 to a cron call without the secret', async () => {
    expect((await cronMonitor(await request('/api/cron/monitor'), params())).status).toBe(401);
  });
});
