// Bundles web/ into web/dist (app.js, app.css, index.html, favicon.svg) with esbuild; each file is written atomically.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BundleWebOptions {
  /** Folder holding main.ts, styles.css, index.html and favicon.svg. */
  webDir: string;
  outDir: string;
  minify: boolean;
  sourcemap: boolean;
}

export const defaultBundleWebOptions: BundleWebOptions = {
  webDir: path.join(REPO_ROOT, 'web'),
  outDir: path.join(REPO_ROOT, 'web', 'dist'),
  minify: true,
  sourcemap: false,
};

export interface BundleWebResult {
  /** Absolute paths of the files written. */
  files: string[];
  /** Gzipped size of app.js, the page's whole script. */
  gzipBytes: number;
}

function resolveOptions(options: Partial<BundleWebOptions>): BundleWebOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const resolved = { ...defaultBundleWebOptions, ...defined } as BundleWebOptions;
  if (options.webDir !== undefined && options.outDir === undefined) resolved.outDir = path.join(resolved.webDir, 'dist');
  return resolved;
}

async function writeAtomically(file: string, contents: string | Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, contents);
  await rename(temp, file);
}

function shortHash(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex').slice(0, 12);
}

async function bundleEntry(entry: string, options: BundleWebOptions): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: options.minify,
    sourcemap: options.sourcemap ? 'inline' : false,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${entry}`);
  return output.text;
}

/** Builds the UI; index.html is written last and names the assets by content hash, so a reader never sees a mismatched set. */
export async function bundleWeb(options: Partial<BundleWebOptions> = {}): Promise<BundleWebResult> {
  const resolved = resolveOptions(options);
  const { webDir, outDir } = resolved;
  const [js, css, shell, favicon] = await Promise.all([
    bundleEntry(path.join(webDir, 'main.ts'), resolved),
    bundleEntry(path.join(webDir, 'styles.css'), resolved),
    readFile(path.join(webDir, 'index.html'), 'utf8'),
    readFile(path.join(webDir, 'favicon.svg')),
  ]);
  await mkdir(outDir, { recursive: true });
  const files = {
    js: path.join(outDir, 'app.js'),
    css: path.join(outDir, 'app.css'),
    favicon: path.join(outDir, 'favicon.svg'),
    html: path.join(outDir, 'index.html'),
  };
  await Promise.all([writeAtomically(files.js, js), writeAtomically(files.css, css), writeAtomically(files.favicon, favicon)]);
  const page = shell.replace('%JS_HASH%', shortHash(js)).replace('%CSS_HASH%', shortHash(css));
  await writeAtomically(files.html, page);
  return { files: [files.js, files.css, files.favicon, files.html], gzipBytes: gzipSync(js, { level: 9 }).byteLength };
}
