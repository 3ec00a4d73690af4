// Business units, routing rules and reply templates from config/company.yaml (upserts: safe to re-run).
import type { Db } from '@/lib/db/client';
import type { CompanyConfig } from '@/lib/config/company';

export async function seedCompany(db: Db, config: CompanyConfig) {
  const unitIds = new Map<string, string>();
  for (const u of config.business_units) {
    const data = {
      name: u.name,
      email: u.email,
      specialization: u.specialization,
      slaUrgentMinutes: u.sla.urgent,
      slaHighMinutes: u.sla.high,
      slaNormalMinutes: u.sla.normal,
      slaLowMinutes: u.sla.low,
    };
    const unit = await db.businessUnit.upsert({ where: { key: u.key }, create: { key: u.key, ...data }, update: {} });
    unitIds.set(u.key, unit.id);
  }
  // Rules and templates are editable by admins later, so a re-seed only adds what is missing.
  const rules = config.routing_rules;
  const stored = new Map((await db.routingRule.findMany({ select: { key: true, position: true } })).map((r) => [r.key, r.position]));
  for (const [index, r] of rules.entries()) {
    if (stored.has(r.key)) continue;
    // A rule new in company.yaml goes before the stored rule that follows it there (the catch-all, usually), so it
    // is not shadowed; the rules from there on move down one, keeping any order an admin gave them.
    const next = rules.slice(index + 1).find((later) => stored.has(later.key));
    const position = next ? stored.get(next.key)! : stored.size ? Math.max(...stored.values()) + 1 : index;
    if (next) {
      await db.routingRule.updateMany({ where: { position: { gte: position } }, data: { position: { increment: 1 } } });
      for (const [key, p] of stored) if (p >= position) stored.set(key, p + 1);
    }
    await db.routingRule.create({ data: { key: r.key, name: r.name, position, conditions: r.when, businessUnitId: unitIds.get(r.unit)!, template: r.template ?? null } });
    stored.set(r.key, position);
  }
  for (const t of config.reply_templates) {
    await db.replyTemplate.upsert({
      where: { key: t.key },
      create: { key: t.key, name: t.name, subject: t.subject, bodyText: t.body },
      update: {},
    });
  }
  return unitIds;
}
