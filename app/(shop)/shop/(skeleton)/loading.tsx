import { Skeleton } from '@/components/ui/states';

export default function Loading() {
  return (
    <div role="status" aria-label="Loading the catalog" className="mx-auto max-w-6xl space-y-6 px-6 py-10">
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-12" />
      <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-80" />
        ))}
      </div>
    </div>
  );
}
