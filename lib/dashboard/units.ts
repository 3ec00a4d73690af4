// Business units as pick-lists (filters, "change unit").
import { db } from '@/lib/db';

export const unitOptions = () => db.businessUnit.findMany({ select: { key: true, name: true }, orderBy: { name: 'asc' } });
