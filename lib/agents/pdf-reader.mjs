// The worker side of pdf-text.ts: reads one PDF's text with PDF.js (through unpdf). Plain JavaScript because worker
// threads load it straight from disk, under `next start` as under tsx and vitest.
import { extractText, getDocumentProxy } from 'unpdf';

/** Longer documents are not purchase orders or invoices an agent should settle alone. */
const MAX_PDF_PAGES = 20;

// Text only: no fonts to install for rendering, no code evaluation, the whole file at once, no console noise.
const TEXT_ONLY = { disableFontFace: true, useSystemFonts: false, isEvalSupported: false, disableAutoFetch: true, disableStream: true, verbosity: 0 };

/** @param {Uint8Array} content @returns {Promise<{ ok: true, text: string } | { ok: false, problem: string }>} */
export default async function readPdf(content) {
  let pdf;
  try {
    pdf = await getDocumentProxy(content, TEXT_ONLY);
    if (pdf.numPages > MAX_PDF_PAGES) return { ok: false, problem: `the PDF has ${pdf.numPages} pages (more than ${MAX_PDF_PAGES})` };
    const { text } = await extractText(pdf, { mergePages: true });
    if (!text.trim()) return { ok: false, problem: 'the PDF has no text layer (a scan?)' };
    return { ok: true, text };
  } catch (error) {
    return { ok: false, problem: `the PDF could not be read (${error?.message ?? error})` };
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
