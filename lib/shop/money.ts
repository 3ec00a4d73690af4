// Euro amounts for people: cents in, "€1,234.50" out (the storefront speaks English, prices are in euros).
const euro = new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' });

export const formatEuro = (cents: number) => euro.format(cents / 100);
