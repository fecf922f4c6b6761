// Tells whether web/dist needs rebuilding: missing, or older than any source file under web/.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultBundleWebOptions, type BundleWebOptions } from './bundle-web';

const OUTPUTS = ['index.html', 'app.js', 'app.css', 'favicon.svg'];

async function newestSourceMtime(dir: string, skip: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full === skip) continue;
    if (entry.isDirectory()) newest = Math.max(newest, await newestSourceMtime(full, skip));
    else if (entry.isFile()) newest = Math.max(newest, (await stat(full)).mtimeMs);
  }
  return newest;
}

export async function isWebDistStale(options: Partial<Pick<BundleWebOptions, 'webDir' | 'outDir'>> = {}): Promise<boolean> {
  const webDir = options.webDir ?? defaultBundleWebOptions.webDir;
  const outDir = options.outDir ?? (options.webDir ? path.join(webDir, 'dist') : defaultBundleWebOptions.outDir);
  let oldestOutput = Infinity;
  for (const name of OUTPUTS) {
    try {
      oldestOutput = Math.min(oldestOutput, (await stat(path.join(outDir, name))).mtimeMs);
    } catch {
      return true;
    }
  }
  return (await newestSourceMtime(webDir, outDir)) > oldestOutput;
}
