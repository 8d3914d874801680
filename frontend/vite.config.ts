import { defineConfig } from 'vitest/config';

// The jar under test or `java -jar` in dev; `npx vite` proxies the API to it.
const apiTarget = process.env['PASSERELLE_API'] ?? 'http://127.0.0.1:8090';

export default defineConfig({
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
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
