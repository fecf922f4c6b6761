// The real `npm start` process picks up files added, changed and deleted in CORPUS_DIR while serving, without failing a request.
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './child-server';
import type { ChildRun } from './child-server';

let corpusDir: string;
let indexDir: string;
let run: ChildRun;
let baseUrl: string;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'sift-live-corpus-'));
  indexDir = await mkdtemp(path.join(tmpdir(), 'sift-live-index-'));
  await cp(path.join(ROOT, 'tests/fixtures/e2e-corpus'), corpusDir, { recursive: true });
  run = runCli('src/cli/start.ts', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1' });
  baseUrl = (await run.waitForLog(/Sift is serving .* on (http:\/\/\S+)/))[1]!;
  await run.waitForLog(/watching .*: added, changed and deleted files are applied/);
}, 120_000);

afterAll(async () => {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

async function getJson<T>(route: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${route}`);
  return { status: res.status, body: (await res.json()) as T };
}

async function total(q: string): Promise<number> {
  return (await getJson<{ total: number }>(`/api/search?q=${encodeURIComponent(q)}&limit=0`)).body.total;
}

async function health(): Promise<{ documents: number; paragraphs: number; updated_at: string }> {
  return (await getJson<{ documents: number; paragraphs: number; updated_at: string }>('/api/health')).body;
}

/** Asks again until `check` holds; fails with the server's log after `attempts` tries a quarter second apart. */
async function eventually(what: string, check: () => Promise<boolean>, attempts = 80): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`never saw ${what}; server log:\n${run.log()}`);
}

/** Sends requests back to back until stopped; resolves with every status seen (0 = the request failed). */
function hammer(paths: string[]): { stop: () => Promise<number[]> } {
  let running = true;
  const statuses: number[] = [];
  const loop = async () => {
    for (let i = 0; running; i++) {
      try {
        const res = await fetch(`${baseUrl}${paths[i % paths.length]}`);
        await res.arrayBuffer();
        statuses.push(res.status);
      } catch {
        statuses.push(0);
      }
    }
  };
  const loops = [loop(), loop(), loop()];
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return statuses;
    },
  };
}

describe('npm start with a live corpus (real process)', () => {
  it('applies an added, a changed and a deleted file while answering every request', async () => {
    const load = hammer([
      '/api/search?q=shelling',
      '/api/search?q=Aleppo&location=Aleppo&limit=0',
      '/api/health',
      '/api/suggest?q=quar',
      '/api/docs/alpha-aleppo-shelling',
      '/api/search?q=Quartermaster',
      '/',
    ]);
    const start = await health();

    await writeFile(path.join(corpusDir, 'echo-live-report.txt'), 'Quartermaster Zephyrine reported shelling near Aleppo on Tuesday.\n');
    await eventually('the added file', async () => (await total('Zephyrine')) === 1);
    const added = await health();
    expect(added.documents).toBe(start.documents + 1);
    expect(Date.parse(added.updated_at)).toBeGreaterThan(Date.parse(start.updated_at));
    expect((await getJson<{ id: string }>('/api/docs/echo-live-report')).status).toBe(200);

    await writeFile(path.join(corpusDir, 'echo-live-report.txt'), 'Quartermaster Ysolde reported an airstrike near Idlib on Wednesday.\n');
    await eventually('the changed file', async () => (await total('Ysolde')) === 1 && (await total('Zephyrine')) === 0);
    expect((await health()).documents).toBe(start.documents + 1);

    const gone = 'bravo-idlib-talks';
    const goneText = await readFile(path.join(corpusDir, `${gone}.txt`), 'utf8');
    expect(goneText.length).toBeGreaterThan(0);
    await unlink(path.join(corpusDir, `${gone}.txt`));
    await eventually('the deleted file', async () => (await getJson(`/api/docs/${gone}`)).status === 404);
    expect((await health()).documents).toBe(start.documents);

    const statuses = await load.stop();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);

  it('re-reads the documents a changed meta.json describes', async () => {
    const metaPath = path.join(corpusDir, 'meta.json');
    const meta = JSON.parse(await readFile(metaPath, 'utf8')) as Record<string, Record<string, unknown>>;
    meta['alpha-aleppo-shelling'] = { ...meta['alpha-aleppo-shelling'], title: 'Retitled while serving' };
    await writeFile(metaPath, JSON.stringify(meta));
    await eventually(
      'the new title',
      async () => (await getJson<{ title: string }>('/api/docs/alpha-aleppo-shelling')).body.title === 'Retitled while serving',
    );
  }, 60_000);

  it('picks up a file in a new subfolder', async () => {
    await cp(path.join(ROOT, 'tests/fixtures/e2e-corpus/charlie-raqqa-report.txt'), path.join(corpusDir, 'later/foxtrot-copy.txt'), { recursive: true });
    await eventually('the file in the new folder', async () => (await getJson(`/api/docs/foxtrot-copy`)).status === 200);
  }, 60_000);
});
