// Saved searches: a small JSON file under INDEX_DIR, read once, rewritten whole on each change (temp file + rename).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const savedSearch = z.object({
  name: z.string().min(1).max(100),
  /** The search page's URL query string, without `?`. */
  query: z.string().max(4000),
  saved_at: z.string(),
  opened_at: z.string(),
  /** Paragraphs the search matched when last opened: new ones are counted against it. */
  total_at_open: z.number().int().min(0),
});
const savedFile = z.object({ searches: z.array(savedSearch) });

export type SavedSearch = z.infer<typeof savedSearch>;

export class SavedSearchStore {
  private searches: SavedSearch[] | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  async list(): Promise<SavedSearch[]> {
    if (this.searches === null) {
      try {
        this.searches = savedFile.parse(JSON.parse(await readFile(this.file, 'utf8'))).searches;
      } catch (e) {
        // a missing file is an empty list; an unreadable one is kept aside, not overwritten
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') await rename(this.file, `${this.file}.unreadable`).catch(() => undefined);
        this.searches = [];
      }
    }
    return this.searches;
  }

  async put(entry: SavedSearch): Promise<void> {
    const all = (await this.list()).filter((s) => s.name !== entry.name);
    all.push(entry);
    this.searches = all;
    await this.save();
  }

  async remove(name: string): Promise<boolean> {
    const all = await this.list();
    const kept = all.filter((s) => s.name !== name);
    if (kept.length === all.length) return false;
    this.searches = kept;
    await this.save();
    return true;
  }

  /** Writes are serialised so two requests never interleave their renames. */
  private save(): Promise<void> {
    const body = `${JSON.stringify({ searches: this.searches }, null, 2)}\n`;
    this.writing = this.writing.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      await writeFile(temp, body);
      await rename(temp, this.file);
    });
    return this.writing;
  }
}
