// The HTML part of order emails: the same words as the text part, with the order lines as a table.
import { escapeHtml, htmlParagraphs } from '@/lib/html';
import { formatEuro } from './money';
import { vatLabel } from './vat';
import type { OrderForEmail } from './order-emails';
import type { OrderLink } from './order-email-details';

const cell = (content: string, align: 'left' | 'right' = 'left') => `<td style="padding: 4px 8px; text-align: ${align};">${content}</td>`;

function orderLinesHtml(order: OrderForEmail): string {
  const items = order.items.map(
    (i) => `<tr>${cell(`${i.quantity} ×`, 'right')}${cell(`${escapeHtml(i.name)} (${escapeHtml(i.sku)})`)}${cell(formatEuro(i.unitPriceCents), 'right')}${cell(formatEuro(i.lineCents), 'right')}</tr>`,
  );
  const sums: [string, string][] = [
    ['Net', formatEuro(order.netCents)],
    ['Shipping', order.shippingCents ? formatEuro(order.shippingCents) : 'free'],
    [escapeHtml(vatLabel(order)), formatEuro(order.vatCents)],
    ['<strong>Total</strong>', `<strong>${formatEuro(order.totalCents)}</strong>`],
  ];
  const totals = sums.map(([label, value]) => `<tr><td colspan="3" style="padding: 4px 8px; text-align: right;">${label}</td>${cell(value, 'right')}</tr>`);
  return [
    '<table style="border-collapse: collapse;">',
    `<caption style="text-align: left; font-weight: bold; padding: 4px 8px;">Your order ${escapeHtml(order.number)}</caption>`,
    ...items,
    ...totals,
    '</table>',
  ].join('\n');
}

export function orderEmailHtml(parts: { body: string; order: OrderForEmail; closing?: string; link: OrderLink; signature: string }): string {
  return [
    '<!doctype html><html><body style="font-family: Georgia, serif; color: #1e1b4b;">',
    htmlParagraphs(parts.body),
    orderLinesHtml(parts.order),
    parts.closing ? htmlParagraphs(parts.closing) : '',
    `<p><a href="${escapeHtml(parts.link.url)}">${escapeHtml(parts.link.label)}</a></p>`,
    `<p style="color: #6b21a8;">${escapeHtml(parts.signature.trimEnd()).replace(/\n/g, '<br>')}</p>`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
}
