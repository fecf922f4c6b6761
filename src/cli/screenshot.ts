// `npm run screenshot [query | /path] [out.png]`: renders the search page (or a page path such as /entity/Aleppo) over CORPUS_DIR in Debian's Chromium into docs/screenshot-search.png.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { buildEngineFromCorpus } from '../pipeline/build-engine';
import { createApp } from '../server/app';
import { mountPages } from '../server/pages';
import { bundleWeb, defaultBundleWebOptions } from '../web-build';
import { readConfig } from './config';

const QUERY = process.argv[2] ?? 'Sheikh Maqsoud shelling';
const OUT = process.argv[3] ?? 'docs/screenshot-search.png';

async function main(): Promise<void> {
  await bundleWeb();
  const { engine } = await buildEngineFromCorpus(readConfig().corpusDir);
  const app = createApp(engine, { mountPages: (a) => mountPages(a, { distDir: defaultBundleWebOptions.outDir }) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const path = QUERY.startsWith('/') ? QUERY : `/?q=${encodeURIComponent(QUERY)}`;
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.locator(QUERY.startsWith('/') ? 'main h1' : '.hit').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: OUT });
    console.log(`wrote ${OUT}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`sift screenshot: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
