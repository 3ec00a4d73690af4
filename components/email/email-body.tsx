// The sanitized HTML runs in a sandboxed iframe: no scripts, no forms, no top navigation; the CSP inside blocks every
// remote load, so opening an email never tells the sender. Links open in a new, ordinary tab (as in any mail client)
// with noopener/noreferrer set by the sanitizer; the iframe may open that tab and nothing else.
const CSP = "default-src 'none'; img-src data: cid:; style-src 'unsafe-inline'; font-src data:";

function documentOf(html: string) {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><base target="_blank"><style>body{font:14px/1.5 system-ui,sans-serif;margin:12px;color:#141a33;background:#fff;word-wrap:break-word}img{max-width:100%;height:auto}</style></head><body>${html}</body></html>`;
}

export function EmailBody({ html, text, subject }: { html: string | null; text: string; subject: string }) {
  if (!html) return <pre className="whitespace-pre-wrap break-words font-sans text-sm">{text || '(no text)'}</pre>;
  return (
    <div className="space-y-2">
      <iframe title={`Message: ${subject || 'no subject'}`} sandbox="allow-popups allow-popups-to-escape-sandbox" srcDoc={documentOf(html)} className="h-[28rem] w-full rounded-md border border-border bg-white" />
      <details>
        <summary className="cursor-pointer text-sm text-muted">Show as plain text</summary>
        <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{text || '(no text part)'}</pre>
      </details>
    </div>
  );
}
