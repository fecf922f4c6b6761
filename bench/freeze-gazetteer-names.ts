// Writes the gazetteer's canonical names as the benchmark's frozen name list, so the generated corpus changes only when
// someone decides it should (run it, then say in the README that throughput figures before and after are not comparable).
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readGazetteerNames } from './gazetteer-names';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const target = `${repoRoot}bench/data/gazetteer-names.json`;
const names = readGazetteerNames(`${repoRoot}src/extract/data`);
const temp = `${target}.${process.pid}.tmp`;
writeFileSync(temp, `${JSON.stringify(names, null, 1)}\n`);
renameSync(temp, target);
console.log(`wrote ${target}: ${Object.entries(names).map(([k, v]) => `${v.length} ${k}`).join(', ')}`);
