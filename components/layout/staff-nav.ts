import { canOpen, type Area, type Role } from '@/lib/auth/roles';

const ITEMS: { area: Area; href: string; label: string; icon: string }[] = [
  { area: 'dashboard', href: '/dashboard', label: 'Overview', icon: '◆' },
  { area: 'emails', href: '/emails', label: 'Inbox', icon: '✉' },
  { area: 'kpi', href: '/kpi', label: 'KPIs', icon: '▲' },
  { area: 'agents', href: '/agents', label: 'Agents', icon: '⚙' },
  { area: 'teams', href: '/teams', label: 'Teams', icon: '☰' },
  { area: 'orders', href: '/orders', label: 'Orders', icon: '▣' },
  { area: 'products', href: '/products', label: 'Products', icon: '●' },
  { area: 'sales', href: '/sales', label: 'Sales pipeline', icon: '➜' },
  { area: 'settings', href: '/settings', label: 'Settings', icon: '✦' },
];

/** The sidebar shows only what the signed-in role may open. */
export function staffNavFor(role: Role) {
  return ITEMS.filter((i) => canOpen(role, i.area));
}
