// Pipeline stages from config/company.yaml and a dozen demo prospects for the two sales reps (skipped when present).
import type { Db } from '@/lib/db/client';
import type { SalesConfig } from '@/lib/config/company';
import type { InteractionKind } from '@/lib/generated/sqlite/enums';
import { domainOf, tagKeyOf, weightedCents } from '@/lib/sales/derived';

type DemoProspect = {
  company: string;
  contactName: string;
  email: string;
  phone?: string;
  source: string;
  tags: string[];
  valueEur: number;
  stage: string;
  owner: 'sales@h-bu.de' | 'sales2@h-bu.de';
  ageDays: number;
  reason?: string;
  history: [daysAgo: number, kind: InteractionKind, summary: string][];
};

// Addresses use the reserved .example domain: demo outreach can never reach a real mailbox.
export const PROSPECTS: DemoProspect[] = [
  { company: 'Atelier Lumière', contactName: 'Camille Laurent', email: 'camille.laurent@atelier-lumiere.example', source: 'trade fair', tags: ['fashion', 'premium'], valueEur: 18_500, stage: 'lead', owner: 'sales@h-bu.de', ageDays: 3, history: [[3, 'NOTE', 'Met at Munich Fabric Start; wants mother-of-pearl samples']] },
  { company: 'Nordic Outdoor AB', contactName: 'Erik Lindqvist', email: 'erik.lindqvist@nordic-outdoor.example', phone: '+46 8 555 0142', source: 'website', tags: ['outdoor', 'snaps'], valueEur: 42_000, stage: 'contacted', owner: 'sales@h-bu.de', ageDays: 12, history: [[12, 'EMAIL_OUT', 'Corrosion-proof snap fasteners for the winter line'], [9, 'CALL', 'Discussed salt-spray test requirements']] },
  { company: 'Trachten Huber', contactName: 'Josef Huber', email: 'j.huber@trachten-huber.example', phone: '+49 8821 555 77', source: 'referral', tags: ['traditional', 'horn'], valueEur: 9_800, stage: 'qualified', owner: 'sales@h-bu.de', ageDays: 25, history: [[25, 'EMAIL_OUT', 'Horn buttons for the Oktoberfest collection'], [22, 'EMAIL_IN', 'Re: Horn buttons — please quote 20,000 pieces'], [18, 'MEETING', 'Showroom visit in Garmisch, samples approved']] },
  { company: 'Uniformwerk GmbH', contactName: 'Katrin Scholz', email: 'k.scholz@uniformwerk.example', source: 'tender', tags: ['workwear', 'oem'], valueEur: 126_000, stage: 'proposal', owner: 'sales2@h-bu.de', ageDays: 40, history: [[40, 'CALL', 'Tender for police uniform buttons announced'], [33, 'MEETING', 'Requirements workshop with procurement'], [21, 'EMAIL_OUT', 'Proposal: embossed metal shank buttons, 3-year framework']] },
  { company: 'Sofa Manufaktur Wien', contactName: 'Lena Gruber', email: 'lena.gruber@sofa-manufaktur.example', source: 'website', tags: ['furniture', 'upholstery'], valueEur: 23_400, stage: 'negotiation', owner: 'sales2@h-bu.de', ageDays: 55, history: [[55, 'EMAIL_IN', 'Enquiry: covered upholstery buttons'], [50, 'EMAIL_OUT', 'Re: Enquiry — catalogue and prices'], [30, 'MEETING', 'Price negotiation, asks for 8 % volume discount'], [6, 'CALL', 'Legal reviewing the delivery terms']] },
  { company: 'KinderKleid', contactName: 'Mia Wagner', email: 'mia.wagner@kinderkleid.example', source: 'trade fair', tags: ['childrenswear', 'safety'], valueEur: 15_200, stage: 'won', owner: 'sales@h-bu.de', ageDays: 70, reason: 'EN 71 certified snaps beat the competitor on pull strength', history: [[70, 'NOTE', 'Needs pull-tested snaps for babywear'], [60, 'EMAIL_OUT', 'Test report EN 71-3 attached'], [41, 'MEETING', 'Contract signed at their office']] },
  { company: 'WorkWear Pro BV', contactName: 'Daan de Vries', email: 'daan@workwear-pro.example', source: 'cold outreach', tags: ['workwear'], valueEur: 31_000, stage: 'lost', owner: 'sales2@h-bu.de', ageDays: 80, reason: 'Chose a supplier in Vietnam on price', history: [[80, 'EMAIL_OUT', 'Jeans buttons and rivets for heavy workwear'], [74, 'CALL', 'Interested, but price-driven'], [50, 'EMAIL_IN', 'Decided for another supplier']] },
  { company: 'Yacht Interiors Italia', contactName: 'Giulia Conti', email: 'g.conti@yacht-interiors.example', source: 'referral', tags: ['marine', 'premium'], valueEur: 64_000, stage: 'qualified', owner: 'sales2@h-bu.de', ageDays: 18, history: [[18, 'EMAIL_OUT', 'Seawater-resistant brass buttons for cabin upholstery'], [15, 'EMAIL_IN', 'Re: brass buttons — samples welcome']] },
  { company: 'Campus Couture Ltd', contactName: 'Oliver Bennett', email: 'oliver.bennett@campus-couture.example', phone: '+44 20 7946 0321', source: 'website', tags: ['fashion', 'blazers'], valueEur: 27_500, stage: 'contacted', owner: 'sales2@h-bu.de', ageDays: 9, history: [[9, 'EMAIL_OUT', 'Crested blazer buttons for school uniforms']] },
  { company: 'Maison Bouton', contactName: 'Sophie Dubois', email: 'sophie@maison-bouton.example', source: 'trade fair', tags: ['haute couture', 'premium'], valueEur: 88_000, stage: 'proposal', owner: 'sales@h-bu.de', ageDays: 33, history: [[33, 'MEETING', 'Première Vision Paris: hand-finished galalith buttons'], [20, 'EMAIL_OUT', 'Proposal with three finishes'], [16, 'EMAIL_IN', 'Re: Proposal — would like the gold finish']] },
  { company: 'Alpine Rucksack Co.', contactName: 'Thomas Berger', email: 't.berger@alpine-rucksack.example', source: 'cold outreach', tags: ['outdoor'], valueEur: 12_000, stage: 'lead', owner: 'sales2@h-bu.de', ageDays: 1, history: [] },
  { company: 'Heritage Shirts Manchester', contactName: 'Emily Clarke', email: 'emily.clarke@heritage-shirts.example', source: 'website', tags: ['shirts', 'sustainable'], valueEur: 19_900, stage: 'negotiation', owner: 'sales@h-bu.de', ageDays: 47, history: [[47, 'EMAIL_IN', 'Looking for corozo nut buttons'], [44, 'EMAIL_OUT', 'Re: corozo — certification and price list'], [20, 'CALL', 'Negotiating minimum order quantity'], [4, 'EMAIL_IN', 'Revised MOQ acceptable']] },
];

const DAY = 86_400_000;

/** Adds stages missing from the database; existing ones keep what managers made of them. */
async function seedStages(db: Db, sales: SalesConfig) {
  for (const [position, s] of sales.stages.entries()) {
    const data = { name: s.name, position, probability: s.probability, isWon: s.outcome === 'won', isLost: s.outcome === 'lost' };
    await db.stage.upsert({ where: { key: s.key }, create: { key: s.key, ...data }, update: {} });
  }
}
const CONTACT_KINDS: InteractionKind[] = ['EMAIL_IN', 'EMAIL_OUT', 'CALL', 'MEETING'];

export async function seedSales(db: Db, sales: SalesConfig, followUpDays = sales.monitor.follow_up_after_days) {
  await seedStages(db, sales);
  const stages = new Map((await db.stage.findMany()).map((s) => [s.key, s]));
  const owners = new Map((await db.user.findMany({ where: { email: { in: ['sales@h-bu.de', 'sales2@h-bu.de'] } } })).map((u) => [u.email, u]));
  const now = Date.now();
  for (const d of PROSPECTS) {
    const stage = stages.get(d.stage);
    const owner = owners.get(d.owner);
    if (!stage || !owner || (await db.prospect.findUnique({ where: { email: d.email } }))) continue;
    const createdAt = new Date(now - d.ageDays * DAY);
    const contacts = d.history.filter(([, kind]) => CONTACT_KINDS.includes(kind)).map(([days]) => now - days * DAY);
    const lastContact = contacts.length ? Math.max(...contacts) : null;
    const closed = stage.isWon || stage.isLost;
    const valueCents = d.valueEur * 100;
    const replied = d.history.some(([, kind]) => kind === 'EMAIL_IN');
    const p = await db.prospect.create({
      data: {
        company: d.company,
        contactName: d.contactName,
        email: d.email,
        emailDomain: domainOf(d.email),
        phone: d.phone,
        source: d.source,
        tags: d.tags,
        tagKey: tagKeyOf(d.tags),
        valueCents,
        probability: stage.probability,
        weightedCents: weightedCents(valueCents, stage.probability),
        stageId: stage.id,
        ownerId: owner.id,
        status: stage.isWon ? 'WON' : stage.isLost ? 'LOST' : replied ? 'RESPONDED' : 'ACTIVE',
        wonReason: stage.isWon ? d.reason : null,
        lostReason: stage.isLost ? d.reason : null,
        lastContactAt: lastContact ? new Date(lastContact) : null,
        nextFollowUpAt: closed ? null : new Date((lastContact ?? createdAt.getTime()) + followUpDays * DAY),
        stageChangedAt: new Date(now - Math.max(0, d.ageDays - 7) * DAY),
        createdAt,
      },
    });
    await db.prospectStageChange.create({ data: { prospectId: p.id, toStageId: stage.id, changedAt: createdAt } });
    await db.interaction.createMany({
      data: d.history.map(([days, kind, summary]) => ({ prospectId: p.id, kind, summary, userId: kind === 'EMAIL_IN' ? null : owner.id, occurredAt: new Date(now - days * DAY) })),
    });
  }
}
