// Demo users for every role, demo customers (some OEM) and the optional integrator key.
import type { Db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { hashApiKey } from '@/lib/auth/api-keys';
import { SCOPES, type Role } from '@/lib/auth/roles';

export const DEMO_USERS: { email: string; name: string; role: Role; unit?: string }[] = [
  { email: 'admin@h-bu.de', name: 'Ada Admin', role: 'ADMIN' },
  { email: 'manager@h-bu.de', name: 'Margaret Manager', role: 'MANAGER' },
  { email: 'agent@h-bu.de', name: 'Arthur Agent', role: 'AGENT', unit: 'support' },
  { email: 'orders.agent@h-bu.de', name: 'Olivia Orders', role: 'AGENT', unit: 'orders' },
  { email: 'quality.agent@h-bu.de', name: 'Quentin Quality', role: 'AGENT', unit: 'quality' },
  { email: 'finance.agent@h-bu.de', name: 'Fiona Finance', role: 'AGENT', unit: 'finance' },
  { email: 'sales@h-bu.de', name: 'Samuel Sales', role: 'SALES_REP' },
  { email: 'sales2@h-bu.de', name: 'Sophie Sales', role: 'SALES_REP' },
  { email: 'buyer@example.com', name: 'Benedict Buyer', role: 'BUYER' },
];

const CUSTOMERS = [
  { name: 'Royal Motors AG', email: 'purchasing@royal-motors.de', domains: ['royal-motors.de'], isOem: true, vatId: 'DE811234567' },
  { name: 'Crown Appliances Ltd', email: 'buying@crown-appliances.co.uk', domains: ['crown-appliances.co.uk'], isOem: true, vatId: 'GB123456789' },
  { name: 'Schneiderei Müller', email: 'info@schneiderei-mueller.de', domains: ['schneiderei-mueller.de'], isOem: false, vatId: 'DE298765432' },
  { name: 'Fashion House Berlin', email: 'einkauf@fashionhouse-berlin.de', domains: ['fashionhouse-berlin.de'], isOem: false, vatId: null },
  { name: 'Example Trading', email: 'buyer@example.com', domains: ['example.com'], isOem: false, vatId: 'DE100200300' },
];

export async function seedPeople(db: Db, opts: { password: string; unitIds: Map<string, string>; apiKey?: string }) {
  const passwordHash = await hashPassword(opts.password);
  for (const c of CUSTOMERS) {
    const existing = await db.customer.findFirst({ where: { name: c.name } });
    if (existing) continue;
    await db.customer.create({
      data: { name: c.name, email: c.email, isOem: c.isOem, vatId: c.vatId, domains: { create: c.domains.map((domain) => ({ domain })) } },
    });
  }
  const buyerCustomer = await db.customer.findFirst({ where: { name: 'Example Trading' } });
  for (const u of DEMO_USERS) {
    const data = {
      name: u.name,
      role: u.role,
      passwordHash,
      businessUnitId: u.unit ? opts.unitIds.get(u.unit) : null,
      customerId: u.role === 'BUYER' ? buyerCustomer?.id : null,
    };
    // The demo password follows DEMO_PASSWORD on every seed, so the printed logins always work.
    await db.user.upsert({ where: { email: u.email }, create: { email: u.email, ...data }, update: { passwordHash } });
  }
  if (opts.apiKey) {
    const hash = hashApiKey(opts.apiKey);
    await db.apiKey.upsert({
      where: { hash },
      create: { name: 'Seeded integrator key', prefix: opts.apiKey.slice(0, 8), hash, scopes: [...SCOPES] },
      update: { revokedAt: null, scopes: [...SCOPES] },
    });
  }
}
