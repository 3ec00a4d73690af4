import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/states';
import { ProspectForm } from '@/components/sales/prospect-form';
import { SalesTabs } from '@/components/sales/sales-tabs';
import { requireArea } from '@/lib/auth/session';
import { seesAllProspects, userCaller } from '@/lib/sales/access';
import { listOwners } from '@/lib/sales/owners';
import { listStages } from '@/lib/sales/stages';

export const metadata: Metadata = { title: 'New prospect' };

export default async function NewProspectPage() {
  const user = await requireArea('sales', '/sales/prospects/new');
  const manager = seesAllProspects(userCaller(user));
  const [stages, owners] = await Promise.all([listStages(), manager ? listOwners() : null]);
  return (
    <>
      <SalesTabs current="/sales/prospects" canManage={manager} />
      <PageHeader title="New prospect" description="The follow-up date defaults to the configured number of days from today." />
      <Card className="max-w-3xl">
        <ProspectForm stages={stages} owners={owners} />
      </Card>
    </>
  );
}
