// Emailing a prospect from the prospect page: queued in the outbox (sent by the outbox worker), tracked as an
// EMAIL_OUT interaction, and threaded — replies carry our Message-ID in In-Reply-To, which the monitor follows.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { companyConfig } from '@/lib/config/company';
import type { Caller } from '@/lib/http/handler';
import { notFound, unprocessable } from '@/lib/http/problem';
import { visibleProspects } from './access';
import { announceProspectChange } from './events';
import { recordInteraction } from './interactions';
import { OUTREACH_KIND } from './outreach-threads';
import type { OutreachInput } from './schemas';

export const teamAddress = () => `sales@${companyConfig().company.domain}`;

/** A rep writes from their own company mailbox; integrators and the "team" choice use sales@. */
function senderOf(caller: Caller, from: OutreachInput['from']) {
  const domain = companyConfig().company.domain;
  if (from === 'me' && caller.kind === 'user' && caller.email.toLowerCase().endsWith(`@${domain}`)) return { address: caller.email.toLowerCase(), name: caller.name };
  return { address: teamAddress(), name: `${companyConfig().company.name} Sales` };
}

export async function sendOutreach(caller: Caller, prospectId: string, input: OutreachInput) {
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const p = await tx.prospect.findFirst({
      where: { AND: [{ id: prospectId }, visibleProspects(caller)] },
      select: { id: true, email: true, emailInvalid: true, contactName: true, lastContactAt: true, nextFollowUpAt: true },
    });
    if (!p) throw notFound('The prospect');
    if (p.emailInvalid) {
      throw unprocessable(`${p.email} bounced; correct the address before writing again.`, { errors: [{ field: 'prospect.email', message: 'bounced' }] });
    }
    // Answer within the prospect's own thread when they have written to us (not in a colleague's, linked by domain).
    const lastInbound = await tx.interaction.findFirst({
      where: { prospectId: p.id, kind: 'EMAIL_IN', email: { fromAddress: p.email } },
      orderBy: { occurredAt: 'desc' },
      select: { email: { select: { messageId: true, references: true } } },
    });
    const parent = lastInbound?.email;
    const headers = parent ? { 'In-Reply-To': parent.messageId, References: [...(parent.references as string[]), parent.messageId].join(' ') } : {};
    const sender = senderOf(caller, input.from);
    const message = await tx.outboxMessage.create({
      data: {
        kind: OUTREACH_KIND,
        messageId: `<${randomUUID()}@${companyConfig().company.domain}>`,
        fromAddress: sender.address,
        toAddress: p.email,
        subject: input.subject,
        text: `${input.text}\n\n-- \n${sender.name}\n${companyConfig().company.signature}`,
        headers,
        prospectId: p.id,
        nextAttemptAt: now,
      },
    });
    const interaction = await recordInteraction(tx, p, {
      kind: 'EMAIL_OUT',
      summary: input.subject,
      occurredAt: now,
      userId: caller.kind === 'user' ? caller.id : null,
      outboxMessageId: message.id,
    });
    return { outboxMessageId: message.id, messageId: message.messageId, from: sender.address, interactionId: interaction.id };
  });
  await announceProspectChange({ ids: [prospectId], action: 'contacted' });
  return result;
}
