// Admin side of reply templates: list and edit subject and body. A {{variable}} no reply fills is refused, so a
// typo never reaches a customer. Every change is audited and reaches the pipeline at once.
import { z } from 'zod';
import { db } from '@/lib/db';
import { recordActivity, type Actor } from '@/lib/audit';
import { notFound, validationError } from '@/lib/http/problem';
import { invalidatePipelineDirectory } from './directory';
import { REPLY_VARIABLES, unknownVariables } from './template-variables';

export const templateChangeSchema = z
  .object({
    subject: z.string().trim().min(1, 'The subject may not be empty').max(250),
    bodyText: z.string().trim().min(1, 'The body may not be empty').max(20_000),
  })
  .partial()
  .refine((c) => Object.keys(c).length > 0, 'Send subject or bodyText');
export type TemplateChange = z.infer<typeof templateChangeSchema>;

const templateSelect = { id: true, key: true, name: true, language: true, subject: true, bodyText: true, updatedAt: true } as const;

export async function listReplyTemplates() {
  const rows = await db.replyTemplate.findMany({ select: templateSelect, orderBy: { key: 'asc' } });
  return rows.map((t) => ({ ...t, updatedAt: t.updatedAt.toISOString() }));
}
export type ReplyTemplateView = Awaited<ReturnType<typeof listReplyTemplates>>[number];

function assertKnownVariables(change: TemplateChange) {
  const errors = (['subject', 'bodyText'] as const).flatMap((field) => {
    const unknown = unknownVariables(change[field] ?? '');
    return unknown.length
      ? [{ field: `body.${field}`, message: `unknown variable${unknown.length > 1 ? 's' : ''} ${unknown.map((v) => `{{${v}}}`).join(', ')}; use ${REPLY_VARIABLES.map((v) => `{{${v}}}`).join(' ')}` }]
      : [];
  });
  if (errors.length) throw validationError(422, errors);
}

export async function updateReplyTemplate(id: string, change: TemplateChange, actor: Actor): Promise<ReplyTemplateView> {
  assertKnownVariables(change);
  const updated = await db.$transaction(async (tx) => {
    const before = await tx.replyTemplate.findUnique({ where: { id }, select: templateSelect });
    if (!before) throw notFound('Reply template');
    const after = await tx.replyTemplate.update({ where: { id }, data: change, select: templateSelect });
    await recordActivity(tx, actor, {
      action: 'reply_template.updated',
      entityType: 'ReplyTemplate',
      entityId: id,
      before: { subject: before.subject, bodyText: before.bodyText },
      after: { subject: after.subject, bodyText: after.bodyText },
    });
    return after;
  });
  invalidatePipelineDirectory();
  return { ...updated, updatedAt: updated.updatedAt.toISOString() };
}
