// The storefront's catalog: three collections and their buttons (upserts by slug/SKU: a re-seed never
// overwrites what admins changed since). Images live in public/products/<slug>.svg.
import type { Db } from '@/lib/db/client';

const CATEGORIES = [
  { slug: 'premium', name: 'Premium Collection', description: 'Gilded rims, precious materials and heraldic detail for garments fit for a court.' },
  { slug: 'standard', name: 'Standard Line', description: 'Dependable everyday buttons for shirts, coats and denim, packed for production runs.' },
  { slug: 'specialty', name: 'Specialty Items', description: 'Toggles, snaps and engineered buttons for workwear, children, cars and appliances.' },
];

type SeedProduct = {
  sku: string;
  slug: string;
  name: string;
  category: string;
  priceCents: number;
  stock: number;
  featured?: boolean;
  description: string;
  features: string[];
  addedDaysAgo: number;
};

export const PRODUCTS: SeedProduct[] = [
  { sku: 'HB-PRM-001', slug: 'royal-sapphire-button', name: 'Royal Sapphire Button', category: 'premium', priceCents: 490, stock: 1_200, featured: true, addedDaysAgo: 12,
    description: 'A deep sapphire resin button set in a polished gold-tone rim — the signature of our Premium Collection.',
    features: ['25 mm, four holes', 'Sapphire resin with gold-tone rim', 'Hand-finished and inspected', 'Washable at 40 °C'] },
  { sku: 'HB-PRM-002', slug: 'crown-gold-shank-button', name: 'Crown Gold Shank Button', category: 'premium', priceCents: 890, stock: 640, featured: true, addedDaysAgo: 30,
    description: 'Gilded brass shank button embossed with the Happy Buttons crown, made for ceremonial jackets and coats.',
    features: ['20 mm, shank', 'Gilded brass, nickel-free', 'Embossed crown motif', 'Tarnish-resistant lacquer'] },
  { sku: 'HB-PRM-003', slug: 'amethyst-velvet-button', name: 'Amethyst Velvet Button', category: 'premium', priceCents: 590, stock: 8, featured: true, addedDaysAgo: 5,
    description: 'A royal purple button with a soft satin sheen, cut for evening wear and velvet.',
    features: ['22 mm, two holes', 'Satin-finish polyester resin', 'Gold-tone rim', 'Dry-clean safe'] },
  { sku: 'HB-PRM-004', slug: 'mother-of-pearl-regent', name: 'Mother-of-Pearl Regent', category: 'premium', priceCents: 750, stock: 420, addedDaysAgo: 60,
    description: 'Genuine mother-of-pearl with a natural shimmer, each one slightly different, for fine shirts and blouses.',
    features: ['18 mm, four holes', 'Genuine mother-of-pearl', 'Natural colour play', 'Hand-sorted for matching sets'] },
  { sku: 'HB-PRM-005', slug: 'heraldic-blazer-button', name: 'Heraldic Blazer Button', category: 'premium', priceCents: 690, stock: 0, addedDaysAgo: 90,
    description: 'Navy enamel blazer button with a gilded shield, the finishing touch for club and school blazers.',
    features: ['23 mm, shank', 'Enamel on brass', 'Gilded heraldic shield', 'Sold in sets for one blazer'] },
  { sku: 'HB-STD-001', slug: 'classic-shirt-buttons', name: 'Classic Shirt Buttons (100 pcs)', category: 'standard', priceCents: 850, stock: 5_000, addedDaysAgo: 200,
    description: 'White four-hole shirt buttons in the size every shirt factory needs, packed in hundreds.',
    features: ['11 mm, four holes', 'Polyester, white', 'Pack of 100', 'Machine-sewable, 60 °C wash'] },
  { sku: 'HB-STD-002', slug: 'navy-coat-buttons', name: 'Navy Coat Buttons (50 pcs)', category: 'standard', priceCents: 1_450, stock: 900, featured: true, addedDaysAgo: 150,
    description: 'Sturdy navy coat buttons with a raised rim that holds up to years of winters.',
    features: ['28 mm, four holes', 'Corozo-look polyester', 'Pack of 50', 'Raised rim protects the thread'] },
  { sku: 'HB-STD-003', slug: 'ivory-blouse-buttons', name: 'Ivory Blouse Buttons (100 pcs)', category: 'standard', priceCents: 990, stock: 2_400, addedDaysAgo: 120,
    description: 'Soft ivory two-hole buttons with a gentle sheen for blouses and dresses.',
    features: ['12 mm, two holes', 'Polyester, ivory', 'Pack of 100', 'Colour-matched across batches'] },
  { sku: 'HB-STD-004', slug: 'jeans-tack-buttons', name: 'Jeans Tack Buttons (50 pcs)', category: 'standard', priceCents: 1_290, stock: 1_600, addedDaysAgo: 80,
    description: 'Brushed-steel tack buttons with pins, the no-sew closure for denim and workwear trousers.',
    features: ['17 mm tack with pin', 'Brushed steel, nickel-free', 'Pack of 50', 'Set with a standard press'] },
  { sku: 'HB-STD-005', slug: 'silver-snap-fasteners', name: 'Silver Snap Fasteners (100 pcs)', category: 'standard', priceCents: 1_190, stock: 3_000, addedDaysAgo: 40,
    description: 'Four-part press studs in silver finish for jackets, bags and baby clothes.',
    features: ['12.5 mm, four-part', 'Brass, silver finish', 'Pack of 100 sets', 'Rust-free'] },
  { sku: 'HB-SPC-001', slug: 'oak-wood-toggles', name: 'Oak Wood Toggles (20 pcs)', category: 'specialty', priceCents: 1_590, stock: 350, featured: true, addedDaysAgo: 20,
    description: 'Oiled oak toggles with a golden cord groove for duffle coats and knitwear.',
    features: ['45 mm toggle', 'FSC-certified oak, oiled', 'Pack of 20', 'Pairs with our cord loops'] },
  { sku: 'HB-SPC-002', slug: 'glow-star-kids-buttons', name: 'Glow-Star Kids Buttons (30 pcs)', category: 'specialty', priceCents: 1_090, stock: 6, addedDaysAgo: 3,
    description: 'Cheerful star buttons that glow softly in the dark — tested for children’s clothing.',
    features: ['20 mm, shank', 'Glow pigment, lead-free', 'Pack of 30', 'EN 71-3 tested'] },
  { sku: 'HB-SPC-003', slug: 'flame-guard-workwear-buttons', name: 'Flame-Guard Workwear Buttons (100 pcs)', category: 'specialty', priceCents: 2_490, stock: 780, addedDaysAgo: 70,
    description: 'Heat- and flame-resistant buttons for protective clothing that must not melt.',
    features: ['15 mm, four holes', 'Thermoset, self-extinguishing', 'Pack of 100', 'For EN ISO 11612 garments'] },
  { sku: 'HB-SPC-004', slug: 'automotive-seat-buttons', name: 'Automotive Seat Buttons (50 pcs)', category: 'specialty', priceCents: 3_490, stock: 2_000, featured: true, addedDaysAgo: 10,
    description: 'Upholstery buttons for car seats, made to OEM specifications with UV- and abrasion-resistant finish.',
    features: ['24 mm, shank', 'UV-stable, abrasion-tested', 'Pack of 50', 'PPAP documentation on request'] },
  { sku: 'HB-SPC-005', slug: 'appliance-push-button-caps', name: 'Appliance Push-Button Caps (50 pcs)', category: 'specialty', priceCents: 2_990, stock: 1_100, addedDaysAgo: 25,
    description: 'Printed push-button caps for household appliances, heat-resistant and easy to clean.',
    features: ['18 mm cap', 'Heat-resistant ABS', 'Pack of 50', 'Custom symbols for OEM runs'] },
];

export async function seedCatalog(db: Db) {
  const categoryIds = new Map<string, string>();
  for (const [position, c] of CATEGORIES.entries()) {
    const row = await db.category.upsert({ where: { slug: c.slug }, create: { ...c, position }, update: {} });
    categoryIds.set(c.slug, row.id);
  }
  const now = Date.now();
  for (const { category, addedDaysAgo, featured = false, ...p } of PRODUCTS) {
    await db.product.upsert({
      where: { sku: p.sku },
      create: { ...p, featured, image: `/products/${p.slug}.svg`, categoryId: categoryIds.get(category)!, createdAt: new Date(now - addedDaysAgo * 86_400_000) },
      update: {},
    });
  }
}
