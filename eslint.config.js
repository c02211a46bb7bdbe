import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const banned = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Never innerHTML: render with Lit templates.' },
  {
    selector: "MemberExpression[property.name='outerHTML'][parent.type='AssignmentExpression']",
    message: 'Never assign outerHTML.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insertAdjacentHTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'Never eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'Never new Function.' },
];

/** Readable over small: a chain of conditions is an if/else or a lookup, except inside a Lit template. */
const nestedTernary = {
  selector:
    'ConditionalExpression:not(TaggedTemplateExpression *) > ConditionalExpression.consequent, ' +
    'ConditionalExpression:not(TaggedTemplateExpression *) > ConditionalExpression.alternate',
  message: 'No nested ternary outside a template: write if/else, a small function or a lookup.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'custom-elements.json',
      'shots/',
      'storybook-static/',
      'bench/results/',
      'reports/',
      '.stryker-tmp*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
    rules: {
      ...lit.configs['flat/recommended'].rules,
      'no-restricted-syntax': ['error', ...banned, nestedTernary],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Never unsafeHTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Never unsafeSVG.' },
            { name: 'd3-selection', message: 'd3 is for maths only; Lit owns the DOM.' },
            { name: 'd3-transition', message: 'd3 is for maths only; Lit owns the DOM.' },
            { name: 'd3-axis', message: 'd3 is for maths only; Lit owns the DOM.' },
            { name: 'd3', message: 'Import the d3 maths module you need.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'bench/**', 'bin/**'],
    // Node scripts, some of which hand functions to a browser page to run.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['examples/**', 'test/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-sequences': 'error',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'bin/**', 'test/**', 'examples/**', 'stories/**'],
    rules: { 'no-restricted-syntax': ['error', nestedTernary] },
  },
);
