import { Skeleton } from '@/components/ui/states';

export default function Loading() {
  return (
    <div role="status" aria-label="Loading the pipeline" className="space-y-4">
      <Skeleton className="h-8 w-72" />
      <Skeleton className="h-10 w-full" />
      <div className="flex gap-4 overflow-hidden">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="w-72 shrink-0 space-y-2">
            <Skeleton className="h-12" />
            <Skeleton className="h-28" />
            <Skeleton className="h-28" />
          </div>
        ))}
      </div>
    </div>
  );
}
