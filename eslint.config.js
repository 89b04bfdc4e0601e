import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream'];

/** DESIGN.md §13: the boundaries, enforced by the linter rather than by memory. */
const restrict = (paths, patterns) => ['error', { paths: paths.map((name) => ({ name, message: 'Outside this layer (DESIGN.md §13).' })), patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': restrict(['electron'], []),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', 'react', 'react-dom', 'better-sqlite3', 'zustand', 'ws', 'exceljs', 'papaparse'],
        [
          { group: NODE_BUILTINS, message: 'shared/ runs anywhere: no Node built-ins.' },
          { group: ['**/main/**', '**/renderer/**'], message: 'shared/ may not import main/ or renderer/.' },
        ],
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only a React Compiler concern (TanStack Virtual is not memoisable); we don't use the compiler.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': restrict(
        ['electron', 'better-sqlite3', 'ws', 'exceljs'],
        [
          { group: NODE_BUILTINS, message: 'The renderer never touches Node.' },
          { group: ['**/main/**'], message: 'A window never reads the database: go through the contract.' },
        ],
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': restrict(['electron', 'react', 'react-dom'], [{ group: ['**/renderer/**'], message: 'main/ may not import renderer/.' }]),
    },
  },
  {
    files: ['main/electron/**/*.ts', 'tests/**/*.{ts,tsx}', 'scripts/**', '*.config.*'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
