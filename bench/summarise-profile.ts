// Reads a V8 .cpuprofile and lists where the time went: self and inclusive milliseconds per function.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  self: ProfileEntry[];
  /** Inclusive time of project and library functions (node internals left out). */
  inclusive: ProfileEntry[];
}

/** Summarises the largest profile in dir (the main thread's; tsx adds a small one for its loader thread). */
export async function summariseProfileDir(dir: string, top = 25): Promise<ProfileSummary | null> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) return null;
  const sized = await Promise.all(files.map(async (f) => ({ f, size: (await stat(join(dir, f))).size })));
  const largest = sized.sort((a, b) => b.size - a.size)[0]!.f;
  const profile = JSON.parse(await readFile(join(dir, largest), 'utf8')) as CpuProfile;
  return { file: join(dir, largest), ...summariseProfile(profile, top) };
}

export function summariseProfile(profile: CpuProfile, top: number): Omit<ProfileSummary, 'file'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map<number, number>();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of sampled) {
    const node = byId.get(id);
    if (!node) continue;
    totalMs += ms;
    self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = nameOf(byId.get(cur)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  const rank = (map: Map<string, number>, keep: (name: string) => boolean) =>
    [...map]
      .filter(([name]) => keep(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((1000 * ms) / totalMs) / 10 }));
  return { totalMs: Math.round(totalMs), self: rank(self, () => true), inclusive: rank(inclusive, (n) => /\b(src|bench|node_modules)\//.test(n)) };
}

function nameOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  const where = url.replace(/^file:\/\//, '').replace(/^.*?\/(src|bench|node_modules)\//, '$1/');
  return where ? `${functionName || '(anonymous)'} ${where}` : functionName || '(anonymous)';
}
