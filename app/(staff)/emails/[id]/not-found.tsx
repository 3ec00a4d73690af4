import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/states';

export default function EmailNotFound() {
  return (
    <>
      <PageHeader title="Email not found" />
      <EmptyState title="This email does not exist">
        It may have been removed, or the link is mistyped. <Link href="/emails" className="underline">Back to the inbox</Link>
      </EmptyState>
    </>
  );
}
