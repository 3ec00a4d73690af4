import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { companyConfig } from '@/lib/config/company';
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/scripts/migrate';
import { seedCompany } from './company';

const root = mkdtempSync(path.join(os.tmpdir(), 'hb-seed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('puts a routing rule new in company.yaml before the stored rule that follows it, keeping an admin’s order', async () => {
  const url = `file:${path.join(root, 'seed.db')}`;
  await migrate(url);
  const db = createPrismaClient(url);
  try {
    const config = companyConfig();
    const keys = config.routing_rules.map((r) => r.key);
    const added = ['expedite_mail'];
    expect(keys).toEqual(expect.arrayContaining(added));
    // A database seeded before these rules existed, whose admin has since moved OEM accounts to the top.
    await seedCompany(db, { ...config, routing_rules: config.routing_rules.filter((r) => !added.includes(r.key)) });
    await db.routingRule.update({ where: { key: 'oem_customer' }, data: { position: -1 } });

    await seedCompany(db, config);
    const order = (await db.routingRule.findMany({ orderBy: { position: 'asc' }, select: { key: true } })).map((r) => r.key);
    expect(order).toEqual(['oem_customer', ...keys.filter((k) => k !== 'oem_customer')]);
    expect(order.at(-1)).toBe('fallback');
  } finally {
    await db.$disconnect();
  }
});
