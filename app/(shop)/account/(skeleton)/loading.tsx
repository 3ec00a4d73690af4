import { PageSkeleton } from '@/components/ui/states';

export default function Loading() {
  return (
    <div className="mx-auto max-w-5xl px-6 py-10">
      <PageSkeleton rows={5} />
    </div>
  );
}
