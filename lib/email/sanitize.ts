// Inbound HTML is made safe once, on the way in: what is stored can be shown to staff as is.
import sanitizeHtml from 'sanitize-html';

// Plain CSS values only: no url(), expression() or escapes that could smuggle either in.
const SAFE_VALUE = /^(?!.*(?:url\s*\(|expression|javascript:|\\|@import))[#%,.\w\s()'"+-]*$/i;
const STYLED = ['color', 'background-color', 'font-family', 'font-size', 'font-style', 'font-weight', 'text-align', 'text-decoration', 'line-height'];
const BOXED = ['margin', 'padding', 'border', 'border-collapse', 'width', 'height', 'vertical-align', 'white-space'];

const allowedStyles = { '*': Object.fromEntries([...STYLED, ...BOXED].map((p) => [p, [SAFE_VALUE]])) };

function options(allowRemoteImages: boolean): sanitizeHtml.IOptions {
  return {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'center', 'font'],
    allowedAttributes: {
      a: ['href', 'name', 'title', 'rel', 'target'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      td: ['colspan', 'rowspan', 'align', 'valign', 'width'],
      th: ['colspan', 'rowspan', 'align', 'valign', 'width'],
      table: ['width', 'cellpadding', 'cellspacing', 'border'],
      font: ['color', 'size', 'face'],
      '*': ['style', 'dir', 'lang'],
    },
    allowedStyles,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    // Embedded images (cid: parts of this message, data: URIs) are kept; remote ones can track the reader.
    allowedSchemesByTag: { img: allowRemoteImages ? ['cid', 'data', 'http', 'https'] : ['cid', 'data'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'iframe', 'object', 'embed', 'form'],
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' } }),
    },
    // An <img> must show an embedded image (or, if allowed, a remote one); anything else is dropped, not left empty.
    exclusiveFilter: (frame) => frame.tag === 'img' && !(allowRemoteImages ? /^(cid:|data:image\/|https?:)/i : /^(cid:|data:image\/)/i).test(frame.attribs.src ?? ''),
  };
}

const withoutRemote = options(false);
const withRemote = options(true);

/** Sanitized HTML: no scripts, styles, event handlers, javascript: URLs, frames or forms; remote images only if allowed. */
export function sanitizeEmailHtml(html: string, opts: { allowRemoteImages?: boolean } = {}): string {
  const cleaned = sanitizeHtml(html, opts.allowRemoteImages ? withRemote : withoutRemote);
  return cleaned.trim();
}
