// One real server and one headless Chromium per test file, started before its tests and closed after.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startTestServer, type TestServer } from './test-server';

export interface E2E {
  readonly server: TestServer;
  readonly browser: Browser;
}

export function useE2E(corpusDir?: string): E2E {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer(corpusDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the e2e server is not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the e2e browser is not launched yet');
      return browser;
    },
  };
}
