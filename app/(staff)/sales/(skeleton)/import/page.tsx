import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/states';
import { CsvImport } from '@/components/sales/csv-import';
import { SalesTabs } from '@/components/sales/sales-tabs';
import { requireArea } from '@/lib/auth/session';
import { seesAllProspects, userCaller } from '@/lib/sales/access';

export const metadata: Metadata = { title: 'Import prospects' };

export default async function ImportPage() {
  const user = await requireArea('sales', '/sales/import');
  const manager = seesAllProspects(userCaller(user));
  return (
    <>
      <SalesTabs current="/sales/import" canManage={manager} />
      <PageHeader
        title="Import prospects"
        description={manager ? 'Rows without owner_email become yours.' : 'Imported prospects become yours.'}
      />
      <Card className="max-w-4xl">
        <CsvImport />
      </Card>
    </>
  );
}
