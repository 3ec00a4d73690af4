import Link from 'next/link';

/** `compact`: the name only from small screens up, where a header has room for it beside its links. */
export function Brand({ href = '/', light = false, compact = false }: { href?: string; light?: boolean; compact?: boolean }) {
  return (
    <Link href={href} className="flex shrink-0 items-center gap-2 whitespace-nowrap font-serif text-xl">
      <img src="/logo.svg" alt="" width={32} height={32} />
      <span className={`${compact ? 'sr-only sm:not-sr-only' : ''} ${light ? 'text-gold-400' : 'text-royal-900 dark:text-gold-300'}`}>Happy Buttons</span>
    </Link>
  );
}
