// PDF reading in the worker pool: real PDFs in, their page text or a reason out; several at once.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentPdf } from '@/lib/email/simulator/pdf';
import { readPdfText, readPdfTextAhead, readPdfTextOf } from './pdf-text';

const at = new Date('2026-11-02T09:00:00Z');
const order = (number: number) =>
  documentPdf({ title: `Purchase Order ${number}`, issuer: ['Schneiderei Müller'], facts: [['Order no.', String(number)]], createdAt: at });

describe('readPdfText', () => {
  it('reads the page text of several PDFs side by side, each its own', async () => {
    const files = await Promise.all([4711, 4712, 4713, 4714].map(order));
    const readings = await Promise.all(files.map((f) => readPdfText(f)));
    readings.forEach((r, i) => expect(r).toMatchObject({ ok: true, text: expect.stringContaining(`Purchase Order ${4711 + i}`) }));
  });

  it('leaves the caller its bytes', async () => {
    const file = new Uint8Array(await order(4715));
    await readPdfText(file);
    expect(file.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(file.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('says why when a file is not a PDF, has no text or is too long', async () => {
    expect(await readPdfText(Buffer.from('not a pdf at all'))).toMatchObject({ ok: false, problem: expect.stringMatching(/^the PDF could not be read/) });
    const blank = await PDFDocument.create();
    blank.addPage();
    expect(await readPdfText(await blank.save())).toEqual({ ok: false, problem: 'the PDF has no text layer (a scan?)' });
    const long = await PDFDocument.create();
    for (let i = 0; i < 21; i++) long.addPage();
    expect(await readPdfText(await long.save())).toEqual({ ok: false, problem: 'the PDF has 21 pages (more than 20)' });
  });

  it('hands a reading started ahead to the first who asks for that file, and reads anew after', async () => {
    const [early, late] = await Promise.all([order(4716), order(4717)]);
    const sha256 = `test-${Math.random()}`;
    readPdfTextAhead(sha256, early);
    expect(await readPdfTextOf({ sha256, content: late })).toMatchObject({ ok: true, text: expect.stringContaining('Purchase Order 4716') });
    expect(await readPdfTextOf({ sha256, content: late })).toMatchObject({ ok: true, text: expect.stringContaining('Purchase Order 4717') });
  });
});
