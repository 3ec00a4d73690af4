// The one zod schema per sales payload, shared by route handlers, forms and the CSV import.
import { z } from 'zod';

export const MAX_CENTS = 2_000_000_000; // the column is a 32-bit integer: €20 million per deal

// An empty field is a missing one, not a malformed address (the pipe stops there).
export const emailAddress = z.string().trim().toLowerCase().min(1, 'is required').pipe(z.email('is not a valid email address'));
const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => v || null);
const tag = z.string().trim().toLowerCase().min(1).max(40).regex(/^[^,]+$/, 'must not contain commas');
export const isoDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()], 'is not a date').transform((v) => new Date(v));

export const prospectFields = {
  company: text(200),
  contactName: text(200),
  email: emailAddress,
  phone: optionalText(50),
  source: optionalText(100),
  tags: z.array(tag).max(20),
  valueCents: z.number().int().min(0).max(MAX_CENTS),
  probability: z.number().int().min(0).max(100),
  nextFollowUpAt: isoDate.nullable(),
};

export const prospectCreateSchema = z.object({
  ...prospectFields,
  tags: prospectFields.tags.default([]),
  valueCents: prospectFields.valueCents.default(0),
  probability: prospectFields.probability.optional(),
  nextFollowUpAt: prospectFields.nextFollowUpAt.optional(),
  stage: z.string().min(1).optional(),
  ownerId: z.string().min(1).optional(),
});
export type ProspectCreate = z.output<typeof prospectCreateSchema>;

/** Open statuses a person may set; WON and LOST follow the stage. */
export const EDITABLE_STATUSES = ['ACTIVE', 'RESPONDED', 'BOUNCING', 'UNRESPONSIVE'] as const;

export const prospectUpdateSchema = z
  .object({
    ...prospectFields,
    status: z.enum(EDITABLE_STATUSES),
    ownerId: z.string().min(1),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'send at least one field to change');
export type ProspectUpdate = z.output<typeof prospectUpdateSchema>;

export const stageMoveSchema = z.object({
  stage: z.string().min(1),
  reason: z.string().trim().max(500).optional(),
  reopen: z.boolean().optional(),
});
export type StageMoveInput = z.output<typeof stageMoveSchema>;

export const interactionCreateSchema = z.object({
  kind: z.enum(['CALL', 'MEETING', 'NOTE']),
  summary: text(2000),
  // What happened, so not later than now (a few minutes' grace for the caller's clock); plans belong in the follow-up.
  occurredAt: isoDate.refine((d) => d.getTime() <= Date.now() + 5 * 60_000, 'is in the future; log what has happened').optional(),
});
export type InteractionCreate = z.output<typeof interactionCreateSchema>;

export const outreachSchema = z.object({
  // A header line: a line break would end it (nodemailer folds it, but the stored subject would still carry it).
  subject: text(200).refine((s) => !/[\r\n]/.test(s), 'must be one line, without line breaks'),
  text: text(20_000),
  from: z.enum(['me', 'team']).default('me'),
});
export type OutreachInput = z.output<typeof outreachSchema>;

export const bulkSchema = z.object({
  ids: z.array(z.string().min(1)).min(1).max(500),
  change: z.discriminatedUnion('action', [
    z.object({ action: z.literal('reassign'), ownerId: z.string().min(1) }),
    z.object({ action: z.literal('move'), stage: z.string().min(1), reason: z.string().trim().max(500).optional() }),
    z.object({ action: z.literal('tag'), add: z.array(tag).max(20).default([]), remove: z.array(tag).max(20).default([]) }),
  ]),
});
export type BulkInput = z.output<typeof bulkSchema>;

export const SORTS = ['updatedAt', 'createdAt', 'valueCents', 'company'] as const;
export type ProspectSort = (typeof SORTS)[number];
export const prospectSortSchema = z.enum(SORTS, { error: (i) => `no sort is called “${String(i.input)}”` }).default('updatedAt');

const flag = z.enum(['true', 'false', '1', '0'], 'must be true or false').transform((v) => v === 'true' || v === '1');
const cents = z.coerce
  .number('is not an amount')
  .int('is not a whole amount')
  .min(0, 'must not be negative')
  .max(MAX_CENTS, 'must be at most €20,000,000');
const STATUSES = ['ACTIVE', 'RESPONDED', 'BOUNCING', 'UNRESPONSIVE', 'WON', 'LOST'] as const;

const filterShape = {
  stage: z.string().min(1).optional(),
  owner: z.string().min(1).optional(),
  status: z.enum(STATUSES, { error: (i) => `no status is called “${String(i.input)}”` }).optional(),
  tag: tag.optional(),
  minValue: cents.optional(),
  maxValue: cents.optional(),
  followUpDue: flag.optional(),
  q: z.string().trim().min(1).max(100, 'must be at most 100 characters').optional(),
};

/** A range that ends before it starts matches nothing: a mistake to name, not an empty list to show. */
const minNotAboveMax = (f: { minValue?: number; maxValue?: number }) => f.minValue === undefined || f.maxValue === undefined || f.minValue <= f.maxValue;
const maxBelowMin = { path: ['maxValue'], message: 'is below the minimum value' };

/** A filter naming a stage that does not exist is a typo or an old bookmark, not a request for nothing. */
export const unknownStage = (key: string, stages: readonly { key: string }[]) =>
  stages.some((s) => s.key === key) ? null : `no stage is called “${key}”`;

/** Likewise an owner no user is ('me' is the caller). `users`: those found with the id asked for. */
export const unknownOwner = (id: string, users: readonly { id: string }[]) =>
  id === 'me' || users.some((u) => u.id === id) ? null : `no user has the id “${id}”`;

/** Filters shared by the list API, the board, the table, bulk actions and CSV export. */
export const prospectFilterSchema = z.object(filterShape).refine(minNotAboveMax, maxBelowMin);
export type ProspectFilter = z.output<typeof prospectFilterSchema>;

export const PROSPECT_FIELDS = [
  'company',
  'contactName',
  'email',
  'emailDomain',
  'emailInvalid',
  'phone',
  'source',
  'tags',
  'valueCents',
  'weightedCents',
  'probability',
  'stage',
  'owner',
  'status',
  'lostReason',
  'wonReason',
  'nextFollowUpAt',
  'lastContactAt',
  'stageChangedAt',
  'createdAt',
  'updatedAt',
] as const;
export type ProspectField = (typeof PROSPECT_FIELDS)[number];

export const prospectListSchema = z
  .object({
    ...filterShape,
    sort: prospectSortSchema,
    order: z.enum(['asc', 'desc']).default('desc'),
    cursor: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** `?fields=company,email,stage` — `id` always comes along. */
    fields: z
      .string()
      .transform((v) => v.split(',').map((f) => f.trim()).filter(Boolean))
      .pipe(z.array(z.enum(PROSPECT_FIELDS)).min(1))
      .optional(),
  })
  .refine(minNotAboveMax, maxBelowMin);
export type ProspectListQuery = z.output<typeof prospectListSchema>;

export const metricsQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    owner: z.string().min(1).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { path: ['to'], message: 'ends before the period starts' })
  .refine((q) => !q.from || q.from <= new Date(), { path: ['from'], message: 'starts in the future' });
export type MetricsQuery = z.output<typeof metricsQuerySchema>;

export const stagesEditSchema = z
  .array(z.object({ id: z.string().min(1), name: text(60), probability: z.number().int().min(0).max(100) }))
  .min(1);
