// "Which rule would take this email?" — a pasted sample goes through the real pipeline steps (compose → parse →
// classify → route → reply plan) with the rules the pipeline uses now, and nothing is stored.
import { z } from 'zod';
import { SYSTEM_ACTOR } from '@/lib/audit';
import { pipelineDirectory } from './directory';
import { composeInboundJson, inboundJsonSchema } from './inbound-json';
import { parseEmail } from './parse';
import { prepareEmail } from './prepare';

export const routeSampleSchema = z.object({
  from: inboundJsonSchema.shape.from,
  subject: z.string().max(998).default(''),
  text: z.string().max(100_000).default(''),
  attachments: z.array(z.string().trim().min(1).max(255)).max(20).default([]),
});
export type RouteSample = z.infer<typeof routeSampleSchema>;

export async function routeSample(sample: RouteSample) {
  const dir = await pipelineDirectory();
  const raw = await composeInboundJson({
    from: sample.from,
    to: dir.fallbackUnit.email,
    subject: sample.subject,
    text: sample.text,
    // Only the names matter to classification and routing; the content stays empty.
    attachments: sample.attachments.map((filename) => ({ filename, contentType: 'application/octet-stream', contentBase64: '' })),
  });
  const parsed = await parseEmail(raw);
  const prepared = prepareEmail(raw, parsed, dir, { actor: SYSTEM_ACTOR });
  const { classification: c, route, reply } = prepared;
  return {
    classification: { type: c.type, priority: c.priority, language: c.language, isOem: c.isOem, customer: c.customer?.name ?? null, reasons: c.reasons },
    rule: route.rule ? { id: route.rule.id, key: route.rule.key, name: route.rule.name } : null,
    unit: { key: route.unit.key, name: route.unit.name, email: route.unit.email },
    reasons: route.reasons,
    slaMinutes: route.unit.slaMinutes[c.priority],
    reply: reply ? { template: reply.template, subject: reply.subject, text: reply.text } : null,
    replyReasons: prepared.replyReasons,
  };
}
export type RouteSampleResult = Awaited<ReturnType<typeof routeSample>>;
