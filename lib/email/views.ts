// Stored email → the shapes the API, the realtime event and the staff pages show. One place, so they agree.
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { EmailType, OutboxStatus, Priority, TaskStatus } from '@/lib/generated/sqlite/enums';
import { slaState, type SlaState } from './sla';

export const emailSummarySelect = {
  id: true,
  messageId: true,
  threadId: true,
  fromAddress: true,
  fromName: true,
  toAddresses: true,
  subject: true,
  receivedAt: true,
  sentAt: true,
  type: true,
  priority: true,
  language: true,
  isOem: true,
  ruleId: true,
  slaDueAt: true,
  autoHandled: true,
  autoHandledBy: true,
  bounceFor: true,
  bouncedAddress: true,
  customer: { select: { id: true, name: true } },
  businessUnit: { select: { key: true, name: true, email: true } },
  task: { select: { id: true, status: true, slaDueAt: true, firstResponseAt: true, closedAt: true, escalationLevel: true, assignee: { select: { id: true, name: true } } } },
  outbox: { where: { kind: 'auto_reply' }, select: { template: true, status: true }, take: 1 },
  _count: { select: { attachments: true } },
} satisfies Prisma.EmailSelect;

export type EmailSummaryRow = Prisma.EmailGetPayload<{ select: typeof emailSummarySelect }>;

export const emailDetailSelect = {
  ...emailSummarySelect,
  ccAddresses: true,
  text: true,
  html: true,
  headers: true,
  inReplyTo: true,
  references: true,
  reasons: true,
  size: true,
  attachments: { select: { id: true, filename: true, contentType: true, size: true, allowed: true, sha256: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  thread: { select: { id: true, subject: true, messageCount: true, lastMessageAt: true } },
  task: { select: { ...emailSummarySelect.task.select, handoffReason: true, createdAt: true } },
} satisfies Prisma.EmailSelect;

export type EmailDetailRow = Prisma.EmailGetPayload<{ select: typeof emailDetailSelect }>;

export type AutoReplyView = { template: string | null; status: OutboxStatus } | null;

export type EmailSummary = {
  id: string;
  messageId: string;
  threadId: string;
  from: { address: string; name: string | null };
  to: string[];
  subject: string;
  receivedAt: string;
  sentAt: string | null;
  type: EmailType;
  priority: Priority;
  language: string;
  isOem: boolean;
  customer: { id: string; name: string } | null;
  unit: { key: string; name: string; email: string } | null;
  ruleId: string | null;
  slaDueAt: string | null;
  sla: SlaState | null;
  task: { id: string; status: TaskStatus; assignee: { id: string; name: string } | null; escalationLevel: number } | null;
  autoReply: AutoReplyView;
  autoHandled: boolean;
  autoHandledBy: string | null;
  attachmentCount: number;
  bounce: { for: string | null; address: string | null } | null;
};

export type AttachmentView = { id: string; filename: string; contentType: string; size: number; sha256: string; allowed: boolean; url: string | null };

export type EmailReasons = { type: string[]; priority: string[]; oem: string[]; language: string[]; route: string[]; autoReply: string[] };

export type EmailDetail = EmailSummary & {
  cc: string[];
  text: string;
  html: string | null;
  headers: Record<string, string>;
  inReplyTo: string | null;
  references: string[];
  reasons: EmailReasons;
  size: number;
  attachments: AttachmentView[];
  thread: { id: string; subject: string; messageCount: number; lastMessageAt: string };
  task: (NonNullable<EmailSummary['task']> & { slaDueAt: string; firstResponseAt: string | null; closedAt: string | null; handoffReason: string | null; createdAt: string }) | null;
};

/** What POST /api/emails/inbound answers (and ingest() returns). */
export type IngestResult = {
  id: string;
  messageId: string;
  threadId: string;
  type: EmailType;
  priority: Priority;
  isOem: boolean;
  routedTo: string | null;
  ruleId: string | null;
  slaDueAt: string | null;
  autoReply: AutoReplyView;
  duplicate: boolean;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const strings = (v: Prisma.JsonValue): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export const attachmentUrl = (emailId: string, attachmentId: string) => `/api/emails/${emailId}/attachments/${attachmentId}`;

export function emailSummary(row: EmailSummaryRow, now: Date = new Date()): EmailSummary {
  const reply = row.outbox[0];
  return {
    id: row.id,
    messageId: row.messageId,
    threadId: row.threadId,
    from: { address: row.fromAddress, name: row.fromName },
    to: strings(row.toAddresses),
    subject: row.subject,
    receivedAt: row.receivedAt.toISOString(),
    sentAt: iso(row.sentAt),
    type: row.type,
    priority: row.priority,
    language: row.language,
    isOem: row.isOem,
    customer: row.customer,
    unit: row.businessUnit,
    ruleId: row.ruleId,
    slaDueAt: iso(row.slaDueAt),
    sla: row.task ? slaState(row.task, now) : null,
    task: row.task ? { id: row.task.id, status: row.task.status, assignee: row.task.assignee, escalationLevel: row.task.escalationLevel } : null,
    autoReply: reply ? { template: reply.template, status: reply.status } : null,
    autoHandled: row.autoHandled,
    autoHandledBy: row.autoHandledBy,
    attachmentCount: row._count.attachments,
    bounce: row.type === 'BOUNCE' ? { for: row.bounceFor, address: row.bouncedAddress } : null,
  };
}

function reasonsOf(value: Prisma.JsonValue): EmailReasons {
  const r = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, Prisma.JsonValue>;
  return { type: strings(r.type), priority: strings(r.priority), oem: strings(r.oem), language: strings(r.language), route: strings(r.route), autoReply: strings(r.autoReply) };
}

export function emailDetail(row: EmailDetailRow, now: Date = new Date()): EmailDetail {
  const headers = (row.headers && typeof row.headers === 'object' && !Array.isArray(row.headers) ? row.headers : {}) as Record<string, string>;
  return {
    ...emailSummary(row, now),
    cc: strings(row.ccAddresses),
    text: row.text,
    html: row.html,
    headers,
    inReplyTo: row.inReplyTo,
    references: strings(row.references),
    reasons: reasonsOf(row.reasons),
    size: row.size,
    attachments: row.attachments.map((a) => ({ ...a, url: a.allowed ? attachmentUrl(row.id, a.id) : null })),
    thread: { ...row.thread, lastMessageAt: row.thread.lastMessageAt.toISOString() },
    task: row.task
      ? {
          id: row.task.id,
          status: row.task.status,
          assignee: row.task.assignee,
          escalationLevel: row.task.escalationLevel,
          slaDueAt: row.task.slaDueAt.toISOString(),
          firstResponseAt: iso(row.task.firstResponseAt),
          closedAt: iso(row.task.closedAt),
          handoffReason: row.task.handoffReason,
          createdAt: row.task.createdAt.toISOString(),
        }
      : null,
  };
}

export function ingestResult(row: EmailSummaryRow, duplicate: boolean): IngestResult {
  const reply = row.outbox[0];
  return {
    id: row.id,
    messageId: row.messageId,
    threadId: row.threadId,
    type: row.type,
    priority: row.priority,
    isOem: row.isOem,
    routedTo: row.businessUnit?.key ?? null,
    ruleId: row.ruleId,
    slaDueAt: iso(row.slaDueAt),
    autoReply: reply ? { template: reply.template, status: reply.status } : null,
    duplicate,
  };
}
