// The text of a PDF attachment, line by line, read with PDF.js (through unpdf, which runs it without a worker).
// Only text a PDF really contains is read: a scan without a text layer reads as empty and goes to a person.
import { extractText, getDocumentProxy } from 'unpdf';

/** Longer documents are not purchase orders or invoices an agent should settle alone. */
const MAX_PDF_PAGES = 20;

export type PdfReading = { ok: true; text: string } | { ok: false; problem: string };

// Text only: no fonts to install for rendering, no code evaluation, the whole file at once, no console noise.
const TEXT_ONLY = { disableFontFace: true, useSystemFonts: false, isEvalSupported: false, disableAutoFetch: true, disableStream: true, verbosity: 0 };

export async function readPdfText(content: Uint8Array): Promise<PdfReading> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // A copy: PDF.js may take over the buffer it is given, and the attachment row keeps its own.
    pdf = await getDocumentProxy(new Uint8Array(content), TEXT_ONLY);
    if (pdf.numPages > MAX_PDF_PAGES) return { ok: false, problem: `the PDF has ${pdf.numPages} pages (more than ${MAX_PDF_PAGES})` };
    const { text } = await extractText(pdf, { mergePages: true });
    if (!text.trim()) return { ok: false, problem: 'the PDF has no text layer (a scan?)' };
    return { ok: true, text };
  } catch (error) {
    return { ok: false, problem: `the PDF could not be read (${(error as Error).message ?? error})` };
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
