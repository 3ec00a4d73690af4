// The text of a PDF attachment, read in worker threads: PDF.js is heavy, synchronous work that would otherwise stall
// the pipeline's thread and leave the machine's other cores idle. Only text a PDF really contains is read: a scan
// without a text layer reads as empty and goes to a person.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';

export type PdfReading = { ok: true; text: string } | { ok: false; problem: string };

let readers: Piscina | undefined;

function pool(): Piscina {
  // From the working directory, not import.meta.url: Next's server bundle moves this module, not the worker file.
  readers ??= new Piscina({
    filename: path.join(process.cwd(), 'lib/agents/pdf-reader.mjs'),
    minThreads: 0,
    maxThreads: Math.max(1, availableParallelism()),
    idleTimeout: 30_000,
  });
  return readers;
}

export async function readPdfText(content: Uint8Array): Promise<PdfReading> {
  // A copy, handed over to the worker: the attachment row keeps its own.
  const copy = new Uint8Array(content);
  try {
    return await pool().run(copy, { transferList: [copy.buffer] });
  } catch (error) {
    return { ok: false, problem: `the PDF could not be read (${(error as Error).message ?? error})` };
  }
}
