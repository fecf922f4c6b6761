import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';

describe('buildDocuments', () => {
  it('names a JSON Lines record without body by its line and id, and indexes the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-no-body-'));
    try {
      const lines = [
        { id: 'a1', text: 'Shelling hit the eastern district of Aleppo on Friday, the monitor said.' },
        { id: 'a2', text: 'Share this article\nLeave a comment' },
        { id: 'a3', text: 'Talks on a ceasefire in Idlib will resume next week, the envoy said.' },
      ];
      writeFileSync(join(dir, 'feed.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
      const { documents, skipped } = await buildDocuments(dir, { workers: 0 });
      expect(documents.map((d) => d.id).sort()).toEqual(['a1', 'a3']);
      expect(skipped).toEqual([{ file: 'feed.jsonl:2', reason: 'record "a2": no article body found (only chrome or metadata lines)' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
