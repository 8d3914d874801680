// ESLint (flat config): JS and typescript-eslint recommended, plus the import boundaries of the SPA in the
// manner of bulletproof-react: app -> features -> shared (lib, components), never backwards, and no
// feature reaching into another. src/lib/import-boundaries.test.ts proves the boundaries report.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Zones resolve against this folder, whatever the working directory (npm test, an editor, the Node API).
const root = import.meta.dirname;

// The features named here are bounded even before their folder exists; a new folder is picked up by itself.
const FEATURES = [
  ...new Set([
    'kiosk',
    'legal',
    'desk',
    'partner',
    'admin',
    ...readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name),
  ]),
].sort();

const zones = [
  // 1. A feature never imports another feature: what two features share moves down to lib or components.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `A feature never imports another feature (src/features/${feature}): move what they share to src/lib or src/components.`,
  })),
  // 2. Shared code (and the service worker) never imports a feature or the app shell.
  {
    target: ['./src/lib', './src/components', './src/sw'],
    from: ['./src/features', './src/app'],
    message: 'Shared code (src/lib, src/components, src/sw) never imports from src/features or src/app.',
  },
  // 3. A feature never imports the app shell: the app composes features, not the other way round.
  {
    target: './src/features',
    from: './src/app',
    message: 'A feature never imports from src/app: the app composes the features.',
  },
];

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'src/lib/api/schema.d.ts', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'passerelle/unused',
    rules: {
      // As tsc's noUnusedLocals: a leading underscore marks a name kept on purpose, and `{ key: _x, ...rest }`
      // is how a property is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    name: 'passerelle/import-boundaries',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Extensionless relative imports resolve to .ts/.tsx, as with moduleResolution "bundler": an import
      // that does not resolve is skipped by no-restricted-paths, so the boundary test checks that they do.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
  {
    name: 'passerelle/browser',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'passerelle/service-worker',
    files: ['src/sw/**/*.ts'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    // Node scripts; their page.evaluate callbacks run in the browser.
    name: 'passerelle/node',
    files: ['e2e/**/*.mjs', 'e2e-staff/**/*.mjs', 'scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
