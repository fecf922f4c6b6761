#!/usr/bin/env node
// Prints the address of every real page kept for measuring (the pages themselves are never committed).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev', 'blind'];
for (const set of sets) {
  const file = join(here, set, 'sources.tsv');
  if (!existsSync(file)) {
    console.error(`${set}: no ${file} (the set is collected locally, see README.md)`);
    continue;
  }
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [id, url, outlet, lang] = line.split('\t');
    if (id && url) console.log(`${set}\t${id}\t${lang ?? ''}\t${outlet ?? ''}\t${url}`);
  }
}
