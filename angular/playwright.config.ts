import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against a running host (the .NET app serving the
 * backoffice under /admin/). The caller starts the host; no webServer here.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 1,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: process.env['E2E_BASE_URL'] ?? 'http://localhost:5000',
    trace: 'off',
    screenshot: 'only-on-failure',
    // Angular Material honours reduced motion: a dialog takes its initial focus at once instead of after its opening
    // animation, which on a loaded machine could land in the middle of a later fill and send its text to the
    // first field.
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
