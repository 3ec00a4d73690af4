import type { Metadata } from 'next';
import { requireArea } from '@/lib/auth/session';
import { EMAIL_TYPES, listRoutingRules, listRoutingUnits } from '@/lib/email/rules-admin';
import { listReplyTemplates } from '@/lib/email/templates-admin';
import { PageHeader } from '@/components/ui/states';
import { RouteSampleTester } from '@/components/settings/route-sample-tester';
import { RoutingRulesManager } from '@/components/settings/routing-rules-manager';
import { SettingsTabs } from '@/components/settings/settings-tabs';

export const metadata: Metadata = { title: 'Routing rules' };

export default async function RoutingRulesPage() {
  await requireArea('settings', '/settings/routing');
  const [rules, units, templates] = await Promise.all([listRoutingRules(), listRoutingUnits(), listReplyTemplates()]);
  return (
    <>
      <SettingsTabs current="/settings/routing" />
      <PageHeader title="Routing rules" description="Which business unit takes an inbound email, and which courtesy reply goes out. The first enabled rule that matches decides; a reply that only a rule without conditions matches goes to the unit handling its thread. Changes apply to the next email." />
      <div className="space-y-6">
        <RoutingRulesManager
          rules={rules}
          units={units.map((u) => ({ key: u.key, name: u.name }))}
          templates={templates.map((t) => ({ key: t.key, name: t.name }))}
          emailTypes={EMAIL_TYPES}
        />
        <RouteSampleTester />
      </div>
    </>
  );
}
