import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: a real headless Chromium against a running system
// (backend + Keycloak), `E2E_BASE_URL` (default http://localhost:8080).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    sequence: { concurrent: false },
  },
});
