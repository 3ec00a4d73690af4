// What a business unit's agent does with one email in its queue — a pure function over the facts gathered for it.
// An agent finishes only what it can finish completely (machine mail, an order from a known customer whose lines it
// can read, an invoice it can file) and hands everything else to people with the reason why.
import type { EmailType, TaskStatus } from '@/lib/generated/sqlite/enums';
import { formatEuro } from '@/lib/shop/money';
import { lineCents } from '@/lib/shop/pricing';
import { formatMoney, readInvoice, type Money } from './invoice-facts';
import { readOrderLines, sameLines, type Catalog, type OrderLinesReading } from './order-lines';
import type { PdfReading } from './pdf-text';

export type AgentEmail = {
  type: EmailType;
  subject: string;
  text: string;
  customer: { id: string; name: string } | null;
  /** The sender's domain, for the reason when it is no customer's. */
  senderDomain: string | null;
  /** Why the pipeline classified it so (shown again when closing machine mail). */
  typeReasons: string[];
  bouncedAddress: string | null;
};

export type AgentDocument = { filename: string; reading: PdfReading };

export type AgentFacts = {
  unitKey: string;
  email: AgentEmail;
  task: { status: TaskStatus; assigneeId: string | null };
  /** The email's PDF attachments, read (only when the unit's skills need them, see readsDocuments). */
  documents: AgentDocument[];
  catalog: Catalog;
  /** Set when the email answers a rep's outreach (In-Reply-To/References) and that rep is still active. */
  outreach: { contactName: string; rep: Person } | null;
};

export type Person = { id: string; name: string };

export type DraftLine = { productId: string; sku: string; name: string; unitPriceCents: number; quantity: number; lineCents: number };
export type AgentWork =
  | { kind: 'close' }
  | { kind: 'draft_order'; lines: DraftLine[]; source: string }
  | { kind: 'file_invoice'; number: string; total: Money; document: string };

export type AgentDecision =
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'auto_handled'; reason: string; work: AgentWork }
  /** `to`: the person it goes to, when not a member of the unit (chosen by workload). */
  | { outcome: 'handed_off'; reason: string; to?: Person };

/** A kind of email an agent can finish; `reads` says whether its PDFs matter (reading them is the costly part). */
type Skill = { type: EmailType; reads: (email: AgentEmail) => boolean; decide: (facts: AgentFacts) => AgentDecision };

const MACHINE_MAIL: ReadonlySet<EmailType> = new Set(['AUTO_REPLY', 'BOUNCE', 'SPAM']);
const REMINDER = /\b(reminder|overdue|past due|still open|dunning|zahlungserinnerung|mahnung|erinnerung|überfällig|noch offen)\b/i;

const handOff = (reason: string): AgentDecision => ({ outcome: 'handed_off', reason });
const isReminder = (email: AgentEmail) => REMINDER.test(`${email.subject}\n${email.text.slice(0, 2000)}`);
const list = (names: string[]) => names.join(', ');

function unreadable(documents: AgentDocument[]): AgentDecision | null {
  const bad = documents.find((d) => !d.reading.ok);
  return bad && !bad.reading.ok ? handOff(`${bad.filename} could not be read: ${bad.reading.problem}`) : null;
}

function draftOrder(facts: AgentFacts): AgentDecision {
  const { email, documents, catalog } = facts;
  if (!email.customer) return handOff(`the sender's domain${email.senderDomain ? ` ${email.senderDomain}` : ''} is no known customer's: a person must check the buyer first`);
  const broken = unreadable(documents);
  if (broken) return broken;
  const fromDocuments = documents
    .map((d) => ({ source: d.filename, reading: readOrderLines(d.reading.ok ? d.reading.text : '', catalog) }))
    .filter((r) => r.reading.lines.length || r.reading.problems.length);
  if (fromDocuments.length > 1) return handOff(`several documents list items (${list(fromDocuments.map((d) => d.source))}): a person must decide what was ordered`);
  const body: { source: string; reading: OrderLinesReading } = { source: 'the mail text', reading: readOrderLines(email.text, catalog) };
  const chosen = fromDocuments[0] ?? (body.reading.lines.length || body.reading.problems.length ? body : null);
  if (!chosen) {
    const where = documents.length ? `${list(documents.map((d) => d.filename))} or the mail text` : 'the mail text';
    return handOff(`no catalog SKU with a quantity found in ${where}`);
  }
  if (chosen.reading.problems.length) return handOff(`${chosen.source}: ${chosen.reading.problems.join('; ')}`);
  if (chosen !== body && body.reading.lines.length && !sameLines(chosen.reading.lines, body.reading.lines)) {
    return handOff(`${chosen.source} and the mail text list different items or quantities`);
  }
  const retired = chosen.reading.lines.filter((l) => !catalog.get(l.sku)!.active).map((l) => l.sku);
  if (retired.length) return handOff(`${list(retired)} ${retired.length > 1 ? 'are' : 'is'} no longer for sale`);
  const lines = chosen.reading.lines.map((l) => {
    const p = catalog.get(l.sku)!;
    const priced = { unitPriceCents: p.priceCents, quantity: l.quantity };
    return { productId: p.id, sku: p.sku, name: p.name, ...priced, lineCents: lineCents(priced) };
  });
  // Shipping and VAT depend on where the goods go: the draft works them out from the customer's addresses.
  const netCents = lines.reduce((sum, l) => sum + l.lineCents, 0);
  const count = `${lines.length} line${lines.length > 1 ? 's' : ''}`;
  return {
    outcome: 'auto_handled',
    reason: `drafted an order for ${email.customer.name} from ${chosen.source}: ${count}, ${formatEuro(netCents)} net, waiting for staff to confirm`,
    work: { kind: 'draft_order', lines, source: chosen.source },
  };
}

function fileInvoice(facts: AgentFacts): AgentDecision {
  const { email, documents } = facts;
  if (isReminder(email)) return handOff('a payment reminder: a person must check whether the invoice was paid');
  if (!documents.length) return handOff('no invoice PDF attached');
  const broken = unreadable(documents);
  if (broken) return broken;
  const invoices = documents.map((d) => ({ document: d.filename, ...readInvoice(d.reading.ok ? d.reading.text : '') })).filter((i) => i.number || i.total);
  if (invoices.length > 1) return handOff(`several invoices in one email (${list(invoices.map((i) => i.document))})`);
  const [invoice] = invoices;
  if (!invoice) return handOff(`no invoice number or amount found in ${list(documents.map((d) => d.filename))}`);
  if (!invoice.number) return handOff(`no invoice number found in ${invoice.document}`);
  if (!invoice.total) return handOff(`no amount due found in invoice ${invoice.number}`);
  return {
    outcome: 'auto_handled',
    reason: `filed invoice ${invoice.number} for ${formatMoney(invoice.total)} from ${invoice.document}`,
    work: { kind: 'file_invoice', number: invoice.number, total: invoice.total, document: invoice.document },
  };
}

const DRAFT_ORDERS: Skill = { type: 'ORDER', reads: (email) => !!email.customer, decide: draftOrder };
const FILE_INVOICES: Skill = { type: 'INVOICE', reads: (email) => !isReminder(email), decide: fileInvoice };

/** What each unit's agent can finish on its own, beyond machine mail. */
const UNIT_SKILLS: Readonly<Record<string, readonly Skill[]>> = {
  orders: [DRAFT_ORDERS],
  oem1: [DRAFT_ORDERS],
  finance: [FILE_INVOICES],
};

const PEOPLE_WORK: Record<EmailType, string> = {
  ORDER: 'an order outside the Orders and OEM queues: a person must take it on',
  INVOICE: 'an invoice outside the Finance queue: a person must pass it on',
  COMPLAINT: 'a complaint: a person must look into it and decide on a remedy',
  EXPEDITE: 'an expedite request: a person must check capacity and promise a date',
  INQUIRY: 'an inquiry: a person must answer it',
  SUPPLIER: 'a supplier message: a person must decide on it',
  AUTO_REPLY: '',
  BOUNCE: '',
  SPAM: '',
};

const skillFor = (unitKey: string, type: EmailType) => (UNIT_SKILLS[unitKey] ?? []).find((s) => s.type === type);

/** Whether the agent of this unit needs this email's PDFs read to decide. */
export const readsDocuments = (unitKey: string, email: AgentEmail) => !!skillFor(unitKey, email.type)?.reads(email);

function closeMachineMail(email: AgentEmail): AgentDecision {
  const why =
    email.type === 'BOUNCE'
      ? `a delivery failure report${email.bouncedAddress ? ` for ${email.bouncedAddress}` : ''}, recorded`
      : email.type === 'AUTO_REPLY'
        ? 'an automatic reply (out of office or similar)'
        : `bulk mail or spam (${email.typeReasons[0] ?? 'classified as spam'})`;
  return { outcome: 'auto_handled', reason: `${why}: nothing to answer`, work: { kind: 'close' } };
}

export function decide(facts: AgentFacts): AgentDecision {
  if (facts.task.status !== 'OPEN' || facts.task.assigneeId) return { outcome: 'skipped', reason: 'a person already took the task' };
  if (MACHINE_MAIL.has(facts.email.type)) return closeMachineMail(facts.email);
  const { outreach } = facts;
  if (outreach) {
    return { outcome: 'handed_off', reason: `${outreach.contactName} answers ${outreach.rep.name}'s outreach: the rep answers in person, so it leaves this queue`, to: outreach.rep };
  }
  const skill = skillFor(facts.unitKey, facts.email.type);
  return skill ? skill.decide(facts) : handOff(PEOPLE_WORK[facts.email.type]);
}
