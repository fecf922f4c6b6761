#!/usr/bin/env node
// Merges a set's gold parts (gold.en.json, gold.ruar.json, …) into its gold.json for eval.mjs.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const set of process.argv.slice(2)) {
  const dir = join(here, set);
  const parts = readdirSync(dir).filter((f) => /^gold\..+\.json$/.test(f));
  const merged = { version: 1, documents: [], queries: [] };
  for (const part of parts) {
    const gold = JSON.parse(readFileSync(join(dir, part), 'utf8'));
    merged.documents.push(...gold.documents);
    merged.queries.push(...(gold.queries ?? []));
  }
  writeFileSync(join(dir, 'gold.json.tmp'), JSON.stringify(merged, null, 1));
  renameSync(join(dir, 'gold.json.tmp'), join(dir, 'gold.json'));
  console.log(`${set}: ${parts.join(' + ')} → ${merged.documents.length} documents, ${merged.queries.length} queries`);
}
