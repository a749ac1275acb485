import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Computed nodes by content hash, kept in one JSON file under Nx's workspace data directory
 * (as Nx's own plugins do), so rebuilding the project graph skips parsing unchanged files.
 */
export class NodesCache<T> {
  private readonly entries: Record<string, T>;
  private readonly used = new Map<string, T>();
  private dirty = false;

  /** Loads the cache file; a missing or corrupt file is an empty cache. */
  constructor(private readonly file: string) {
    this.entries = readEntries<T>(file);
  }

  /** The value stored under `hash`, computing and remembering it on a miss. */
  getOrCompute(hash: string, compute: () => T): T {
    let value = this.entries[hash];
    if (value === undefined) {
      value = compute();
      this.dirty = true;
    }
    this.used.set(hash, value);
    return value;
  }

  /** Writes the entries used in this run (dropping stale ones); a failed write only costs the next run a re-parse. */
  save(): void {
    if (!this.dirty && this.used.size === Object.keys(this.entries).length) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.used)));
      renameSync(temporary, this.file);
    } catch {
      // The cache is an optimisation; the graph is already computed.
    }
  }
}

function readEntries<T>(file: string): Record<string, T> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, T>) : {};
  } catch {
    return {};
  }
}
