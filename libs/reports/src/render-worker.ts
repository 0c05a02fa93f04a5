import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import type { ReportContent } from './model';
import { type XlsxRenderer, renderXlsxHere, rendererFor } from './render';

export interface Rendered {
  /** The RFC 8785 text of the content, and its SHA-256: what a draft or a submission records. */
  text: string;
  contentHash: string;
  xlsx: Uint8Array;
  xlsxSha256: string;
  /** The renderer that wrote `xlsx`, recorded with its hash. */
  xlsxRenderer: XlsxRenderer;
}

export interface RenderTask {
  content: ReportContent;
  /** The renderer a recorded report names; without one, the current renderer of the content's format. */
  renderer?: XlsxRenderer;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The content's text and workbook with their hashes: the CPU-heavy part of a report, done on one thread. */
export async function renderReport({ content, renderer = rendererFor(content.format) }: RenderTask): Promise<Rendered> {
  const text = canonicalize(content);
  const xlsx = new Uint8Array(await renderXlsxHere(content, renderer));
  return { text, contentHash: sha256(text), xlsx, xlsxSha256: sha256(xlsx), xlsxRenderer: renderer };
}

/** Runs in a worker thread of the render pool (render-pool.ts). */
export default renderReport;
