import { AreaTabs } from '@/components/ui/tabs';

const TABS = [
  { href: '/settings', label: 'API keys' },
  { href: '/settings/routing', label: 'Routing rules' },
  { href: '/settings/templates', label: 'Reply templates' },
];

/** The settings area's own navigation. */
export function SettingsTabs({ current }: { current: string }) {
  return <AreaTabs label="Settings" tabs={TABS} current={current} />;
}
