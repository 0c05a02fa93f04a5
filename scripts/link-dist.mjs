// Makes the compiled tree resolve workspace packages the way the source tree does (docs/architecture.md,
// "Packages"). In the source tree each package's `exports` name its TypeScript files (`./src/index.ts`), which
// TypeScript, jest, Vite and webpack all read. tsc compiles every package into one dist/ that mirrors the source
// folders, so `dist/libs/domain/src/index.js` sits where `libs/domain/src/index.ts` does. This writes each
// package.json beside its compiled code with the exports pointing at `.js`, and links
// dist/node_modules/@hazard/<name> to it, so a require of `@hazard/domain` from anywhere under dist/ finds the
// compiled package before the source one. Runs after tsc.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = process.argv[2] ?? new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Workspace folders, from the root package.json's patterns (`libs/*` or a folder). */
const folders = workspaces.flatMap((pattern) =>
  pattern.endsWith('/*')
    ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(pattern.slice(0, -2), entry.name))
    : [pattern],
);

/** The same exports, naming the compiled `.js` files instead of the `.ts` sources. */
function compiled(exports) {
  if (typeof exports === 'string') return exports.replace(/\.tsx?$/, '.js');
  if (exports === null || typeof exports !== 'object') return exports;
  return Object.fromEntries(Object.entries(exports).map(([key, target]) => [key, compiled(target)]));
}

let linked = 0;
for (const folder of folders) {
  const manifest = join(root, folder, 'package.json');
  // Only packages tsc compiles (the console is built by Vite into dist/console).
  if (!existsSync(manifest) || !existsSync(join(dist, folder))) continue;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  writeFileSync(join(dist, folder, 'package.json'), `${JSON.stringify({ ...pkg, exports: compiled(pkg.exports) }, null, 2)}\n`);
  const { name } = pkg;
  const link = join(dist, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { force: true, recursive: true });
  symlinkSync(relative(dirname(link), join(dist, folder)), link, 'dir');
  linked++;
}
if (linked === 0) throw new Error(`link-dist: no compiled workspace package under ${dist}`);
