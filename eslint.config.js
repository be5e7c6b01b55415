// Lint rules that make the design's boundaries mechanical (shared/DESIGN.md, rules 1 and 2).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const engineForbiddenImports = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'monaco-editor', 'monaco-editor/*', 'comlink', 'zustand'], message: 'The engine is pure TypeScript: no UI or worker libraries (DESIGN.md rule 1).' },
    { group: ['**/ui/**', '**/worker/**', '**/lab/**', '**/cli/**'], message: 'The engine never imports from ui, worker, lab or cli (DESIGN.md rule 1).' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/testdata/**', 'public/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/engine/**/*.ts'],
    // Tests run on Node and may time themselves; engine code may not (benchmarks live in scripts/bench).
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', engineForbiddenImports],
      'no-restricted-globals': ['error', 'window', 'document', 'setTimeout', 'setInterval', 'performance', 'crypto', 'navigator', 'self'],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG (DESIGN.md rule 2).' },
        { object: 'Date', property: 'now', message: 'The engine has virtual time only (DESIGN.md rule 2).' },
        { object: 'performance', property: 'now', message: 'The engine has virtual time only (DESIGN.md rule 2).' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'The engine has virtual time only (DESIGN.md rule 2).' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/engine/*', '!**/engine/trace', '**/engine/*/**', '!**/engine/trace/**', '!**/engine/api-types', '!**/engine/index', '!**/engine/index.ts'], message: 'The UI consumes the trace and the worker API, never engine internals (DESIGN.md rule 1).' },
        // The engine's surface may be named in types, but calling it from the UI would run the
        // checker on the UI thread: values go through the worker (src/worker/client.ts).
        { group: ['**/engine/index', '**/engine/index.ts'], allowTypeImports: true, message: 'The UI may import engine types only; run the engine through the worker (DESIGN.md, worker).' },
      ] }],
    },
  },
);
