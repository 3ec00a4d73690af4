'use client';

export function ThemeToggle() {
  function toggle() {
    const dark = !document.documentElement.classList.contains('dark');
    document.documentElement.classList.toggle('dark', dark);
    localStorage.setItem('hb-theme', dark ? 'dark' : 'light');
  }
  return (
    <button type="button" onClick={toggle} className="rounded-md p-2 text-sm hover:bg-subtle" aria-label="Toggle light and dark theme" title="Toggle theme">
      <span aria-hidden="true">◐</span>
    </button>
  );
}
