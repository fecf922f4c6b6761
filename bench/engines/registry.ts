// Engine names → adapters; the Sift adapter is imported lazily so the baselines run even when the engine does not load.
import type { BenchEngine } from './types';

export const ENGINE_NAMES = ['sift', 'minisearch', 'flexsearch', 'sphinxql'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

export async function createBenchEngine(name: EngineName): Promise<BenchEngine> {
  switch (name) {
    case 'sift':
      return (await import('./sift')).createSiftBenchEngine();
    case 'minisearch':
      return (await import('./minisearch-baseline')).createMiniSearchBaseline();
    case 'flexsearch':
      return (await import('./flexsearch-baseline')).createFlexSearchBaseline();
    case 'sphinxql':
      return (await import('./sphinxql')).createSphinxqlBenchEngine();
  }
}
