import type { Metadata } from 'next';
import { requireArea } from '@/lib/auth/session';
import { companyConfig } from '@/lib/config/company';
import { listRoutingUnits } from '@/lib/email/rules-admin';
import { SAMPLE_REPLY_VARS } from '@/lib/email/template-variables';
import { listReplyTemplates } from '@/lib/email/templates-admin';
import { slaPromise } from '@/lib/shop/order-emails';
import { PageHeader } from '@/components/ui/states';
import { SettingsTabs } from '@/components/settings/settings-tabs';
import { TemplateEditor } from '@/components/settings/template-editor';

export const metadata: Metadata = { title: 'Reply templates' };

export default async function ReplyTemplatesPage() {
  await requireArea('settings', '/settings/templates');
  const [templates, units] = await Promise.all([listReplyTemplates(), listRoutingUnits()]);
  const { company } = companyConfig();
  // The preview fills the variables as a reply from each unit would, with an example customer and case.
  const senders = units.map((u) => ({
    key: u.key,
    name: u.name,
    vars: { ...SAMPLE_REPLY_VARS, sla_promise: slaPromise(u.slaNormalMinutes), unit_name: u.name, unit_email: u.email, company: company.name },
  }));
  return (
    <>
      <SettingsTabs current="/settings/templates" />
      <PageHeader title="Reply templates" description="The courtesy replies the pipeline sends. A saved change is used by the next reply." />
      <TemplateEditor templates={templates} senders={senders} signature={company.signature} />
    </>
  );
}
