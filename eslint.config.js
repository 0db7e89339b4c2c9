import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Part boundaries of DESIGN.md §3, held here so they cannot rot. */
const restrict = (patterns) => ['error', { patterns }];
const DEXIE = { group: ['dexie', 'dexie-react-hooks'], message: 'Only src/db/ touches IndexedDB.' };
const REACT = {
  group: ['react', 'react-dom', 'react-*', 'react-dom/*'],
  message: 'No React here.',
};
const ours = (part, why) => ({ group: [`**/${part}/**`, `**/${part}`], message: why });
/** Selectors of the DOM's HTML sinks, with their names for the message. */
const HTML_SINKS = [
  ["JSXAttribute[name.name='dangerouslySetInnerHTML']", 'dangerouslySetInnerHTML'],
  ["AssignmentExpression > MemberExpression.left[property.name='innerHTML']", 'innerHTML'],
  ["AssignmentExpression > MemberExpression.left[property.name='outerHTML']", 'outerHTML'],
  ["CallExpression[callee.property.name='insertAdjacentHTML']", 'insertAdjacentHTML'],
  ["CallExpression[callee.property.name='createContextualFragment']", 'createContextualFragment'],
  [
    "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    'document.write',
  ],
];

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'tests/e2e/.artifacts/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Comments and every other text a user typed are shown as React text nodes only, never
    // parsed as HTML (issue 6): these are the ways to put a string into the DOM as markup.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS.map(([selector, what]) => ({
          selector,
          message: `${what} parses text as HTML: render text as React children instead.`,
        })),
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrict([
        DEXIE,
        REACT,
        { group: ['node:*', 'fastify', 'better-sqlite3', 'pg'], message: 'domain is pure.' },
        ours('db', 'domain imports nothing of ours.'),
        ours('features', 'domain imports nothing of ours.'),
        ours('ui', 'domain imports nothing of ours.'),
        ours('app', 'domain imports nothing of ours.'),
        ours('server', 'domain imports nothing of ours.'),
        ours('sw', 'domain imports nothing of ours.'),
      ]),
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      // React is allowed here only for the useLiveQuery hooks that components read through.
      'no-restricted-imports': restrict([
        ours('features', 'db may import domain only.'),
        ours('ui', 'db may import domain only.'),
        ours('app', 'db may import domain only.'),
        ours('server', 'db may import domain only.'),
      ]),
    },
  },
  {
    files: ['src/features/**', 'src/ui/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': restrict([
        DEXIE,
        ours('server', 'The UI never imports the server.'),
        ours('sw', 'The service worker is built on its own.'),
      ]),
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': restrict([
        DEXIE,
        ours('db', 'ui may import domain only.'),
        ours('features', 'ui may import domain only.'),
        ours('app', 'ui may import domain only.'),
        ours('server', 'ui may import domain only.'),
      ]),
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': restrict([
        DEXIE,
        REACT,
        ours('db', 'The server never imports client parts.'),
        ours('features', 'The server never imports client parts.'),
        ours('ui', 'The server never imports client parts.'),
        ours('app', 'The server never imports client parts.'),
      ]),
    },
  },
  {
    files: ['src/sw/**'],
    rules: {
      'no-restricted-imports': restrict([
        REACT,
        // Background Sync flushes the outbox from the worker, so the sync engine is allowed.
        {
          group: ['**/features/**', '!**/features/outbox/*-engine*', '!**/features/outbox/flush*'],
          message: 'sw may import domain, db and the outbox sync engine only.',
        },
        ours('ui', 'sw may import domain and db only.'),
        ours('app', 'sw may import domain and db only.'),
        ours('server', 'sw may import domain and db only.'),
      ]),
    },
  },
  {
    files: ['tests/**', 'vite.config.ts', 'eslint.config.js'],
    rules: { 'no-console': 'off' },
  },
);
