// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// STYLE §2: the headless rules, for editor-time feedback (test/architecture/boundaries.test.ts is the gate).
const headless = {
  paths: [
    { name: 'phaser', message: 'src/ is headless; rendering lives in scenes/.' },
    { name: 'howler', message: 'Use AudioPort; the Howler adapter is scenes/adapters/howler-audio.ts.' },
  ],
  patterns: [{ group: ['**/scenes/**'], message: 'src/ never depends on scenes/.' }],
};
const nodeOnly = {
  group: ['node:*'],
  message: 'Only src/cli/ may import node:*; the rest of src/ ships to the browser.',
};

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'scenarios/scenario.schema.json'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Numbers and booleans read fine in messages; objects and undefined still get caught.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false },
      ],
      // `void promise` is how a click handler fires and forgets; keep reporting bare floating promises.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Passing an async function as a DOM or Phaser listener is fine; a promise in an `if` is not.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      // An async function that implements a Promise-returning port without awaiting anything is fine.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...headless, patterns: [...headless.patterns, nodeOnly] }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use src/sim/rng.ts so sessions replay.' },
        { object: 'Date', property: 'now', message: 'Game time is turns; wall-clock belongs to scenes/.' },
      ],
    },
  },
  // Node entry points: node:* and the clock are allowed, the headless rules still hold.
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', headless],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use src/sim/rng.ts so `npm run -s sim` replays.' },
      ],
    },
  },
  // Tests poke at untyped JSON, page.evaluate results and deliberately malformed input.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off', // expect(obj.method).toHaveBeenCalled() is the idiom
    },
  },
  // Plain JS (this file): not in tsconfig, so no type-aware rules.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], extends: [tseslint.configs.disableTypeChecked] },
);
