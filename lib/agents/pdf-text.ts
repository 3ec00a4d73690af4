// The text of a PDF attachment, read in worker threads: PDF.js is heavy, synchronous work that would otherwise stall
// the pipeline's thread and leave the machine's other cores idle. Only text a PDF really contains is read: a scan
// without a text layer reads as empty and goes to a person.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';

export type PdfReading = { ok: true; text: string } | { ok: false; problem: string };

let readers: Piscina | undefined;

// Readings started before the agent asks for them (while the email is still being stored), by the file's SHA-256.
// Bounded: a reading nobody takes (a duplicate delivery, an email another unit took) is dropped in time.
const ahead = new Map<string, Promise<PdfReading>>();
const MAX_AHEAD = 500;

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

/** Starts reading a PDF now, for readPdfTextOf to pick up later. */
export function readPdfTextAhead(sha256: string, content: Uint8Array): void {
  if (ahead.has(sha256)) return;
  if (ahead.size >= MAX_AHEAD) ahead.delete(ahead.keys().next().value!);
  ahead.set(sha256, readPdfText(content));
}

/** The reading started ahead for this file, else a new one. */
export function readPdfTextOf(file: { sha256: string; content: Uint8Array }): Promise<PdfReading> {
  const started = ahead.get(file.sha256);
  ahead.delete(file.sha256);
  return started ?? readPdfText(file.content);
}
