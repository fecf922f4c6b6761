#!/usr/bin/env node
// Scores one real-page set per language: builds and serves it once, runs ../shared/eval/eval.mjs on the
// whole gold and on its English, Russian and Arabic documents (ids start en-, ru-, ar-), prints a table.
//
//   node tests/real-pages/score.mjs dev            (dev, dev2, blind2; the blind set blind3 only once, at the end of a round)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const evalScript = resolve(repo, '../shared/eval/eval.mjs');
const set = process.argv[2] ?? 'dev';
const setDir = join(here, set);
const gold = JSON.parse(readFileSync(join(setDir, 'gold.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), `sift-score-${set}-`));

const port = await new Promise((res) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const p = srv.address().port;
    srv.close(() => res(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn('npm', ['start'], {
  cwd: repo,
  env: { ...process.env, CORPUS_DIR: join(setDir, 'pages'), INDEX_DIR: join(work, 'index'), PORT: String(port), HOST: '127.0.0.1' },
  stdio: 'ignore',
  detached: true,
});
try {
  await waitForHealth(base);
  const rows = [];
  for (const lang of ['all', 'en', 'ru', 'ar']) {
    const part = lang === 'all' ? gold : subset(gold, lang);
    if (part.documents.length === 0) continue;
    const file = join(work, `gold.${lang}.json`);
    writeFileSync(file, JSON.stringify(part));
    const out = join(work, `report.${lang}.json`);
    const run = spawnSync(process.execPath, [evalScript, '--gold', file, '--base', base, '--json', out], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`eval.mjs failed for ${lang}: ${run.stderr}`);
    rows.push([lang, part.documents.length, JSON.parse(readFileSync(out, 'utf8'))]);
  }
  printTable(rows);
} finally {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
  rmSync(work, { recursive: true, force: true });
}

/** The documents of one language, and the queries whose relevant paragraphs are all in them (or that expect none). */
function subset(all, lang) {
  const documents = all.documents.filter((d) => d.id.startsWith(`${lang}-`));
  const ids = new Set(documents.map((d) => d.id));
  const queries = (all.queries ?? []).filter((q) => q.relevant.length > 0 && q.relevant.every((r) => ids.has(r.doc)));
  return { ...all, documents, queries };
}

async function waitForHealth(url) {
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {}
    if (Date.now() > deadline) throw new Error('the server did not answer in time');
    await new Promise((r) => setTimeout(r, 300));
  }
}

function pct(x) {
  return x == null ? '–' : `${(100 * x).toFixed(1)}`;
}

function printTable(rows) {
  console.log(`| ${set} | docs | paragraphs | leaked | metadata | speaker acc | speaker P | speaker R | actors F1 | groups F1 | locations F1 | dates F1 | nDCG@10 |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [lang, docs, r] of rows) {
    const s = r.segmentation ?? {};
    const sp = r.speaker ?? {};
    const f = r.facets ?? {};
    console.log(
      `| ${lang} | ${docs} | ${pct(s.recall)} | ${s.leakedBoilerplate ?? "–"} | ${pct(r.metadata?.accuracy)} | ${pct(sp.accuracy)} | ${pct(sp.precision)} | ${pct(sp.recall)} | ${pct(f.actors?.f1)} | ${pct(f.groups?.f1)} | ${pct(f.locations?.f1)} | ${pct(r.dates?.f1)} | ${pct(r.queries?.ndcg10)} |`,
    );
  }
}
