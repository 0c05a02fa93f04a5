import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@hazard/config';
import { buildReport } from './build';
import { createRenderPool, renderOffThread } from './render-pool';
import { renderXlsxHere } from './render';
import { reportText, sha256 } from './load';

/**
 * The pool renders on a worker thread what the same code renders in place, byte for byte (a receipt's
 * hash must not depend on where its workbook was made). It loads the compiled worker that `npm run build`
 * writes, as the servers do.
 */
describe('the render pool', () => {
  const worker = join(projectRoot(), 'dist', 'libs', 'reports', 'src', 'render-worker.js');
  const content = buildReport({
    kind: 'DAILY',
    departmentCode: 'EMERGENCY',
    departmentName: '应急管理局',
    date: '2026-03-02',
    from: null,
    states: [],
    regionNames: new Map([['211102', '双台子区']]),
    regionOrder: ['211102'],
    previousReport: null,
    bySector: false,
  });

  it('gives the same text, workbook and hashes on a worker thread as in place', async () => {
    expect(existsSync(worker)).toBe(true);
    const pool = createRenderPool(worker, 1);
    try {
      const [off, here] = await Promise.all([renderOffThread(content, { pool }), renderXlsxHere(content)]);
      expect(pool.completed).toBe(1);
      expect(Buffer.from(off.xlsx).equals(here)).toBe(true);
      expect(off.xlsxSha256).toBe(sha256(here));
      expect(off.text).toBe(reportText(content));
      expect(off.contentHash).toBe(sha256(reportText(content)));
    } finally {
      await pool.destroy();
    }
  });
});
