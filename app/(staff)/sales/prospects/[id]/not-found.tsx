import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/states';

export default function ProspectNotFound() {
  return (
    <>
      <PageHeader title="Prospect not found" />
      <EmptyState title="This prospect does not exist, or it is not yours">
        <Link href="/sales/prospects" className="underline">Back to the prospects</Link>
      </EmptyState>
    </>
  );
}
