// Gathers what the agents decide on, for a batch of emails at once: each email with its task (only tasks no agent
// has reviewed yet), the PDFs its unit's agent needs read, and the catalog products the texts name. Units and
// customers come from the pipeline's directory (kept in memory), so a batch costs few queries.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { pipelineDirectory } from '@/lib/email/directory';
import type { PreparedEmail } from '@/lib/email/prepare';
import { referencedIds } from '@/lib/email/thread';
import { outreachAnswered, outreachOf } from '@/lib/sales/outreach-threads';
import { readsDocuments, type AgentDocument, type AgentEmail, type AgentFacts } from './decide';
import { skuCandidates, type CatalogProduct } from './order-lines';
import { readPdfTextAhead, readPdfTextOf } from './pdf-text';

type Named = { id: string; key: string; name: string };

/** The task and email an agent's decision is carried out on. */
export type AgentTask = {
  emailId: string;
  taskId: string;
  unit: Named;
  subject: string;
  fromAddress: string;
  fromName: string | null;
  customer: { id: string; name: string } | null;
};

export type AgentJob = AgentTask & { facts: AgentFacts };

const emailSelect = {
  id: true,
  type: true,
  subject: true,
  text: true,
  fromAddress: true,
  fromName: true,
  bouncedAddress: true,
  reasons: true,
  customerId: true,
  inReplyTo: true,
  references: true,
  task: { select: { id: true, status: true, assigneeId: true, businessUnitId: true, agentReviewedAt: true } },
} satisfies Prisma.EmailSelect;

function typeReasonsOf(reasons: Prisma.JsonValue): string[] {
  const type = reasons && typeof reasons === 'object' && !Array.isArray(reasons) ? reasons.type : null;
  return Array.isArray(type) ? type.filter((x): x is string => typeof x === 'string') : [];
}

/** unit id → unit, and customer id → customer, from the directory; what it does not know yet is read. */
async function namesOf(unitIds: string[], customerIds: string[]) {
  const dir = await pipelineDirectory();
  const units = new Map<string, Named>([...dir.units.values()].map((u) => [u.id, u]));
  const customers = new Map([...dir.customersByDomain.values()].map((c) => [c.id, { id: c.id, name: c.name }]));
  const newUnits = unitIds.filter((id) => !units.has(id));
  const newCustomers = customerIds.filter((id) => !customers.has(id));
  const [moreUnits, moreCustomers] = await Promise.all([
    newUnits.length ? db.businessUnit.findMany({ where: { id: { in: newUnits } }, select: { id: true, key: true, name: true } }) : [],
    newCustomers.length ? db.customer.findMany({ where: { id: { in: newCustomers } }, select: { id: true, name: true } }) : [],
  ]);
  for (const u of moreUnits) units.set(u.id, u);
  for (const c of moreCustomers) customers.set(c.id, c);
  return { units, customers };
}

/** The sender's domain as the agents compare it, for a stored email and for one still being stored alike. */
const senderDomainOf = (address: string | undefined) => address?.split('@')[1]?.toLowerCase() || null;

/** The attachments an agent reads: downloadable PDFs. */
const isReadablePdf = (a: { allowed: boolean; contentType: string; filename: string }) =>
  a.allowed && (a.contentType.includes('pdf') || a.filename.endsWith('.pdf') || a.filename.endsWith('.PDF'));

/**
 * Called once an email is routed, before it is stored: the PDFs its unit's agent will read are read meanwhile, on
 * the other cores, so the agent run after the commit does not wait for them. A file not read ahead (the thread's unit
 * took the email, say) is simply read when the agent asks for it.
 */
export function readDocumentsAhead(email: PreparedEmail): void {
  const { parsed, classification: c } = email;
  const agentEmail: AgentEmail = {
    type: c.type,
    subject: parsed.subject,
    text: parsed.text,
    customer: c.customer,
    senderDomain: senderDomainOf(parsed.from?.address),
    typeReasons: c.reasons.type,
    bouncedAddress: parsed.deliveryReport?.failedRecipient ?? null,
  };
  if (!readsDocuments(email.route.unit.key, agentEmail)) return;
  for (const a of parsed.attachments) if (isReadablePdf(a)) readPdfTextAhead(a.sha256, a.content);
}

/** The PDF attachments of these emails, read, by email id. */
async function readDocuments(emailIds: string[]): Promise<Map<string, AgentDocument[]>> {
  const read = new Map<string, AgentDocument[]>();
  if (!emailIds.length) return read;
  const files = await db.attachment.findMany({
    where: { emailId: { in: emailIds }, allowed: true, OR: [{ contentType: { contains: 'pdf' } }, { filename: { endsWith: '.pdf' } }, { filename: { endsWith: '.PDF' } }] },
    select: { emailId: true, filename: true, content: true, sha256: true },
    orderBy: { createdAt: 'asc' },
  });
  // All at once: the readers work on the machine's cores side by side.
  const readings = await Promise.all(files.map((f) => readPdfTextOf(f)));
  files.forEach((f, i) => read.set(f.emailId, [...(read.get(f.emailId) ?? []), { filename: f.filename, reading: readings[i] }]));
  return read;
}

async function catalogFor(texts: string[]): Promise<Map<string, CatalogProduct>> {
  const candidates = [...new Set(texts.flatMap((t) => skuCandidates(t)))];
  if (!candidates.length) return new Map();
  const products = await db.product.findMany({ where: { sku: { in: candidates } }, select: { id: true, sku: true, name: true, priceCents: true, active: true } });
  return new Map(products.map((p) => [p.sku.toUpperCase(), p]));
}

/** Jobs for the emails whose tasks are still unreviewed; the others are left out. */
export async function loadAgentJobs(emailIds: readonly string[]): Promise<AgentJob[]> {
  if (!emailIds.length) return [];
  const rows = (await db.email.findMany({ where: { id: { in: [...emailIds] } }, select: emailSelect })).filter((r) => r.task && !r.task.agentReviewedAt);
  const { units, customers } = await namesOf(
    rows.map((r) => r.task!.businessUnitId),
    rows.flatMap((r) => r.customerId ?? []),
  );
  const emails = rows.map((r) => {
    const unit = units.get(r.task!.businessUnitId)!;
    const customer = r.customerId ? (customers.get(r.customerId) ?? null) : null;
    const email: AgentEmail = {
      type: r.type,
      subject: r.subject,
      text: r.text,
      customer,
      senderDomain: senderDomainOf(r.fromAddress),
      typeReasons: typeReasonsOf(r.reasons),
      bouncedAddress: r.bouncedAddress,
    };
    return { row: r, unit, email, reads: readsDocuments(unit.key, email) };
  });
  const documents = await readDocuments(emails.filter((e) => e.reads).map((e) => e.row.id));
  const orderTexts = emails
    .filter((e) => e.reads && e.email.type === 'ORDER')
    .flatMap((e) => [e.email.text, ...(documents.get(e.row.id) ?? []).map((d) => (d.reading.ok ? d.reading.text : ''))]);
  const refsOf = (r: (typeof rows)[number]) => referencedIds(r.inReplyTo, Array.isArray(r.references) ? r.references.filter((x): x is string => typeof x === 'string') : []);
  const [catalog, outreach] = await Promise.all([catalogFor(orderTexts), outreachAnswered(rows.flatMap(refsOf))]);
  const salesThreadOf = (r: (typeof rows)[number]) => {
    const thread = outreachOf(refsOf(r), outreach);
    return thread?.owner.active ? { contactName: thread.contactName, rep: { id: thread.owner.id, name: thread.owner.name } } : null;
  };
  return emails.map(({ row: r, unit, email }) => ({
    emailId: r.id,
    taskId: r.task!.id,
    unit,
    subject: r.subject,
    fromAddress: r.fromAddress,
    fromName: r.fromName,
    customer: email.customer,
    facts: { unitKey: unit.key, email, task: { status: r.task!.status, assigneeId: r.task!.assigneeId }, documents: documents.get(r.id) ?? [], catalog, outreach: salesThreadOf(r) },
  }));
}
