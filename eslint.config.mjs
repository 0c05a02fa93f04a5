// ESLint over the whole repository, and the import rules that hold its layers (docs/architecture.md, "Layers").
// `npm run lint` runs it; `npm test` runs it first.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** The layers, as import restrictions: `from` may not import what `patterns` match. */
const layer = (files, patterns, extra = {}) => ({
  files,
  ignores: ['**/*.spec.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns, ...extra }] },
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

  // Libraries never import an app, nor the workflows (they share names through libs/contracts).
  layer(['libs/**/*.ts'], [
    { group: ['**/apps/**'], message: 'a library never imports an app: move what both need into a library' },
    { group: ['**/workflows/**', '**/workflows'], message: 'share workflow names and types through libs/contracts' },
  ]),
  // Workflow code: only the domain and the contracts, no Node built-ins (it is bundled and replayed).
  {
    files: ['workflows/**/*.ts', 'bench/workflows/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'workflow code is bundled and replayed: no Node built-ins (do it in an activity)' })),
          patterns: [
            { regex: '(^|/)(apps/|libs/(?!(domain|contracts)/src$))', message: 'workflows import only libs/domain and libs/contracts' },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // The production apps never import the development stack, and the gateway reaches workflows only through contracts.
  layer(['apps/gateway/src/**/*.ts'], [
    { group: ['**/libs/devstack/**', '**/libs/devstack'], message: 'production code never imports the development stack' },
    { group: ['**/workflows/**', '**/workflows'], message: 'the gateway names workflows through libs/contracts' },
    { regex: '(^|/)worker/src(/|$)', message: 'one app never imports another' },
  ]),
  layer(['apps/worker/src/**/*.ts'], [
    { group: ['**/libs/devstack/**', '**/libs/devstack'], message: 'production code never imports the development stack' },
    { regex: '(^|/)(gateway|console)/src(/|$)', message: 'one app never imports another' },
  ]),
  // The console shares only the pure domain (labels, roles, command availability); the rest it asks through GraphQL.
  {
    files: ['apps/console/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)(apps/(gateway|worker)|workflows|libs/(?!domain/))', message: 'the console talks to the server through GraphQL; it shares only libs/domain' }] },
      ],
    },
  },

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
