import { AreaTabs } from '@/components/ui/tabs';

const TABS = [
  { href: '/sales', label: 'Board' },
  { href: '/sales/prospects', label: 'Prospects' },
  { href: '/sales/metrics', label: 'Metrics' },
  { href: '/sales/import', label: 'Import' },
];

/** The sales area's own navigation; stage editing only for managers. */
export function SalesTabs({ current, canManage }: { current: string; canManage: boolean }) {
  return <AreaTabs label="Sales" tabs={canManage ? [...TABS, { href: '/sales/stages', label: 'Stages' }] : TABS} current={current} />;
}
