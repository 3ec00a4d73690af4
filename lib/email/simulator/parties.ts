// Who writes to Happy Buttons: the seeded customers (the OEMs among them), invented customers, suppliers,
// sales prospects, newsletter senders, spammers and the mail systems that send bounces.
import { PROSPECTS as DEMO_PROSPECTS } from '@/prisma/seed/sales';

export type Lang = 'de' | 'en';

export type Company = {
  name: string;
  domain: string;
  lang: Lang;
  /** Contact people; the address is derived from the name in the company's own style. */
  contacts: string[];
  style: 'first.last' | 'f.last' | 'first';
  city: string;
  oem?: boolean;
  /** What a supplier sells us (invoice and delivery-note lines). */
  goods?: string[];
};

export type Party = { name: string; email: string; company: Company };

/** The customers prisma/seed/people.ts creates, so the pipeline recognizes them (and the OEMs). */
export const SEEDED_CUSTOMERS: Company[] = [
  { name: 'Royal Motors AG', domain: 'royal-motors.de', lang: 'de', contacts: ['Katharina Vogt', 'Jürgen Brandt', 'Stefan Öztürk'], style: 'f.last', city: 'Ingolstadt', oem: true },
  { name: 'Crown Appliances Ltd', domain: 'crown-appliances.co.uk', lang: 'en', contacts: ['Oliver Hughes', 'Emma Clarke', 'Priya Patel'], style: 'first.last', city: 'Birmingham', oem: true },
  { name: 'Schneiderei Müller', domain: 'schneiderei-mueller.de', lang: 'de', contacts: ['Hans Müller', 'Gisela Müller'], style: 'first', city: 'Augsburg' },
  { name: 'Fashion House Berlin', domain: 'fashionhouse-berlin.de', lang: 'de', contacts: ['Lena Schulz', 'Maximilian Weiß'], style: 'first.last', city: 'Berlin' },
  { name: 'Example Trading', domain: 'example.com', lang: 'en', contacts: ['Benedict Buyer', 'Rachel Green'], style: 'first.last', city: 'Hamburg' },
];

export const OEM_CUSTOMERS = SEEDED_CUSTOMERS.filter((c) => c.oem);

export const INVENTED_CUSTOMERS: Company[] = [
  { name: 'Bavaria Trachten GmbH', domain: 'bavaria-trachten.de', lang: 'de', contacts: ['Josef Huber', 'Anna Berger'], style: 'f.last', city: 'Rosenheim' },
  { name: 'Hanse Uniform GmbH', domain: 'hanse-uniform.de', lang: 'de', contacts: ['Claudia Petersen', 'Björn Hansen'], style: 'first.last', city: 'Bremen' },
  { name: 'Alpine Workwear AG', domain: 'alpine-workwear.ch', lang: 'de', contacts: ['Reto Gächter', 'Sandra Keller'], style: 'f.last', city: 'Chur' },
  { name: 'Wiener Couture', domain: 'wiener-couture.at', lang: 'de', contacts: ['Elisabeth Königsberger'], style: 'first', city: 'Wien' },
  { name: 'Kinderkram Textil GmbH', domain: 'kinderkram-textil.de', lang: 'de', contacts: ['Miriam Schäfer', 'Tobias Lang'], style: 'first.last', city: 'Nürnberg' },
  { name: 'Tailor & Sons Ltd', domain: 'tailorandsons.co.uk', lang: 'en', contacts: ['George Whitmore', 'Alice Fairfax'], style: 'first.last', city: 'London' },
  { name: 'Thistle Kiltmakers', domain: 'thistle-kilts.co.uk', lang: 'en', contacts: ['Fiona MacLeod', 'Callum Reid'], style: 'first', city: 'Edinburgh' },
  { name: 'Nordic Outerwear AB', domain: 'nordic-outerwear.se', lang: 'en', contacts: ['Erik Lindqvist', 'Sofia Berg'], style: 'first.last', city: 'Göteborg' },
  { name: 'Milano Moda S.r.l.', domain: 'milanomoda.it', lang: 'en', contacts: ['Giulia Romano', 'Marco Ferrari'], style: 'f.last', city: 'Milano' },
  { name: 'Atelier Lumière', domain: 'atelier-lumiere.fr', lang: 'en', contacts: ['Camille Dubois'], style: 'first.last', city: 'Lyon' },
];

/** Everyone who buys from us. */
export const CUSTOMERS = [...SEEDED_CUSTOMERS, ...INVENTED_CUSTOMERS];

export const SUPPLIERS: Company[] = [
  { name: 'Polymer Resin Works GmbH', domain: 'prw-polymere.de', lang: 'de', contacts: ['Frank Lehmann', 'Ute Krämer'], style: 'f.last', city: 'Leverkusen', goods: ['Polyesterharz klar, 25-kg-Gebinde', 'Harzhärter MEKP, 5 l', 'Perlglanzpigment weiß, 1 kg'] },
  { name: 'Messingwerk Lüdenscheid KG', domain: 'messingwerk-luedenscheid.de', lang: 'de', contacts: ['Dirk Schröder'], style: 'first.last', city: 'Lüdenscheid', goods: ['Messingband CuZn37, 0,5 mm', 'Messingrohlinge 20 mm', 'Ösen vernickelt, Beutel à 1000'] },
  { name: 'Pearl Coast Trading Ltd', domain: 'pearlcoast-trading.com', lang: 'en', contacts: ['Wei Chen', 'Grace Lau'], style: 'first.last', city: 'Hong Kong', goods: ['Mother-of-pearl blanks 18 mm, grade A', 'Trocas shell blanks 22 mm', 'Abalone inlay discs 10 mm'] },
  { name: 'Baltic Timber Components UAB', domain: 'baltic-timber.lt', lang: 'en', contacts: ['Tomas Kazlauskas'], style: 'first.last', city: 'Kaunas', goods: ['Oak toggle blanks 45 mm, FSC', 'Beech button blanks 25 mm', 'Linseed oil finish, 10 l'] },
  { name: 'Colorant Solutions B.V.', domain: 'colorant-solutions.nl', lang: 'en', contacts: ['Sanne de Vries', 'Joost Bakker'], style: 'f.last', city: 'Eindhoven', goods: ['Pigment paste royal blue, 5 kg', 'Pigment paste gold metallic, 5 kg', 'Glow pigment SrAl, 1 kg'] },
  { name: 'Spedition Huber GmbH', domain: 'spedition-huber.de', lang: 'de', contacts: ['Markus Huber', 'Disposition Team'], style: 'f.last', city: 'München', goods: ['Palettentransport Leverkusen nach München', 'Stückgut Lüdenscheid nach München', 'Zustellung mit Hebebühne'] },
];

/** Companies the sales team reaches out to; their addresses show up in bounces and inquiries. */
export const PROSPECTS: Company[] = [
  { name: 'Meridian Apparel Inc.', domain: 'meridian-apparel.com', lang: 'en', contacts: ['Megan Jansen', 'Carlos Ortega'], style: 'f.last', city: 'Toronto' },
  { name: 'Greenfield Garments Ltd', domain: 'greenfield-garments.co.uk', lang: 'en', contacts: ['Harriet Stone'], style: 'first.last', city: 'Leeds' },
  { name: 'Sportiva Teamwear GmbH', domain: 'sportiva-teamwear.de', lang: 'de', contacts: ['Kevin Albrecht', 'Nina Roth'], style: 'first.last', city: 'Köln' },
  { name: 'Edelweiss Jackets GmbH', domain: 'edelweiss-jackets.at', lang: 'de', contacts: ['Florian Moser'], style: 'f.last', city: 'Innsbruck' },
  { name: 'Harbor Uniforms LLC', domain: 'harbor-uniforms.com', lang: 'en', contacts: ['Daniel Brooks', 'Olivia Park'], style: 'first.last', city: 'Boston' },
  { name: 'Velvet & Vine Bridal', domain: 'velvetvine-bridal.com', lang: 'en', contacts: ['Charlotte Hayes'], style: 'first', city: 'Bath' },
];

/** The sales seed's prospects: mail from them, or bouncing back from them, is what the sales monitor links. */
export const SEEDED_PROSPECTS: Party[] = DEMO_PROSPECTS.map((p) => {
  const domain = p.email.slice(p.email.indexOf('@') + 1);
  return { name: p.contactName, email: p.email, company: { name: p.company, domain, lang: 'en', contacts: [p.contactName], style: 'first', city: '' } };
});

/** Bulk senders: trade press, fairs, portals and a supplier's marketing list. */
export const NEWSLETTERS = [
  { name: 'Button Industry Weekly', from: 'news@button-industry-weekly.com', list: 'weekly.button-industry-weekly.com', lang: 'en' as Lang },
  { name: 'Fachverband Mode & Zubehör', from: 'newsletter@mode-fachverband.de', list: 'mitglieder.mode-fachverband.de', lang: 'de' as Lang },
  { name: 'Haberdashery Expo', from: 'events@haberdashery-expo.co.uk', list: 'visitors.haberdashery-expo.co.uk', lang: 'en' as Lang },
  { name: 'LogiShip Portal', from: 'no-reply@logiship-portal.com', list: 'updates.logiship-portal.com', lang: 'en' as Lang },
  { name: 'Polymer Resin Works', from: 'marketing@prw-polymere.de', list: 'kunden.prw-polymere.de', lang: 'de' as Lang },
];

export const SPAM_DOMAINS = ['seo-rankings-fast.biz', 'crypto-yield-pro.io', 'intl-transfer-desk.top', 'cheap-watch-outlet.shop', 'b2b-leads-direct.net'];

const ASCII_FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', é: 'e', è: 'e', à: 'a', ç: 'c', ø: 'o', å: 'a' };
const asciiName = (s: string) => s.toLowerCase().replace(/[äöüßéèàçøå]/g, (c) => ASCII_FOLD[c]).replace(/[^a-z]/g, '');

export function mailbox(company: Company, contact: string): string {
  const [first, ...rest] = contact.split(' ');
  const last = asciiName(rest.join(''));
  const local = company.style === 'first' ? asciiName(first) : company.style === 'f.last' ? `${asciiName(first)[0]}.${last}` : `${asciiName(first)}.${last}`;
  return `${local}@${company.domain}`;
}

export const partyOf = (company: Company, contact: string): Party => ({ name: contact, email: mailbox(company, contact), company });

const KNOWN = [...CUSTOMERS, ...SUPPLIERS, ...PROSPECTS];

/** The party behind an address found in the database: a known company, or one made up from the domain. */
export function partyForAddress(email: string, name?: string | null): Party {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const known = KNOWN.find((c) => c.domain === domain);
  const company: Company = known ?? { name: domain, domain, lang: /\.(de|at)$/.test(domain) ? 'de' : 'en', contacts: [], style: 'first', city: '' };
  const contact = company.contacts.find((n) => mailbox(company, n) === email.toLowerCase());
  return { name: name || contact || email.slice(0, email.indexOf('@')), email, company };
}
