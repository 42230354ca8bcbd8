/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));
// The charting library and what only it uses: a chunk of its own, loaded when the annual report first draws a chart.
const CHART_LIBRARIES =
  /\/node_modules\/(recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs\/toolkit|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|use-sync-external-store)\//;
const govukAssets = fileURLToPath(
  new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url),
);

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@/': `${src}/`,
      // Lets Sass url()s point at govuk-frontend's fonts and images; Vite bundles them.
      '@govuk-assets/': `${govukAssets}/`,
    },
  },
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: [fileURLToPath(new URL('./node_modules', import.meta.url))],
        quietDeps: true,
      },
    },
  },
  server: {
    // Quinoa's dev mode proxies to this port.
    port: 5173,
    strictPort: true,
    // The analyst guide (../docs) is built into the extracts pages.
    fs: { allow: ['.', '../docs'] },
    // Only used when the SPA is opened on :5173 directly; behind Quinoa the API is same-origin.
    proxy: { '/api': process.env.API_PROXY_TARGET ?? 'http://localhost:8080' },
  },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The vendor chunk (React, React Router, TanStack Query, oidc-client-ts, zod) is ~177 kB gzipped; the chart library's
    // (Recharts and its d3 and Redux) ~130 kB, loaded only with the annual report's first chart.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        // Libraries change less often than our code: keep them in their own, cacheable chunks.
        manualChunks: (id) => (CHART_LIBRARIES.test(id) ? 'chart-library' : id.includes('/node_modules/') ? 'vendor' : undefined),
      },
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    // A worker runs its files one after another in one jsdom, not each in a new process with a new jsdom
    // (loading jsdom took ~0.6 s a file, more than most files' tests). src/testing/setup-tests.ts starts each
    // file afresh; Vitest keeps each file's vi.mock()s to that file either way.
    isolate: false,
    // Vitest's default leaves a core to its main process, which has little to do once files are transformed:
    // on two cores, two workers take ~30% less time than one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**'],
    css: false,
    restoreMocks: true,
    // Several page loads in one test take more than the default 5 s on a busy machine.
    testTimeout: 15_000,
    env: {
      VITE_OIDC_AUTHORITY: 'http://localhost:8180/realms/sector-support',
      VITE_OIDC_CLIENT_ID: 'sector-support-web',
      VITE_API_BASE_URL: 'http://api.test',
    },
  },
});
