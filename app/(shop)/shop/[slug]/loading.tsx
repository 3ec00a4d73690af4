import { Skeleton } from '@/components/ui/states';

export default function Loading() {
  return (
    <div role="status" aria-label="Loading the product" className="mx-auto grid max-w-6xl gap-10 px-6 py-10 md:grid-cols-2">
      <Skeleton className="aspect-square" />
      <div className="space-y-4">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-10 w-3/4" />
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-10 w-64" />
        <Skeleton className="h-32" />
      </div>
    </div>
  );
}
