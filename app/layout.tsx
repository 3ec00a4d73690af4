import type { Metadata } from 'next';
import { ThemeScript } from '@/components/layout/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Happy Buttons', template: '%s · Happy Buttons' },
  description: 'Happy Buttons GmbH — buttons fit for royalty, and customer care to match.',
  metadataBase: new URL(process.env.APP_URL ?? 'http://localhost:3000'),
  icons: { icon: '/favicon.svg' },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
