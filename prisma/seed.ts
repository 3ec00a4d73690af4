// `npm run db:seed` — idempotent demo data. Each domain seeds itself from prisma/seed/*.
import { createPrismaClient } from '@/lib/db/client';
import { env } from '@/lib/config/env';
import { companyConfig } from '@/lib/config/company';
import { seedCompany } from './seed/company';
import { seedPeople } from './seed/people';
import { seedCatalog } from './seed/catalog';
import { seedSales } from './seed/sales';

export async function seed(url = env().DATABASE_URL) {
  const db = createPrismaClient(url);
  try {
    const unitIds = await seedCompany(db, companyConfig());
    await seedPeople(db, { password: env().DEMO_PASSWORD, unitIds, apiKey: env().SEED_API_KEY });
    await seedCatalog(db);
    await seedSales(db, companyConfig().sales);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await seed();
  console.log('seeded');
  // `npm run db:seed -- --emails N` also writes N benchmark emails (scripts/seed-emails.ts).
  if (process.argv.includes('--emails')) await (await import('../scripts/seed-emails')).seedEmailsFromArgs(process.argv.slice(2));
}
