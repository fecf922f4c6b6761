#!/usr/bin/env node
// Prints the address of every real page kept for measuring (the pages themselves are never committed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev', 'dev2', 'blind2'];
for (const set of sets) {
  const dir = join(here, set);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^sources.*\.tsv$/.test(f)) : [];
  if (files.length === 0) console.error(`${set}: no sources*.tsv in ${dir} (the set is collected locally, see README.md)`);
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').slice(1)) {
      const [id, url, outlet, lang] = line.split('\t');
      if (id && url) console.log(`${set}\t${id}\t${lang ?? ''}\t${outlet ?? ''}\t${url}`);
    }
  }
}
