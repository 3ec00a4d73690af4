// Every template the simulator draws from, and how often each kind of mail arrives (weights, not percentages).
import type { Kind, Template } from '../types';
import { AUTO_REPLY_TEMPLATES } from './auto-replies';
import { BOUNCE_TEMPLATES } from './bounces';
import { COMPLAINT_TEMPLATES } from './complaints';
import { EXPEDITE_TEMPLATES } from './expedites';
import { INQUIRY_TEMPLATES } from './inquiries';
import { INVOICE_TEMPLATES } from './invoices';
import { NEWSLETTER_TEMPLATES } from './newsletters';
import { OEM_TEMPLATES } from './oem';
import { ORDER_TEMPLATES } from './orders';
import { REPLY_TEMPLATES } from './replies';
import { SPAM_TEMPLATES } from './spam';
import { SUPPLIER_TEMPLATES } from './supplier';

export const TEMPLATES: Template[] = [
  ...ORDER_TEMPLATES,
  ...INVOICE_TEMPLATES,
  ...COMPLAINT_TEMPLATES,
  ...SUPPLIER_TEMPLATES,
  ...OEM_TEMPLATES,
  ...EXPEDITE_TEMPLATES,
  ...INQUIRY_TEMPLATES,
  ...REPLY_TEMPLATES,
  ...AUTO_REPLY_TEMPLATES,
  ...BOUNCE_TEMPLATES,
  ...NEWSLETTER_TEMPLATES,
  ...SPAM_TEMPLATES,
];

export const KIND_WEIGHTS: Record<Kind, number> = {
  order: 16,
  invoice: 9,
  complaint: 9,
  supplier: 8,
  oem: 7,
  expedite: 6,
  inquiry: 13,
  reply: 9,
  auto_reply: 6,
  bounce: 5,
  newsletter: 7,
  spam: 5,
};
