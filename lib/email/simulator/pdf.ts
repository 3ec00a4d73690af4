// Small real PDFs (orders, invoices, delivery notes) with pdf-lib. The text is real page text in the standard
// Helvetica font, so a PDF text extractor reads the SKUs, quantities and amounts back. Dates are fixed
// by the caller, so the same draw gives byte-identical files.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export type PdfDocumentSpec = {
  title: string;
  issuer: string[];
  /** Label/value pairs under the title: number, date, customer, delivery date… */
  facts: [string, string][];
  table?: { columns: { head: string; x: number; align?: 'right' }[]; rows: string[][] };
  closing?: string[];
  createdAt: Date;
};

const A4: [number, number] = [595, 842];
const LEFT = 50;

function drawRight(page: PDFPage, font: PDFFont, text: string, right: number, y: number, size: number) {
  page.drawText(text, { x: right - font.widthOfTextAtSize(text, size), y, size });
}

export async function documentPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(spec.title);
  doc.setCreationDate(spec.createdAt);
  doc.setModificationDate(spec.createdAt);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  const page = doc.addPage(A4);
  let y = 790;
  page.setFont(bold);
  page.drawText(spec.issuer[0], { x: LEFT, y, size: 12 });
  page.setFont(regular);
  for (const line of spec.issuer.slice(1)) page.drawText(line, { x: LEFT, y: (y -= 13), size: 9 });
  page.setFont(bold);
  page.drawText(spec.title, { x: LEFT, y: (y -= 40), size: 18 });
  page.setFont(regular);
  y -= 10;
  for (const [label, value] of spec.facts) {
    y -= 15;
    page.drawText(`${label}:`, { x: LEFT, y, size: 10 });
    page.drawText(value, { x: LEFT + 140, y, size: 10 });
  }
  if (spec.table) {
    y -= 30;
    page.setFont(bold);
    const cell = (text: string, col: { x: number; align?: 'right' }, size: number, font: PDFFont) =>
      col.align === 'right' ? drawRight(page, font, text, col.x, y, size) : page.drawText(text, { x: col.x, y, size });
    spec.table.columns.forEach((c) => cell(c.head, c, 9, bold));
    page.setFont(regular);
    page.drawLine({ start: { x: LEFT, y: y - 4 }, end: { x: A4[0] - LEFT, y: y - 4 }, thickness: 0.5 });
    for (const row of spec.table.rows) {
      y -= 16;
      row.forEach((text, i) => cell(text, spec.table!.columns[i], 9, regular));
    }
  }
  y -= 20;
  for (const line of spec.closing ?? []) page.drawText(line, { x: LEFT, y: (y -= 14), size: 10 });
  return Buffer.from(await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }));
}
