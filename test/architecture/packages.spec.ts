import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '@hazard/config';

/**
 * The workspace packages (docs/architecture.md, "Packages"): every import names a package its package.json
 * declares, no relative import leaves its package, and the packages depend on each other without a cycle.
 * Imports are read by TypeScript's own pre-processor, so multi-line and type-only imports count too.
 */
describe('the workspace packages', () => {
  const root = projectRoot();
  interface Manifest {
    name: string;
    workspaces?: string[];
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  }
  const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;
  const rootManifest = readManifest('.');
  const packageDirs = (rootManifest.workspaces ?? []).flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(pattern.slice(0, -2), entry.name))
      : [pattern],
  );
  const packages = packageDirs.map((dir) => ({ dir, manifest: readManifest(dir) }));
  const declared = (m: Manifest) => new Set(Object.keys({ ...m.dependencies, ...m.devDependencies, ...m.optionalDependencies }));
  const ownerOf = (file: string) => packages.find((p) => file === join(root, p.dir) || file.startsWith(join(root, p.dir) + sep));

  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      if (['node_modules', 'dist', 'gql', 'results'].includes(name)) return [];
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
  const files = ['apps', 'libs', 'workflows', 'scripts', 'test', 'bench'].flatMap((dir) => sourceFiles(join(root, dir)));
  /** What a file imports or requires, and the packages it resolves at run time (`require.resolve`, the workflow bundle's entry). */
  const importsOf = (file: string) => {
    const text = readFileSync(file, 'utf8');
    const resolved = [...text.matchAll(/require\.resolve\('([^']+)'\)/g)].map((m) => m[1]);
    return [...ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName), ...resolved];
  };
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

  it('are the libraries, the apps and the workflows, each named @hazard/<folder>', () => {
    expect(packages.map((p) => p.manifest.name).sort()).toEqual(packageDirs.map((dir) => `@hazard/${dir.split('/').pop()}`).sort());
    expect(packages.length).toBeGreaterThanOrEqual(13);
  });

  const isTest = (file: string) => /\.(spec|faults|record)\.tsx?$/.test(file);
  const testSupport = join(root, 'test', 'support') + sep;

  it('import each other by name, never by a relative path out of the package (a test may use test/support)', () => {
    const crossings = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => {
          const target = resolve(dirname(file), specifier);
          return ownerOf(target) !== ownerOf(file) && !(isTest(file) && target.startsWith(testSupport));
        })
        .map((specifier) => `${relative(root, file)} → ${specifier}`),
    );
    expect(crossings).toEqual([]);
  });

  it('declare every package they import (tests may use the root development dependencies)', () => {
    const rootDeclared = declared(rootManifest);
    const undeclared = files.flatMap((file) => {
      const owner = ownerOf(file);
      const allowed = owner ? declared(owner.manifest) : rootDeclared;
      const test = isTest(file) || !owner;
      return importsOf(file)
        .filter((specifier) => !specifier.startsWith('.') && !builtins.has(specifier) && !specifier.startsWith('virtual:'))
        .map(packageName)
        .filter((name) => name !== owner?.manifest.name && !allowed.has(name) && !(test && rootDeclared.has(name)))
        .map((name) => `${relative(root, file)} imports ${name}`);
    });
    expect(undeclared).toEqual([]);
  });

  it('declare only the workspace packages their code imports', () => {
    const unused = packages.flatMap((p) => {
      const own = files.filter((file) => ownerOf(file) === p && !isTest(file));
      const imported = new Set(own.flatMap((file) => importsOf(file)).map(packageName));
      return Object.keys({ ...p.manifest.dependencies })
        .filter((name) => name.startsWith('@hazard/') && !imported.has(name))
        .map((name) => `${p.manifest.name} declares ${name}`);
    });
    expect(unused).toEqual([]);
  });

  it('depend on each other without a cycle, apps on libraries and never the other way', () => {
    const edges = new Map(packages.map((p) => [p.manifest.name, Object.keys({ ...p.manifest.dependencies }).filter((d) => d.startsWith('@hazard/'))]));
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (name: string, path: string[]) => {
      if (done.has(name)) return;
      if (visiting.has(name)) return void cycles.push([...path, name].join(' → '));
      visiting.add(name);
      for (const next of edges.get(name) ?? []) visit(next, [...path, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of edges.keys()) visit(name, []);
    expect(cycles).toEqual([]);
    const libraries = packages.filter((p) => p.dir.startsWith('libs/')).map((p) => p.manifest.name);
    const apps = packages.filter((p) => p.dir.startsWith('apps/')).map((p) => p.manifest.name);
    expect(libraries.flatMap((lib) => (edges.get(lib) ?? []).filter((d) => apps.includes(d)).map((d) => `${lib} → ${d}`))).toEqual([]);
  });
});

/** The compiled tree resolves the packages to their compiled code (scripts/link-dist.mjs). */
describe('scripts/link-dist.mjs', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'link-dist-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('lets code under dist/ require a workspace package by name and get its compiled module', () => {
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    };
    write('package.json', JSON.stringify({ name: 'scratch', workspaces: ['libs/*', 'workflows'] }));
    const exportsField = (src: string) => ({ '.': `./${src}index.ts`, './*': `./${src}*.ts` });
    write('libs/answer/package.json', JSON.stringify({ name: '@hazard/answer', exports: exportsField('src/') }));
    write('libs/answer/src/index.ts', 'export const answer = 41;');
    write('workflows/package.json', JSON.stringify({ name: '@hazard/workflows', exports: exportsField('') }));
    write('dist/libs/answer/src/index.js', 'exports.answer = 42;');
    write('dist/libs/answer/src/more/half.js', 'exports.half = 0.5;');
    write('dist/workflows/index.js', "exports.doubled = require('@hazard/answer').answer * 2 * require('@hazard/answer/more/half').half * 2;");
    write('dist/scripts/main.js', "console.log(require('@hazard/workflows').doubled);");
    execFileSync(process.execPath, [join(projectRoot(), 'scripts', 'link-dist.mjs'), scratch]);
    expect(execFileSync(process.execPath, [join(scratch, 'dist/scripts/main.js')], { encoding: 'utf8' }).trim()).toBe('84');
  });
});
