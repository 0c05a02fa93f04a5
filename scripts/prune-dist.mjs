// Removes compiled files from dist/ whose TypeScript source is gone (a file moved or deleted). tsc never
// deletes outputs, and a stale `dist/libs/domain/src/incident.js` would shadow the new folder
// `incident/index.js` that replaced it (Node resolves the file first). Runs before every build.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The project root: this script's parent folder, or the folder given (its test uses a scratch one).
const root = process.argv[2] ?? new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const compiled = /\.(js|js\.map|d\.ts)$/;
let removed = 0;

function prune(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      prune(path);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
      continue;
    }
    if (!compiled.test(name)) continue;
    const source = join(root, relative(dist, path)).replace(compiled, '');
    if (!existsSync(`${source}.ts`) && !existsSync(`${source}.tsx`)) {
      rmSync(path);
      removed++;
    }
  }
}

// Only what tsc compiles from the project's own folders; dist/console and the workflow bundle are rebuilt whole.
for (const top of ['apps', 'libs', 'workflows', 'scripts', 'test', 'bench']) {
  const dir = join(dist, top);
  if (existsSync(dir)) prune(dir);
}
if (removed > 0) console.log(`prune-dist: removed ${removed} compiled files whose source is gone`);
