// The royal courtesy replies: a ReplyTemplate row rendered to text and simple HTML, signed by the company.
// They carry no rating link: an acknowledgement has done nothing for the customer yet (a person's reply asks, see
// lib/dashboard/task-actions.ts).
import { renderTemplate } from '@/lib/shop/render-template';
import { escapeHtml, htmlParagraphs } from '@/lib/html';

export type ReplyTemplateData = { key: string; subject: string; bodyText: string };

export type ReplyVars = {
  customer_name: string;
  reference: string;
  sla_promise: string;
  unit_name: string;
  unit_email: string;
  company: string;
  subject: string;
};

export type RenderedReply = { subject: string; text: string; html: string };

/** Renders subject, text and HTML. Subjects lose line breaks so a variable can never add a header. */
export function renderReply(template: ReplyTemplateData, vars: ReplyVars, opts: { signature: string }): RenderedReply {
  const values: Record<string, string> = vars;
  const subject = renderTemplate(template.subject, values).replace(/[\r\n]+/g, ' ').trim().slice(0, 250);
  const body = renderTemplate(template.bodyText, values).trimEnd();
  const signature = opts.signature.trimEnd();
  const text = `${body}\n\n${signature}\n`;
  const html = [
    '<!doctype html><html><body style="font-family: Georgia, serif; color: #1e1b4b;">',
    htmlParagraphs(body),
    `<p style="color: #6b21a8;">${escapeHtml(signature).replace(/\n/g, '<br>')}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** "HB-3F2A9C1D": the case reference quoted in replies, derived from the email id. */
export const caseReference = (emailId: string) => `HB-${emailId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

/** The customer's name as a greeting: display name, else the customer record, else a courteous default. */
export function customerName(displayName: string | null, customerName: string | null): string {
  const name = displayName?.replace(/["<>]/g, '').trim();
  if (name && !name.includes('@')) return name;
  return customerName ?? 'Valued Customer';
}
