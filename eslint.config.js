import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/**
 * The one-way flow of src/lib: each folder may import only the folders listed for it (and itself), so a
 * backwards import is a lint error. Low to high: policy → data → domain → analysis → pipeline/i18n →
 * state → map → ui. `pipeline` (validate and publish geodata/) runs at build time only. Where a lower
 * layer needs something from a higher one, move the thing down.
 */
export const LAYERS = {
  policy: [],
  data: ['policy'],
  domain: ['policy', 'data'],
  analysis: ['policy', 'data', 'domain'],
  pipeline: ['policy', 'data', 'domain', 'analysis'],
  i18n: ['policy', 'data', 'domain', 'analysis'],
  state: ['policy', 'data', 'domain', 'analysis', 'i18n'],
  map: ['policy', 'data', 'domain', 'analysis', 'i18n', 'state'],
  ui: ['policy', 'data', 'domain', 'analysis', 'i18n', 'state', 'map'],
};

function layerRules(layer, allowed) {
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  const patterns = [
    {
      // Relative imports that climb out of this folder into a higher (or build-time) one.
      regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
      message: `src/lib/${layer} may import only ${allowed.length > 0 ? allowed.join(', ') : 'nothing else in src/lib'} (imports flow one way: move the thing down instead).`,
    },
  ];
  return [
    {
      files: [`src/lib/${layer}/**/*.{ts,svelte}`],
      ignores: ['**/*.test.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...patterns,
              { regex: '(^|/)(scripts|tests)/', message: 'App code never imports scripts/ or tests/.' },
            ],
          },
        ],
      },
    },
    {
      files: [`src/lib/${layer}/**/*.test.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...patterns,
              {
                regex: '(^|/)(scripts/|tests/(?!support/))',
                message: 'Unit tests take their fixtures and helpers from tests/support/.',
              },
            ],
          },
        ],
      },
    },
  ];
}

export default ts.config(
  { ignores: ['.scratch/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // Tests mutate raw JSON fixtures on purpose to prove the validator catches each problem.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...Object.entries(LAYERS).flatMap(([layer, allowed]) => layerRules(layer, allowed)),
  {
    // zod is configured in one place (src/lib/data/zod.ts) and kept off the path to the first map: the app
    // imports its types anywhere, its code only through the modules that define schemas.
    files: ['src/**/*.{ts,svelte}'],
    ignores: ['src/lib/data/zod.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Take z from src/lib/data/zod.ts (configured for the page's CSP); import zod's types only.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render untrusted data as text, never as HTML.',
        },
      ],
      'svelte/no-at-html-tags': 'error',
    },
  },
);
