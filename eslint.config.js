// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import importDirection from './scripts/lint/importFlow.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist-bygges-*/',
      '.dist-utgave-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_`-prefixed names mark a parameter or binding kept for its position (callbacks, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // The one-way flow of ARCHITECTURE.md, enforced so it cannot silently turn back.
  {
    files: ['src/**/*.{ts,astro}'],
    plugins: { flow: { rules: { 'import-direction': importDirection } } },
    rules: { 'flow/import-direction': 'error' },
  },
  // A temporary folder made outside tests/helpers/tempDir.ts is never removed: runs left gigabytes in /tmp.
  {
    files: ['tests/**/*.ts'],
    ignores: ['tests/helpers/tempDir.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^mkdtemp(Sync)?$/]',
          message:
            'Lag midlertidige mapper med tempDir() fra tests/helpers/tempDir.ts, som fjerner dem etter testfilen.',
        },
      ],
    },
  },
  // Formatting is Prettier's job; this turns off the stylistic rules that would fight it.
  prettier,
);
