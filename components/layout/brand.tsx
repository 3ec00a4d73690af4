import Link from 'next/link';

export function Brand({ href = '/', light = false }: { href?: string; light?: boolean }) {
  return (
    <Link href={href} className="flex items-center gap-2 font-serif text-xl">
      <img src="/logo.svg" alt="" width={32} height={32} />
      <span className={light ? 'text-gold-400' : 'text-royal-900 dark:text-gold-300'}>Happy Buttons</span>
    </Link>
  );
}
