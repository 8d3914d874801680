import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The consent receipt is a server page (GET /api/v1/cases/{id}/consent-receipt), not part of the SPA: it
 * needs the Arabic and Ethiopic faces at fixed URLs for its @font-face rules, so the build copies the same
 * @fontsource files (SIL OFL) to /receipt-fonts/ under stable names (docs/decisions/0020-consent-receipt.md).
 */
function receiptFonts(): Plugin {
  const require = createRequire(import.meta.url);
  const faces = [
    ['noto-sans-arabic', 'arabic'],
    ['noto-sans-ethiopic', 'ethiopic'],
  ] as const;
  return {
    name: 'passerelle-receipt-fonts',
    apply: 'build',
    generateBundle() {
      for (const [family, subset] of faces) {
        for (const weight of [400, 700]) {
          const file = require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff2`);
          this.emitFile({ type: 'asset', fileName: `receipt-fonts/${family}-${weight}.woff2`, source: readFileSync(file) });
        }
      }
    },
  };
}

// The jar under test or `java -jar` in dev; `npx vite` proxies the API to it.
const apiTarget = process.env['PASSERELLE_API'] ?? 'http://127.0.0.1:8090';

export default defineConfig({
  plugins: [
    receiptFonts(),
    // The service worker (src/sw/sw.ts) is built by Workbox with the list of every file of the build;
    // the page registers it itself (src/lib/offline-cache.ts): no inline script under the CSP.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      injectManifest: {
        // Every route chunk, message catalogue and font face: a screen never opened still opens offline.
        globPatterns: ['**/*.{js,css,html,svg,woff2,webmanifest}'],
        // The receipt's copies of the faces: the kiosk already caches the same files under /assets/.
        globIgnores: ['receipt-fonts/**'],
        rollupFormat: 'iife',
      },
      manifest: {
        name: 'Passerelle',
        short_name: 'Passerelle',
        description: 'Find help for newcomers, in your language. Trouver de l’aide, dans votre langue.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#8a2c0d',
        background_color: '#ffffff',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
    }),
  ],
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': apiTarget },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    proxy: { '/api': apiTarget },
  },
  build: {
    outDir: 'dist',
    // Fonts are large and loaded per script through unicode-range: never inline them.
    assetsInlineLimit: 0,
    target: 'es2022',
    // dist/.vite/manifest.json: which chunks each entry and route pulls in (e2e/budget.test.mjs reads it).
    manifest: true,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
