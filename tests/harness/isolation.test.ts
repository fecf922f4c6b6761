// Guards the suite's speed-up: files share loaded modules, so one that mocks a module must be listed to run alone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import isolated from './isolated-files.json';

const NEEDS_OWN_MODULES: string[] = isolated.files;
/** Calls that change what other files sharing the module registry would see. */
const LEAKING_CALLS = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function testFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return testFiles(rel);
    return entry.name.endsWith('.test.ts') ? [rel] : [];
  });
}

describe('isolated-files.json', () => {
  const files = testFiles('tests');

  it('lists every test file that mocks a module or stubs a global', () => {
    const leaking = files.filter((file) => file !== 'tests/harness/isolation.test.ts' && LEAKING_CALLS.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(leaking.length).toBeGreaterThan(0);
    expect(leaking.filter((file) => !NEEDS_OWN_MODULES.includes(file))).toEqual([]);
  });

  it('names only test files that exist', () => {
    for (const file of NEEDS_OWN_MODULES) expect(files).toContain(file);
  });
});
