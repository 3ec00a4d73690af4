import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/states';

// Inside the staff shell: an unknown address, or an area this role does not open (requireArea answers not-found
// rather than telling who may open what).
export default function StaffNotFound() {
  return (
    <>
      <PageHeader title="Nothing to open here" />
      <EmptyState title="This page does not exist, or your role does not open it">
        <Link href="/signed-in" className="underline">Go to your start page</Link>
      </EmptyState>
    </>
  );
}
