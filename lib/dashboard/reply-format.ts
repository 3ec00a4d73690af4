// Staff replies are written as light markup (**bold**, _italic_, "- " list items) and rendered here to HTML.
// Everything is escaped first, so nothing a person types can become markup other than these three.

import { escapeHtml } from '@/lib/html';

function inline(line: string): string {
  return escapeHtml(line)
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,!?;:])/g, '$1<em>$2</em>');
}

const LIST_ITEM = /^\s*[-*]\s+/;

export function replyHtml(text: string): string {
  const blocks = text.replace(/\r\n/g, '\n').trim().split(/\n{2,}/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => LIST_ITEM.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.replace(LIST_ITEM, ''))}</li>`).join('')}</ul>`;
      return `<p>${lines.map(inline).join('<br>')}</p>`;
    })
    .join('\n');
}

/** The plain-text alternative: the markup characters removed. */
export function replyText(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .trim()
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1')
    .replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,!?;:])/g, '$1$2');
}
