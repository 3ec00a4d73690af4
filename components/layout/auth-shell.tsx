import { Brand } from './brand';

export function AuthShell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-gradient-to-br from-royal-950 via-royal-900 to-purple-royal p-6">
      <div className="w-full max-w-md rounded-2xl border border-gold-500/40 bg-card p-8 shadow-2xl">
        <div className="mb-6 flex justify-center">
          <Brand />
        </div>
        <h1 className="mb-6 text-center font-serif text-2xl">{title}</h1>
        {children}
      </div>
    </main>
  );
}
