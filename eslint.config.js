import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering of STYLE.md as lint rules: renderer never imports main, main never imports
 * renderer, shared imports neither (nor node:* nor electron), and only src/main/electron/ may
 * import electron.
 */
const layer = (patterns, message) => [
  'error',
  { patterns: patterns.map((group) => ({ group, message })) },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'bench/.data/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off', // the validators match control characters on purpose
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': layer(
        [['**/main/**', '../main/*'], ['electron'], ['node:*']],
        'The renderer reaches the backend only through src/renderer/src/lib/api.ts.',
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [['**/main/**', '**/renderer/**', '**/preload/**'], ['electron'], ['node:*']],
        'src/shared is pure TypeScript that runs anywhere: no electron, node:*, main or renderer.',
      ),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    // index.ts is the Electron entry: it only loads ./electron/main.
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': layer(
        [
          ['**/renderer/**', '**/preload/**'],
          ['electron', 'electron/*'],
        ],
        'Only src/main/electron/ imports electron; main never imports the renderer.',
      ),
    },
  },
  {
    files: ['src/main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': layer([['**/renderer/**']], 'Main never imports the renderer.'),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [['**/main/**', '**/renderer/**'], ['node:*']],
        'The preload sees only electron and src/shared.',
      ),
    },
  },
);
