import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { ReportContent } from './model';
import type { XlsxRenderer } from './render';
import { type RenderTask, type Rendered, renderReport } from './render-worker';

/**
 * Workbooks are rendered on worker threads, never on the server's event loop: a city report takes
 * seconds of CPU (ExcelJS, then the reproducible zip), and a gateway that rendered it inline would stall
 * every other request meanwhile. One pool per process, at most one thread per core but one, started on
 * first use. Where the compiled worker is not next to this file (tests running the TypeScript sources),
 * it renders in place.
 */
let pool: Piscina | null | undefined;

export function createRenderPool(filename: string, maxThreads = Math.max(1, availableParallelism() - 1)): Piscina {
  return new Piscina({ filename, maxThreads, minThreads: 0, idleTimeout: 60_000 });
}

function sharedPool(): Piscina | null {
  if (pool === undefined) {
    const compiled = join(__dirname, 'render-worker.js');
    pool = existsSync(compiled) ? createRenderPool(compiled) : null;
  }
  return pool;
}

export interface RenderOptions {
  /** The renderer a recorded report names; new reports take the current one of their content's format (`rendererFor`). */
  renderer?: XlsxRenderer;
  /** The pool to render on (tests pass their own); null renders on the calling thread. */
  pool?: Piscina | null;
}

/** The content's canonical text, the workbook (byte for byte as `renderXlsxHere` makes it) and both hashes, off the event loop. */
export async function renderOffThread(content: ReportContent, { renderer, pool = sharedPool() }: RenderOptions = {}): Promise<Rendered> {
  // an undefined renderer takes the current one (renderReport's default)
  const task: RenderTask = { content, renderer };
  if (!pool) return renderReport(task);
  return (await pool.run(task)) as Rendered;
}

/** The report's workbook, rendered off the event loop. */
export async function renderXlsx(content: ReportContent, options: RenderOptions = {}): Promise<Buffer> {
  return Buffer.from((await renderOffThread(content, options)).xlsx);
}

/** Stops the pool's threads (a server shutting down). */
export async function closeRenderPool(): Promise<void> {
  const running = pool;
  pool = undefined;
  await running?.destroy();
}
