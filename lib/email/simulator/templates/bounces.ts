// Delivery status notifications (RFC 3464) for mail we sent: real multipart/report messages that name the
// failed recipient and return the headers (with the Message-ID) of our original message.
import { mailbox, PROSPECTS, SEEDED_PROSPECTS } from '../parties';
import type { DeliveryReport, DrawContext, Draft, EarlierMessage, Template } from '../types';

type Failure = { status: string; diagnostic: string };
type Bounced = { original: EarlierMessage; recipient: string; domain: string };

const OUTREACH_SUBJECTS = ['Buttons fit for a court – Happy Buttons', 'Your next collection deserves royal buttons', 'Samples of our Premium Collection', 'Following up: button supply for your workwear range'];

/** A typing slip of the kind that makes addresses bounce: a dropped or doubled letter. */
function misspelled(c: DrawContext, domain: string): string {
  const [name, ...tld] = domain.split('.');
  const i = c.rng.int(1, name.length - 2);
  const slip = c.rng.chance(0.5) ? name.slice(0, i) + name.slice(i + 1) : name.slice(0, i) + name[i] + name.slice(i);
  return [slip, ...tld].join('.');
}

/** One of our messages to an outside address: from the history when there is one, else sales outreach to a prospect. */
function bouncedMessage(c: DrawContext, typo: boolean): Bounced {
  const external = c.outbound.filter((m) => !m.to.endsWith(`@${c.ourDomain}`));
  if (external.length && c.rng.chance(0.7)) {
    const original = c.rng.pick(external);
    return { original, recipient: original.to, domain: original.to.slice(original.to.indexOf('@') + 1) };
  }
  const company = c.rng.pick(PROSPECTS);
  const address = c.rng.chance(0.5) ? c.rng.pick(SEEDED_PROSPECTS).email : mailbox(company, c.rng.pick(company.contacts));
  const [local, realDomain] = address.split('@');
  const domain = typo ? misspelled(c, realDomain) : realDomain;
  const recipient = `${local}@${domain}`;
  const sales = `sales@${c.ourDomain}`;
  const original: EarlierMessage = {
    messageId: `<${c.rng.hex(8)}-${c.rng.hex(4)}-${c.rng.hex(12)}@${c.ourDomain}>`,
    subject: c.rng.pick(OUTREACH_SUBJECTS),
    from: { name: 'Happy Buttons Sales', email: sales, company: { name: c.ourName, domain: c.ourDomain, lang: 'en', contacts: [], style: 'first', city: '' } },
    to: recipient,
    references: [],
  };
  return { original, recipient, domain };
}

const encodedSubject = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`);
const rfcDate = (d: Date) => d.toUTCString().replace('GMT', '+0000');

function report(c: DrawContext, b: Bounced, mta: string, failure: Failure, returnedAs: DeliveryReport['returnedAs']): DeliveryReport {
  const sent = new Date(c.at.getTime() - c.rng.int(5, 600) * 1000);
  const deliveryStatus = [
    `Reporting-MTA: dns; ${mta}`,
    `Arrival-Date: ${rfcDate(sent)}`,
    '',
    `Final-Recipient: rfc822; ${b.recipient}`,
    `Original-Recipient: rfc822;${b.recipient}`,
    'Action: failed',
    `Status: ${failure.status}`,
    // A domain that does not resolve has no remote MTA to name.
    ...(failure.status.startsWith('5.4') ? [] : [`Remote-MTA: dns; mx.${b.domain}`]),
    `Diagnostic-Code: smtp; ${failure.diagnostic}`,
    '',
  ].join('\r\n');
  const headers = [
    `Return-Path: <${b.original.from.email}>`,
    `From: ${b.original.from.name} <${b.original.from.email}>`,
    `To: ${b.recipient}`,
    `Subject: ${encodedSubject(b.original.subject)}`,
    `Date: ${rfcDate(sent)}`,
    `Message-ID: ${b.original.messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ];
  const returned = returnedAs === 'message/rfc822' ? [...headers, '', 'This message was returned because it could not be delivered.', ''].join('\r\n') : `${headers.join('\r\n')}\r\n`;
  return { deliveryStatus, returnedHeaders: returned, returnedAs };
}

function bounce(c: DrawContext, opts: { typo?: boolean; mta: (b: Bounced) => string; from: (b: Bounced) => Draft['from']; subject: (b: Bounced) => string; failure: (b: Bounced) => Failure; text: (b: Bounced, f: Failure) => string; returnedAs: DeliveryReport['returnedAs'] }): Draft {
  const b = bouncedMessage(c, opts.typo ?? false);
  const failure = opts.failure(b);
  return {
    from: opts.from(b),
    to: b.original.from.email,
    subject: opts.subject(b),
    text: opts.text(b, failure),
    report: report(c, b, opts.mta(b), failure, opts.returnedAs),
    headers: { 'Auto-Submitted': 'auto-replied' },
  };
}

export const BOUNCE_TEMPLATES: Template[] = [
  {
    key: 'bounce_postfix_user_unknown',
    kind: 'bounce',
    weight: 3,
    build: (c) =>
      bounce(c, {
        mta: (b) => `mx1.${b.domain}`,
        from: (b) => ({ name: 'Mail Delivery System', email: `MAILER-DAEMON@mx1.${b.domain}` }),
        subject: () => 'Undelivered Mail Returned to Sender',
        failure: (b) => ({ status: '5.1.1', diagnostic: `550 5.1.1 <${b.recipient}>: Recipient address rejected: User unknown in virtual mailbox table` }),
        text: (b, f) => `This is the mail system at host mx1.${b.domain}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<${b.recipient}>: ${f.diagnostic}`,
        returnedAs: 'text/rfc822-headers',
      }),
  },
  {
    key: 'bounce_exchange_not_found',
    kind: 'bounce',
    weight: 2,
    build: (c) =>
      bounce(c, {
        mta: (b) => `mail.${b.domain}`,
        from: (b) => ({ name: 'Microsoft Outlook', email: `postmaster@${b.domain}` }),
        subject: (b) => `Undeliverable: ${b.original.subject}`,
        failure: () => ({ status: '5.1.10', diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' }),
        text: (b) => `Your message to ${b.recipient} couldn't be delivered.\n\n${b.recipient.slice(0, b.recipient.indexOf('@'))} wasn't found at ${b.domain}.\n\nAction Required: check the recipient's address and try again.`,
        returnedAs: 'message/rfc822',
      }),
  },
  {
    key: 'bounce_gmail_no_account',
    kind: 'bounce',
    weight: 2,
    build: (c) =>
      bounce(c, {
        mta: () => 'googlemail.com',
        from: () => ({ name: 'Mail Delivery Subsystem', email: 'mailer-daemon@googlemail.com' }),
        subject: () => 'Delivery Status Notification (Failure)',
        failure: (b) => ({ status: '5.1.1', diagnostic: `550-5.1.1 The email account that you tried to reach does not exist. ${b.recipient}` }),
        text: (b) => `** Address not found **\n\nYour message wasn't delivered to ${b.recipient} because the address couldn't be found, or is unable to receive mail.`,
        returnedAs: 'text/rfc822-headers',
      }),
  },
  {
    key: 'bounce_mailbox_full_de',
    kind: 'bounce',
    weight: 1,
    build: (c) =>
      bounce(c, {
        mta: (b) => `mx.${b.domain}`,
        from: (b) => ({ name: 'Mailsystem', email: `MAILER-DAEMON@mx.${b.domain}` }),
        subject: (b) => `Unzustellbar: ${b.original.subject}`,
        failure: (b) => ({ status: '5.2.2', diagnostic: `552 5.2.2 <${b.recipient}>: Mailbox full - Postfach voll` }),
        text: (b) => `Ihre Nachricht an ${b.recipient} konnte nicht zugestellt werden: Das Postfach des Empfängers ist voll.\n\nDies ist eine automatisch erstellte Nachricht.`,
        returnedAs: 'text/rfc822-headers',
      }),
  },
  {
    key: 'bounce_domain_not_found',
    kind: 'bounce',
    weight: 1,
    build: (c) =>
      bounce(c, {
        typo: true,
        mta: () => `mailout.${c.ourDomain}`,
        from: () => ({ name: 'Mail Delivery System', email: `MAILER-DAEMON@mailout.${c.ourDomain}` }),
        subject: () => 'Undelivered Mail Returned to Sender',
        failure: (b) => ({ status: '5.4.4', diagnostic: `Host or domain name not found. Name service error for name=${b.domain} type=MX: Host not found` }),
        text: (b, f) => `This is the mail system at host mailout.${c.ourDomain}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<${b.recipient}>: ${f.diagnostic}`,
        returnedAs: 'text/rfc822-headers',
      }),
  },
];
