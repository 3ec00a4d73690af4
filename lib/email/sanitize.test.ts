import { describe, expect, it } from 'vitest';
import { sanitizeEmailHtml } from './sanitize';

describe('sanitizeEmailHtml', () => {
  it('drops scripts, styles, frames, forms and event handlers, keeping the text', () => {
    const out = sanitizeEmailHtml(
      '<style>p{color:red}</style><script>alert(1)</script><p onclick="x()" onmouseover="y()">Hello <b>there</b></p>' +
        '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="pw"><button>Go</button></form><object data="x.swf"></object>',
    );
    expect(out).toBe('<p>Hello <b>there</b></p>');
  });

  it('removes javascript: and data: links but keeps http, https and mailto', () => {
    const out = sanitizeEmailHtml(
      '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a><a href="data:text/html,<script>x</script>">c</a>' +
        '<a href="https://h-bu.de">d</a><a href="mailto:orders@h-bu.de">e</a>',
    );
    expect(out).not.toMatch(/javascript|data:/i);
    expect(out).toContain('href="https://h-bu.de"');
    expect(out).toContain('href="mailto:orders@h-bu.de"');
    expect(out).toContain('rel="noopener noreferrer nofollow"');
  });

  it('keeps harmless inline styles and strips expressions and url()', () => {
    const out = sanitizeEmailHtml('<p style="color: navy; width: expression(alert(1)); background-image: url(https://t.example/p.gif); font-weight: bold">x</p>');
    expect(out).toBe('<p style="color:navy;font-weight:bold">x</p>');
  });

  it('removes remote images unless allowed, and always keeps cid: and data: images', () => {
    const html = '<img src="https://tracker.example/p.gif"><img src="cid:logo@x" alt="logo"><img src="data:image/png;base64,iVBORw0KGgo=">';
    const strict = sanitizeEmailHtml(html);
    expect(strict).not.toContain('tracker.example');
    expect(strict).toContain('src="cid:logo@x"');
    expect(strict).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(sanitizeEmailHtml(html, { allowRemoteImages: true })).toContain('src="https://tracker.example/p.gif"');
  });

  it('does not let an image smuggle script through its source', () => {
    expect(sanitizeEmailHtml('<img src="javascript:alert(1)"><img src="x" onerror="alert(1)">')).toBe('');
  });
});
