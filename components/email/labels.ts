// How email facts read and look across the inbox, the detail page and the live feed.
import type { BadgeTone } from '@/components/ui/badge';
import type { EmailType, Priority, TaskStatus } from '@/lib/generated/sqlite/enums';
import type { SlaState } from '@/lib/email/sla';

export const TYPE_LABEL: Record<EmailType, string> = {
  ORDER: 'Order',
  INVOICE: 'Invoice',
  COMPLAINT: 'Complaint',
  SUPPLIER: 'Supplier',
  INQUIRY: 'Inquiry',
  EXPEDITE: 'Expedite',
  AUTO_REPLY: 'Auto-reply',
  BOUNCE: 'Bounce',
  SPAM: 'Spam',
};

export const PRIORITY_LABEL: Record<Priority, string> = { URGENT: 'Urgent', HIGH: 'High', NORMAL: 'Normal', LOW: 'Low' };
export const PRIORITY_TONE: Record<Priority, BadgeTone> = { URGENT: 'critical', HIGH: 'warning', NORMAL: 'neutral', LOW: 'neutral' };

export const STATUS_LABEL: Record<TaskStatus, string> = { OPEN: 'Open', IN_PROGRESS: 'In progress', WAITING: 'Waiting on customer', CLOSED: 'Closed' };

export const SLA_LABEL: Record<SlaState, string> = { ok: 'On track', at_risk: 'At risk', breached: 'Breached' };
export const SLA_TONE: Record<SlaState, BadgeTone> = { ok: 'good', at_risk: 'warning', breached: 'critical' };
