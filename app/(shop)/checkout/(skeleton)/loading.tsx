import { Skeleton } from '@/components/ui/states';

export default function Loading() {
  return (
    <div role="status" aria-label="Loading checkout" className="mx-auto max-w-5xl space-y-6 px-6 py-10">
      <Skeleton className="h-9 w-56" />
      <Skeleton className="h-10" />
      <Skeleton className="h-96" />
    </div>
  );
}
