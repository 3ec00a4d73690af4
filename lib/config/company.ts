// config/company.yaml, loaded once and validated with zod. Errors name the key and the line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { z } from 'zod';

const unitKey = z.string().regex(/^[a-z0-9_]+$/, 'use lower-case letters, digits and _');
const minutes = z.number().int().positive();

export const ruleCondition = z
  .object({
    attachment: z.string().refine(isRegex, 'not a valid regular expression').optional(),
    keywords: z.array(z.string().min(1)).min(1).optional(),
    types: z.array(z.string()).min(1).optional(),
    oem: z.boolean().optional(),
    from_domain: z.string().optional(),
  })
  .strict();

const DEFAULT_STAGES = [
  { key: 'lead', name: 'Lead', probability: 10 },
  { key: 'contacted', name: 'Contacted', probability: 20 },
  { key: 'qualified', name: 'Qualified', probability: 40 },
  { key: 'proposal', name: 'Proposal', probability: 60 },
  { key: 'negotiation', name: 'Negotiation', probability: 80 },
  { key: 'won', name: 'Won', probability: 100, outcome: 'won' as const },
  { key: 'lost', name: 'Lost', probability: 0, outcome: 'lost' as const },
];

const salesMonitor = z.object({
  qualify_on_reply: z.boolean().default(true),
  qualified_stage: unitKey.default('qualified'),
  follow_up_after_days: z.number().int().positive().default(14),
});

// Optional: a file without `sales:` gets the default pipeline.
const salesSection = z
  .object({
    stages: z
      .array(
        z.object({
          key: unitKey,
          name: z.string().min(1),
          probability: z.number().int().min(0).max(100),
          outcome: z.enum(['won', 'lost']).optional(),
        }),
      )
      .min(3)
      .default(DEFAULT_STAGES),
    monitor: salesMonitor.default(salesMonitor.parse({})),
  })
  .superRefine((s, ctx) => {
    const keys = s.stages.map((st) => st.key);
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i) ctx.addIssue({ code: 'custom', path: ['stages', i, 'key'], message: `duplicate stage "${k}"` });
    });
    for (const outcome of ['won', 'lost'] as const)
      if (s.stages.filter((st) => st.outcome === outcome).length !== 1)
        ctx.addIssue({ code: 'custom', path: ['stages'], message: `exactly one stage needs outcome: ${outcome}` });
    if (!keys.includes(s.monitor.qualified_stage))
      ctx.addIssue({ code: 'custom', path: ['monitor', 'qualified_stage'], message: `unknown stage "${s.monitor.qualified_stage}"` });
  });

export const companySchema = z
  .object({
    company: z.object({
      name: z.string().min(1),
      domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a domain like h-bu.de'),
      culture: z.string().min(1),
      signature: z.string().min(1),
      /** Shown to buyers who pay by bank transfer in advance. */
      bank: z.object({ holder: z.string().min(1), iban: z.string().min(15), bic: z.string().min(8), name: z.string().min(1) }).optional(),
    }),
    kpi_targets: z.object({
      auto_handled_share: z.number().min(0).max(100),
      response_time: z.number().int().positive(),
      customer_satisfaction: z.number().min(0).max(100),
      sla_compliance: z.number().min(0).max(100).default(95),
    }),
    business_units: z
      .array(
        z.object({
          key: unitKey,
          name: z.string().min(1),
          email: z.string().email(),
          specialization: z.string().min(1),
          sla: z.object({ urgent: minutes, high: minutes, normal: minutes, low: minutes }),
        }),
      )
      .min(1),
    routing_rules: z
      .array(
        z.object({
          key: unitKey,
          name: z.string().min(1),
          unit: unitKey,
          template: z.string().optional(),
          when: ruleCondition,
        }),
      )
      .min(1),
    reply_templates: z.array(z.object({ key: unitKey, name: z.string().min(1), subject: z.string().min(1), body: z.string().min(1) })).min(1),
    sales: salesSection.default({ stages: DEFAULT_STAGES, monitor: salesMonitor.parse({}) }),
  })
  .superRefine((c, ctx) => {
    const units = new Set(c.business_units.map((u) => u.key));
    const templates = new Set(c.reply_templates.map((t) => t.key));
    c.routing_rules.forEach((r, i) => {
      if (!units.has(r.unit)) ctx.addIssue({ code: 'custom', path: ['routing_rules', i, 'unit'], message: `unknown business unit "${r.unit}"` });
      if (r.template && !templates.has(r.template))
        ctx.addIssue({ code: 'custom', path: ['routing_rules', i, 'template'], message: `unknown reply template "${r.template}"` });
    });
  });

export type CompanyConfig = z.infer<typeof companySchema>;
export type RuleCondition = z.infer<typeof ruleCondition>;
export type SalesConfig = CompanyConfig['sales'];

function isRegex(source: string) {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

function lineOf(doc: Document, lines: LineCounter, keyPath: PropertyKey[]): number | undefined {
  for (let depth = keyPath.length; depth >= 0; depth--) {
    const node = doc.getIn(keyPath.slice(0, depth), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Parses and validates the YAML text; throws one Error listing every problem with key and line. */
export function parseCompanyConfig(text: string, file = 'config/company.yaml'): CompanyConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new Error(`${file}:${e.linePos?.[0].line ?? '?'}: YAML syntax error: ${e.message.split('\n')[0]}`);
  }
  const result = companySchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const key = i.path.map(String).join('.') || '(root)';
    return `${file}:${lineOf(doc, lines, i.path) ?? '?'}: ${key}: ${i.message}`;
  });
  throw new Error(`Invalid company configuration:\n${problems.join('\n')}`);
}

let cached: CompanyConfig | undefined;
export function companyConfig(): CompanyConfig {
  return (cached ??= parseCompanyConfig(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'config/company.yaml'), 'utf8')));
}
