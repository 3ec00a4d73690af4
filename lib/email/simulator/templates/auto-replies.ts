// Out-of-office and ticket-system replies, marked as RFC 3834 asks (Auto-Submitted: auto-replied).
import { CUSTOMERS, partyForAddress, SUPPLIERS, type Party } from '../parties';
import type { DrawContext, Template } from '../types';
import { addDays, day } from '../writing';

const AUTO = { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes', 'X-Auto-Response-Suppress': 'All' };

/** An auto-reply answers one of our messages when there is one to answer; otherwise the unit mailbox that wrote. */
type Answering = { from: Party; to: string; about: string; inReplyTo?: string; references?: string[] };

function answering(c: DrawContext, lang: 'de' | 'en'): Answering {
  if (c.outbound.length && c.rng.chance(0.8)) {
    const ours = c.rng.pick(c.outbound);
    return { from: partyForAddress(ours.to), to: ours.from.email, about: ours.subject, inReplyTo: ours.messageId, references: [...ours.references, ours.messageId] };
  }
  return { from: c.person([...CUSTOMERS, ...SUPPLIERS], lang), to: c.inbox(c.rng.pick(['orders', 'support', 'supplier'])), about: '' };
}

const subjectFor = (prefix: string, a: Answering) => (a.about ? `${prefix}: ${a.about}` : prefix);

export const AUTO_REPLY_TEMPLATES: Template[] = [
  {
    key: 'ooo_en',
    kind: 'auto_reply',
    weight: 3,
    build(c) {
      const back = addDays(c.at, c.rng.int(2, 14));
      const a = answering(c, 'en');
      const from = a.from;
      return {
        from,
        to: a.to,
        subject: subjectFor('Out of Office', a),
        text: `Thank you for your email. I am out of the office until ${day(back, 'en')} with limited access to email. For urgent matters please contact ${from.company.contacts.length > 1 ? 'my colleagues' : 'our office'}.\n\n${from.name}`,
        inReplyTo: a.inReplyTo,
        references: a.references,
        headers: AUTO,
      };
    },
  },
  {
    key: 'ooo_de',
    kind: 'auto_reply',
    weight: 3,
    build(c) {
      const back = addDays(c.at, c.rng.int(2, 14));
      const a = answering(c, 'de');
      const from = a.from;
      return {
        from,
        to: a.to,
        subject: subjectFor('Automatische Antwort', a),
        text: `Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich ${day(back, 'de')} nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\n${from.name}`,
        encoding: 'latin1-qp',
        inReplyTo: a.inReplyTo,
        references: a.references,
        headers: AUTO,
      };
    },
  },
  {
    key: 'ticket_ack_en',
    kind: 'auto_reply',
    weight: 1,
    build(c) {
      const a = answering(c, 'en');
      const from = a.from;
      const ticket = c.rng.int(100000, 999999);
      return {
        from: { name: `${from.company.name} Service Desk`, email: `servicedesk@${from.company.domain}` },
        to: a.to,
        subject: `[Ticket #${ticket}] ${a.about || 'We have received your request'}`,
        text: `This is an automated message. Your request has been logged as ticket #${ticket}. Please keep the ticket number in the subject line of any further correspondence.\n\n${from.company.name} Service Desk`,
        inReplyTo: a.inReplyTo,
        references: a.references,
        headers: { 'Auto-Submitted': 'auto-replied', Precedence: 'bulk' },
      };
    },
  },
  {
    key: 'vacation_de',
    kind: 'auto_reply',
    weight: 1,
    build(c) {
      const a = answering(c, 'de');
      const from = a.from;
      const back = addDays(c.at, c.rng.int(7, 21));
      return {
        from,
        to: a.to,
        subject: subjectFor('Abwesenheitsnotiz', a),
        text: `Guten Tag,\n\nich bin im Urlaub und ab dem ${day(back, 'de')} wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an die Zentrale.\n\n${from.name}`,
        encoding: 'utf8-base64',
        inReplyTo: a.inReplyTo,
        references: a.references,
        headers: { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes' },
      };
    },
  },
];
