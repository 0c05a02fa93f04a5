// ESLint over the whole repository, and the import rules that hold its layers (docs/architecture.md, "Layers").
// `npm run lint` runs it; `npm test` runs it first.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * Each library and app is a workspace package (`@hazard/domain`, …; docs/architecture.md, "Packages"): another
 * package is imported by its name, never by a relative path that climbs out of the importing package.
 */
const crossPackage = {
  regex: '^(\\.\\./)+((libs|apps)/|[a-z-]+/src(/|$))',
  message: 'import another package by its name (@hazard/…), not by a relative path out of this package',
};

/** The layers, as import restrictions: `files` may not import what `patterns` match. */
const layer = (files, patterns, extra = {}) => ({
  files,
  ignores: ['**/*.spec.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns: [crossPackage, ...patterns], ...extra }] },
});

/** Workflow code: bundled by webpack and replayed, so no Node built-ins, no floating promise, and only `packages`. */
const workflowCode = (files, packages) => ({
  files,
  ignores: ['**/*.spec.ts'],
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: nodeBuiltins.map((name) => ({ name, message: 'workflow code is bundled and replayed: no Node built-ins (do it in an activity)' })),
        patterns: [crossPackage, { regex: `^@hazard/(?!(${packages})$)`, message: `workflow code imports only @hazard/{${packages.replaceAll('|', ',')}}` }],
      },
    ],
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/no-misused-promises': 'error',
  },
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.tools/**', '.data/**', 'bench/results/**', 'apps/console/src/gql/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      // `_name` marks what is deliberately unused (a destructured-away field, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
      // GraphQL payloads and test fixtures are loosely typed on purpose; the domain is typed where it counts.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Everywhere (scripts, tests and bench included): packages by name.
  { files: ['**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [crossPackage] }] } },
  // Libraries never import an app, nor the workflows (they share names through @hazard/contracts).
  layer(['libs/**/*.ts'], [
    { regex: '^@hazard/(gateway|worker|console)(/|$)', message: 'a library never imports an app: move what both need into a library' },
    { regex: '^@hazard/workflows(/|$)', message: 'share workflow names and types through @hazard/contracts' },
  ]),
  // Workflow code: only the domain and the contracts, no Node built-ins (it is bundled and replayed).
  workflowCode(['workflows/**/*.ts'], 'domain|contracts'),
  // The benchmark's workflows run beside ours in one bundle, so they may re-export them.
  workflowCode(['bench/workflows/**/*.ts'], 'domain|contracts|workflows'),
  // The production apps never import the development stack, and the gateway reaches workflows only through contracts.
  layer(['apps/gateway/src/**/*.ts'], [
    { regex: '^@hazard/devstack(/|$)', message: 'production code never imports the development stack' },
    { regex: '^@hazard/workflows(/|$)', message: 'the gateway names workflows through @hazard/contracts' },
    { regex: '^@hazard/(worker|console)(/|$)', message: 'one app never imports another' },
  ]),
  layer(['apps/worker/src/**/*.ts'], [
    { regex: '^@hazard/devstack(/|$)', message: 'production code never imports the development stack' },
    { regex: '^@hazard/(gateway|console)(/|$)', message: 'one app never imports another' },
  ]),
  // The console shares only the pure domain (labels, roles, command availability); the rest it asks through GraphQL.
  layer(['apps/console/src/**/*.{ts,tsx}'], [
    { regex: '^@hazard/(?!domain$)', message: 'the console talks to the server through GraphQL; it shares only @hazard/domain' },
  ]),

  // The console: React hooks and accessibility.
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', localStorage: 'readonly' } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable table region must take focus so the keyboard can scroll it (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
);
