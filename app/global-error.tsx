'use client';

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui', textAlign: 'center', padding: '4rem', background: '#0b1a4a', color: '#f1d98a' }}>
        <h1>Happy Buttons is briefly indisposed</h1>
        <p>Please try again in a moment.</p>
        <button type="button" onClick={reset}>Try again</button>
      </body>
    </html>
  );
}
