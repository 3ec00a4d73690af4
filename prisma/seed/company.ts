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
  for (const [position, r] of config.routing_rules.entries()) {
    const data = { name: r.name, position, conditions: r.when, businessUnitId: unitIds.get(r.unit)!, template: r.template ?? null };
    await db.routingRule.upsert({ where: { key: r.key }, create: { key: r.key, ...data }, update: {} });
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
