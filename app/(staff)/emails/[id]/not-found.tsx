import { EmptyState } from '@/components/ui/states';

export default function EmailNotFound() {
  return <EmptyState title="This email does not exist">It may have been removed, or the link is mistyped.</EmptyState>;
}
