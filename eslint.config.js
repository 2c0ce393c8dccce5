// ESLint flat config: typescript-eslint with type information, import cycles, and the boundaries
// between core and providers.
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** The provider folders, src/providers/<provider>/: each gets the same boundary zones. */
const providers = readdirSync(new URL('./src/providers/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** import-x/no-restricted-paths zones (paths relative to this file's folder). */
const boundaryZones = [
  {
    // Core is every file of src/ outside src/providers/, except the composition entry src/main.ts.
    target: ['src/!(providers)/**/*', 'src/!(main).ts'],
    from: 'src/providers',
    message: 'Core code never imports a provider; only the composition entry src/main.ts wires providers in.',
  },
  ...providers.flatMap((provider) => [
    {
      // Any other provider folder; files directly in src/providers/ (the registry) are not one.
      target: `src/providers/${provider}`,
      from: `src/providers/!(${provider})/**/*`,
      message: `A provider never imports another provider: src/providers/${provider}/ is on its own.`,
    },
    {
      target: `src/providers/${provider}/simulator`,
      from: `src/providers/${provider}`,
      except: ['./api', './simulator'],
      message: `A simulator imports only its provider's API facts (src/providers/${provider}/api/) and core, never the client code it simulates for.`,
    },
  ]),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', 'dist/', 'src/generated/', 'explorer/gql/'] },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // One module speaks HTTP upstream; tests and the bench may use undici directly.
    files: ['src/**/*.ts'],
    ignores: ['src/upstream/http.ts', 'src/upstream/httpErrors.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'undici', message: 'Only src/upstream/http.ts (and httpErrors.ts) import undici.' }],
          patterns: [{ group: ['undici/*'], message: 'Only src/upstream/http.ts (and httpErrors.ts) import undici.' }],
        },
      ],
    },
  },
  {
    // The explorer SPA is browser code with its own tsconfig (DOM libs); it talks to the gateway only
    // over HTTP, and the server never loads it (it serves the bundle from dist/explorer/).
    files: ['explorer/**/*.ts'],
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './explorer/tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'explorer',
              from: ['src', 'test'],
              message: 'The explorer reaches the gateway over HTTP (GraphQL, exports), never by importing it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            ...boundaryZones,
            {
              target: 'src',
              from: 'explorer',
              message: 'The server never imports browser code: it serves the explorer bundle from dist/explorer/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests assert on loosely typed JSON responses.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
