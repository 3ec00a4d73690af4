import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

export default function NotFound() {
  return (
    <main id="main" className="flex min-h-[70vh] flex-col items-center justify-center gap-4 p-8 text-center">
      <p className="font-serif text-7xl text-gold-500">404</p>
      <h1 className="font-serif text-2xl">We searched every drawer of the palace</h1>
      <p className="max-w-md text-muted">…and this page is not among our buttons. It may have moved, or you may not have the key to this room.</p>
      <Link href="/" className={buttonClass('primary')}>Return to the shop</Link>
    </main>
  );
}
