import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/states';
import { SalesTabs } from '@/components/sales/sales-tabs';
import { StageEditor } from '@/components/sales/stage-editor';
import { requireArea } from '@/lib/auth/session';
import { seesAllProspects, userCaller } from '@/lib/sales/access';
import { listStages } from '@/lib/sales/stages';
import { saveStages } from './actions';

export const metadata: Metadata = { title: 'Pipeline stages' };

export default async function StagesPage() {
  const user = await requireArea('sales', '/sales/stages');
  if (!seesAllProspects(userCaller(user))) notFound();
  return (
    <>
      <SalesTabs current="/sales/stages" canManage />
      <PageHeader title="Pipeline stages" description="A new probability applies to prospects as they enter the stage; existing ones keep theirs." />
      <div className="max-w-3xl">
        <StageEditor stages={await listStages()} save={saveStages} />
      </div>
    </>
  );
}
