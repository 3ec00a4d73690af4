// Admin side of routing rules: list in match order, create, change, move, delete. Every write is one audited
// transaction, and the pipeline sees it at once (the directory cache is dropped after commit).
import { z } from 'zod';
import { db } from '@/lib/db';
import { recordActivity, type Actor } from '@/lib/audit';
import { ruleCondition } from '@/lib/config/company';
import { EmailType } from '@/lib/generated/sqlite/enums';
import { conflict, notFound, validationError } from '@/lib/http/problem';
import { isUniqueViolation } from '@/lib/db/errors';
import { invalidatePipelineDirectory } from './directory';
import { compileRule } from './route';

export const EMAIL_TYPES = Object.values(EmailType).map((t) => t.toLowerCase());

/** The conditions compileRule accepts, plus what would compile but never match (unknown types, a non-domain). */
export const ruleConditionsSchema = ruleCondition.superRefine((c, ctx) => {
  c.types?.forEach((t, i) => {
    if (!EMAIL_TYPES.includes(t.toLowerCase())) ctx.addIssue({ code: 'custom', path: ['types', i], message: `unknown email type "${t}"; use ${EMAIL_TYPES.join(', ')}` });
  });
  if (c.from_domain !== undefined && !/^@?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(c.from_domain))
    ctx.addIssue({ code: 'custom', path: ['from_domain'], message: 'must be a domain such as example.com' });
});

// Strict: a misnamed field (`when`, as company.yaml calls the conditions) must not leave a rule that matches everything.
const ruleFields = z.strictObject({
  key: z.string().trim().min(2).max(60).regex(/^[a-z0-9_]+$/, 'use lower-case letters, digits and _'),
  name: z.string().trim().min(2, 'Give the rule a name').max(120),
  unit: z.string().trim().min(1, 'Choose a business unit'),
  template: z.string().trim().min(1).nullable(),
  conditions: ruleConditionsSchema,
  enabled: z.boolean(),
  /** 0-based place in match order. */
  position: z.number().int().min(0),
});

/** `conditions` is required: `{}` (every email, like the fallback rule) has to be asked for, never a default. */
export const newRuleSchema = ruleFields.partial({ template: true, enabled: true, position: true });
export const ruleChangeSchema = ruleFields.partial().refine((c) => Object.keys(c).length > 0, 'Send at least one field to change');
export type NewRule = z.infer<typeof newRuleSchema>;
export type RuleChange = z.infer<typeof ruleChangeSchema>;

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const ruleInclude = { businessUnit: { select: { key: true, name: true } } } as const;
const ORDER = [{ position: 'asc' as const }, { key: 'asc' as const }];

type RuleRow = NonNullable<Awaited<ReturnType<typeof db.routingRule.findFirst<{ include: typeof ruleInclude }>>>>;

function ruleView(row: RuleRow) {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    position: row.position,
    enabled: row.enabled,
    unit: row.businessUnit.key,
    unitName: row.businessUnit.name,
    template: row.template,
    conditions: (row.conditions ?? {}) as z.infer<typeof ruleCondition>,
    /** Why stored conditions cannot be used (e.g. edited in the database by hand); such a rule never matches. */
    invalid: compileRule(row).invalid,
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type RoutingRuleView = ReturnType<typeof ruleView>;

export async function listRoutingRules(): Promise<RoutingRuleView[]> {
  return (await db.routingRule.findMany({ include: ruleInclude, orderBy: ORDER })).map(ruleView);
}

/** Unit and template keys → what the row stores; unknown ones are a 422 naming the field. */
async function resolveRefs(tx: Tx, input: { unit?: string; template?: string | null }) {
  const errors: { field: string; message: string }[] = [];
  let businessUnitId: string | undefined;
  if (input.unit !== undefined) {
    businessUnitId = (await tx.businessUnit.findUnique({ where: { key: input.unit }, select: { id: true } }))?.id;
    if (!businessUnitId) errors.push({ field: 'body.unit', message: `unknown business unit "${input.unit}"` });
  }
  if (input.template) {
    const template = await tx.replyTemplate.findUnique({ where: { key: input.template }, select: { id: true } });
    if (!template) errors.push({ field: 'body.template', message: `unknown reply template "${input.template}"` });
  }
  if (errors.length) throw validationError(422, errors);
  return { businessUnitId };
}

const keyTaken = (key: string | undefined) => conflict(`A routing rule with the key "${key}" already exists.`, { errors: [{ field: 'body.key', message: 'is already taken' }] });

async function assertFreeKey(tx: Tx, key: string, exceptId?: string) {
  const taken = await tx.routingRule.findUnique({ where: { key }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw keyTaken(key);
}

/** Puts the rule at `index` in match order and renumbers the others 0…n-1, writing only rows that move. */
async function placeRule(tx: Tx, id: string, index: number | undefined) {
  const rows = await tx.routingRule.findMany({ orderBy: ORDER, select: { id: true, position: true } });
  const order = rows.map((r) => r.id).filter((r) => r !== id);
  order.splice(Math.min(index ?? order.length, order.length), 0, id);
  const current = new Map(rows.map((r) => [r.id, r.position]));
  for (const [position, ruleId] of order.entries()) {
    if (current.get(ruleId) !== position) await tx.routingRule.update({ where: { id: ruleId }, data: { position } });
  }
}

/** Runs one write, turning a lost race on the unique key into 409 and dropping the pipeline's cached rules after commit. */
async function write<T>(key: string | undefined, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    const result = await db.$transaction(fn);
    invalidatePipelineDirectory();
    return result;
  } catch (e) {
    if (isUniqueViolation(e)) throw keyTaken(key);
    throw e;
  }
}

async function findRule(tx: Tx, id: string) {
  const row = await tx.routingRule.findUnique({ where: { id }, include: ruleInclude });
  if (!row) throw notFound('Routing rule');
  return row;
}

export function createRoutingRule(input: NewRule, actor: Actor): Promise<RoutingRuleView> {
  return write(input.key, async (tx) => {
    await assertFreeKey(tx, input.key);
    const { businessUnitId } = await resolveRefs(tx, input);
    const created = await tx.routingRule.create({
      data: {
        key: input.key,
        name: input.name,
        businessUnitId: businessUnitId!,
        template: input.template ?? null,
        conditions: input.conditions,
        enabled: input.enabled ?? true,
        position: await tx.routingRule.count(),
      },
    });
    await placeRule(tx, created.id, input.position);
    const view = ruleView(await findRule(tx, created.id));
    await recordActivity(tx, actor, { action: 'routing_rule.created', entityType: 'RoutingRule', entityId: created.id, after: view });
    return view;
  });
}

export function updateRoutingRule(id: string, change: RuleChange, actor: Actor): Promise<RoutingRuleView> {
  return write(change.key, async (tx) => {
    const before = ruleView(await findRule(tx, id));
    if (change.key !== undefined) await assertFreeKey(tx, change.key, id);
    const { businessUnitId } = await resolveRefs(tx, change);
    await tx.routingRule.update({
      where: { id },
      data: { key: change.key, name: change.name, businessUnitId, template: change.template, conditions: change.conditions, enabled: change.enabled },
    });
    if (change.position !== undefined) await placeRule(tx, id, change.position);
    const after = ruleView(await findRule(tx, id));
    await recordActivity(tx, actor, { action: 'routing_rule.updated', entityType: 'RoutingRule', entityId: id, before, after });
    return after;
  });
}

export function deleteRoutingRule(id: string, actor: Actor): Promise<{ id: string }> {
  return write(undefined, async (tx) => {
    const before = ruleView(await findRule(tx, id));
    // Emails it routed keep their unit and task; their rule link is cleared by the schema (onDelete: SetNull).
    await tx.routingRule.delete({ where: { id } });
    const rest = await tx.routingRule.findMany({ orderBy: ORDER, select: { id: true } });
    if (rest.length) await placeRule(tx, rest[0].id, 0);
    await recordActivity(tx, actor, { action: 'routing_rule.deleted', entityType: 'RoutingRule', entityId: id, before });
    return { id };
  });
}

/** Units a rule can send email to, for the editor's select and the template preview. */
export function listRoutingUnits() {
  return db.businessUnit.findMany({ orderBy: { name: 'asc' }, select: { key: true, name: true, email: true, slaNormalMinutes: true } });
}
