import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Caller } from '@/lib/http/handler';
import { params, request } from '@/tests/helpers';
import { GET as cronMonitor } from '@/app/api/cron/monitor/route';
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
async function storeEmail(e: { from: string; to?: string[]; subject: string; inReplyTo?: string; direction?: 'INBOUND' | 'OUTBOUND'; type?: 'INQUIRY' | 'BOUNCE'; bouncedAddress?: string }) {
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
