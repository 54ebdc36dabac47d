import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import security from 'eslint-plugin-security';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noDynamicSql from './eslint-rules/no-dynamic-sql.js';

/**
 * The layering of STYLE.md as lint rules: renderer never imports main, main never imports
 * renderer, shared imports neither (nor node:* nor electron), and only src/main/electron/ may
 * import electron.
 */
const layer = (patterns, message) => [
  'error',
  { patterns: patterns.map((group) => ({ group, message })) },
];

const RENDERER_LAYERING = [['**/main/**', '../main/*'], ['electron'], ['node:*']];
const RENDERER_LAYERING_MESSAGE =
  'The renderer reaches the backend only through src/renderer/src/lib/api.ts.';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**', // ONEUP_OUT_DIR builds of parallel e2e runs
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'bench/.data/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  security.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    plugins: { oneup: { rules: { 'no-dynamic-sql': noDynamicSql } } },
    rules: {
      // Flags every `object[key]`: 170 findings, each a lookup TypeScript already types (a Record
      // keyed by a union, an array index). Input that reaches the backend is parsed by zod first.
      'security/detect-object-injection': 'off',
    },
  },
  {
    // SQL text is built only from code (eslint-rules/no-dynamic-sql.js says what counts).
    files: ['src/**/*.ts'],
    rules: { 'oneup/no-dynamic-sql': 'error' },
  },
  {
    // Developer tooling and tests: they read and write the files they compute paths for, build
    // regexes from their own fixtures and import() their own modules; no user input reaches them.
    files: [
      'scripts/**',
      'bench/**',
      'test/**',
      'build/**',
      'eslint-rules/**',
      '*.config.{js,mjs,cjs,ts,mts}',
    ],
    rules: {
      'security/detect-non-literal-fs-filename': 'off',
      'security/detect-non-literal-regexp': 'off',
      'security/detect-unsafe-regex': 'off',
      'no-unsanitized/method': 'off',
    },
  },
  {
    // Every path here is the data folder given at startup joined with a fixed name or a backup
    // name the code generated; a name that arrives over IPC must match BACKUP_NAME_PATTERN (no
    // separators). The renderer's files, served by the browser host and by app://, are confined
    // to the renderer folder by security/renderer-files.ts (resolve, then a prefix check); cli.ts
    // looks for the built renderer.
    files: [
      'src/main/backup/**',
      'src/main/recovery/**',
      'src/main/db/open.ts',
      'src/main/db/live-database.ts',
      'src/main/db/lock.ts',
      'src/main/db/open-errors.ts',
      'src/main/electron/window-state.ts',
      'src/main/host/server.ts',
      'src/main/host/cli.ts',
      'src/main/electron/app-protocol.ts',
    ],
    rules: { 'security/detect-non-literal-fs-filename': 'off' },
  },
  {
    // The checker compiles its rule catalogue (fixed phrases in src/shared/checker) into regexes;
    // opener text is only ever the subject of a match, never part of a pattern.
    // Its "timing attack" hit is a word-hash comparison named wordKey: no secret is compared.
    files: ['src/shared/checker/**'],
    rules: {
      'security/detect-non-literal-regexp': 'off',
      'security/detect-possible-timing-attacks': 'off',
    },
  },
  {
    // Flagged for nested quantifiers, none of which can backtrack badly: channel names alternate
    // letters with a literal '-'; the phone, date and backup-name patterns are anchored, their
    // repeats separated by literal characters, and their input capped by zod (LIMITS, ≤ 80
    // characters for names); the checker's time pattern and quantifier probe scan short slices.
    files: [
      'src/preload/index.ts',
      'src/shared/api/contract.ts',
      'src/shared/domain/{fields,plan,review,backup}.ts',
      'src/shared/checker/rules/weak-value.ts',
      'src/shared/checker/triggers.ts',
    ],
    rules: { 'security/detect-unsafe-regex': 'off' },
  },
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
      'no-restricted-imports': layer(RENDERER_LAYERING, RENDERER_LAYERING_MESSAGE),
    },
  },
  {
    // Only a feature's queries.ts (and the shell's app/queries.ts) talks to the backend, so every
    // write can keep the cache true. lib/api-error stays importable everywhere.
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    ignores: [
      'src/renderer/src/features/*/queries.ts',
      'src/renderer/src/app/queries.ts',
      'src/renderer/src/lib/**',
      'src/renderer/src/app/startup.ts', // adopts the launch token before the first request
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RENDERER_LAYERING.map((group) => ({ group, message: RENDERER_LAYERING_MESSAGE })),
            {
              group: ['**/lib/api'],
              message:
                "Call the backend from your feature's queries.ts (a query or a mutation that keeps the cache true); import ApiCallError from lib/api-error.",
            },
          ],
        },
      ],
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
