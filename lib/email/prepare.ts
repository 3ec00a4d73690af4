// A parsed email → everything the store writes: classification, routing, SLA, the planned courtesy reply.
// No I/O: the reference data comes in as the directory, ids are generated here. Routing here is by the
// rules and the mailbox written to; the store, once it knows the thread, may hand a reply to the thread's unit
// (joinThread).
import { v7 as uuidv7 } from 'uuid';
import { slaPromise } from '@/lib/shop/order-emails';
import type { Actor } from '@/lib/audit';
import { classifyEmail, type Classification, type ClassifyInput } from './classify';
import type { PipelineDirectory } from './directory';
import { contentFingerprint, storedMessageId } from './identity';
import { autoReplyBlocker } from './loop-guard';
import type { ParsedEmail } from './parse';
import { followMailbox, followThread, routeEmail, type RouteDecision } from './route';
import { slaDueAt } from './sla';
import { caseReference, customerName, renderReply, type RenderedReply } from './templates';
import { normalizeSubject, participantsKey, referencedIds, subjectWithoutPrefixes } from './thread';

/** Expedite requests get their own acknowledgement, whichever unit the rules pick. */
const EXPEDITE_TEMPLATE = 'expedite_ack';

export type PlannedReply = RenderedReply & {
  template: string;
  from: string;
  to: string;
  headers: Record<string, string>;
};

export type PreparedEmail = {
  id: string;
  taskId: string;
  /** The storage key: the message's Message-ID, a generated one, or a variant key (see identity.ts). */
  messageId: string;
  fingerprint: string;
  /** Same Message-ID means same message, whatever the content (the JSON API's promise). */
  trustMessageId: boolean;
  raw: Buffer;
  parsed: ParsedEmail;
  receivedAt: Date;
  classification: Classification;
  route: RouteDecision;
  slaDueAt: Date;
  subjectKey: string;
  participantsKey: string;
  /** Message-IDs that may name this email's thread, most specific first. */
  threadRefs: string[];
  reply: PlannedReply | null;
  replyReasons: string[];
  actor: Actor;
  /** What the SLA and reply were planned with, to plan them again if the email joins its thread's unit. */
  context: { dir: PipelineDirectory };
};

type Routed = Pick<PreparedEmail, 'route' | 'slaDueAt' | 'reply' | 'replyReasons'>;

export type PrepareOptions = { receivedAt?: Date; trustMessageId?: boolean; actor: Actor };

/** What classification looks at, from a parsed email. */
export const classifyInputOf = (p: ParsedEmail): ClassifyInput => ({
  fromAddress: p.from?.address ?? null,
  subject: p.subject,
  text: p.text,
  headers: p.headers,
  attachments: p.attachments,
  isDeliveryReport: !!p.deliveryReport,
});

export function prepareEmail(raw: Buffer, parsed: ParsedEmail, dir: PipelineDirectory, opts: PrepareOptions): PreparedEmail {
  const id = uuidv7();
  const fingerprint = contentFingerprint(raw);
  const fromAddress = parsed.from?.address ?? null;
  const classification = classifyEmail(classifyInputOf(parsed), dir);
  const route = followMailbox(
    routeEmail(
      { subject: parsed.subject, text: parsed.text, attachments: parsed.attachments.map((a) => a.filename), type: classification.type, isOem: classification.isOem, fromAddress },
      dir.rules,
      dir.units,
      dir.fallbackUnit,
    ),
    [...parsed.to, ...parsed.cc],
    dir.units,
  );
  const addresses = [fromAddress, ...parsed.to, ...parsed.cc].filter((a): a is string => !!a);
  const email: Omit<PreparedEmail, keyof Routed> = {
    id,
    taskId: uuidv7(),
    messageId: storedMessageId(parsed.messageId, fingerprint),
    fingerprint,
    trustMessageId: !!opts.trustMessageId,
    raw,
    parsed,
    receivedAt: opts.receivedAt ?? new Date(),
    classification,
    subjectKey: normalizeSubject(parsed.subject),
    participantsKey: participantsKey(addresses, dir.company.domain),
    threadRefs: referencedIds(parsed.inReplyTo, [...parsed.references, ...(parsed.deliveryReport?.originalMessageId ? [parsed.deliveryReport.originalMessageId] : [])]),
    actor: opts.actor,
    context: { dir },
  };
  return { ...email, ...routed(email, route) };
}

/**
 * Called by the store once it knows the thread: a reply that only a catch-all rule took goes to the unit handling
 * its thread, with that unit's SLA and reply sender (see followThread). Returns the email unchanged otherwise.
 */
export function joinThread(email: PreparedEmail, threadUnitId: string): PreparedEmail {
  const unit = email.context.dir.units.get(threadUnitId);
  const route = unit ? followThread(email.route, unit) : email.route;
  return route === email.route ? email : { ...email, ...routed(email, route) };
}

/** A reply to a rep's outreach: the rep answers it in person, so no unit sends a courtesy reply (nor a rating link). */
export function answeredInPerson(email: PreparedEmail, rep: string): PreparedEmail {
  return { ...email, reply: null, replyReasons: [`no automatic reply: it answers ${rep}'s outreach, and ${rep} answers in person`] };
}

/** What follows from the unit that takes the email: its SLA due time and the courtesy reply sent in its name. */
function routed(email: Omit<PreparedEmail, keyof Routed>, route: RouteDecision): Routed {
  const { parsed, classification, context, id } = email;
  const { dir } = context;
  const minutes = route.unit.slaMinutes[classification.priority];
  const fromAddress = parsed.from?.address ?? null;
  const recipient = parsed.replyTo?.address ?? fromAddress;
  const blocker = autoReplyBlocker({ headers: parsed.headers, recipient, type: classification.type, ownDomain: dir.company.domain });
  const templateKey = classification.type === 'EXPEDITE' ? EXPEDITE_TEMPLATE : route.template;
  const template = templateKey ? dir.templates.get(templateKey) : undefined;
  const replyReasons: string[] = [];
  let reply: PlannedReply | null = null;
  if (blocker) replyReasons.push(`no automatic reply: ${blocker}`);
  else if (!templateKey) replyReasons.push('no automatic reply: the matching rule names no template');
  else if (!template) replyReasons.push(`no automatic reply: template ${templateKey} does not exist`);
  else {
    const rendered = renderReply(
      template,
      {
        customer_name: customerName(parsed.replyTo?.name ?? parsed.from?.name ?? null, classification.customer?.name ?? null),
        reference: caseReference(id),
        sla_promise: slaPromise(minutes),
        unit_name: route.unit.name,
        unit_email: route.unit.email,
        company: dir.company.name,
        // The templates put their own "Re: " in front: "Re: Re: Bestellung" would be the result otherwise.
        subject: subjectWithoutPrefixes(parsed.subject) || 'your message',
      },
      { signature: dir.company.signature },
    );
    // RFC 3834: answer the message, say we are automatic, and ask Exchange not to answer us in turn.
    const headers: Record<string, string> = { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' };
    if (parsed.messageId) {
      headers['In-Reply-To'] = parsed.messageId;
      headers.References = [...parsed.references, parsed.messageId].join(' ');
    }
    reply = { ...rendered, template: templateKey, from: route.unit.email, to: recipient!, headers };
    replyReasons.push(`${templateKey} to ${recipient}`);
  }
  return { route, slaDueAt: slaDueAt(email.receivedAt, minutes), reply, replyReasons };
}
