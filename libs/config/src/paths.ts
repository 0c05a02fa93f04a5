import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project root: the nearest folder above this file whose package.json declares the workspaces (each
 * library and app has its own package.json; the root is the one that lists them). Works from src and dist.
 */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!isWorkspaceRoot(dir)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json with "workspaces" above ${from}`);
    dir = parent;
  }
  return dir;
}

function isWorkspaceRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  return existsSync(file) && Array.isArray((JSON.parse(readFileSync(file, 'utf8')) as { workspaces?: unknown }).workspaces);
}
