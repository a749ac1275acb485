/**
 * Two `errata generate` processes racing on one output folder: each must write all of a catalog's
 * packages from one version, never errors/openapi from one and i18n from the other.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockName } from '../../src/write/output-lock.js';
import { tempTree } from '../support/temp-catalog.js';

const bin = fileURLToPath(new URL('../../bin/errata.js', import.meta.url));
const kinds = ['errors', 'openapi', 'i18n', 'docs'] as const;

/** A catalog big enough that writing its packages takes a while, at a given version. */
function shopCatalog(version: string): string {
  const entries = Array.from({ length: 60 }, (_, i) => `      - { key: E${1000 + i}, code: ${1000 + i}, message: "Failure ${i} of {item} in version ${version}", params: { item: { type: string } } }`);
  return `id: shop\ntitle: Shop API\nversion: ${version}\ndefaultLocale: en\nlocales: [en, de]\nenvelope: { shape: object, codeType: integer }\ngroups:\n  - name: general\n    entries:\n${entries.join('\n')}\n`;
}

function shopLocale(version: string): string {
  const entries = Array.from({ length: 60 }, (_, i) => `  E${1000 + i}: { message: "Fehler ${i} bei {item} in Version ${version}" }`);
  return `locale: de\nentries:\n${entries.join('\n')}\n`;
}

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
}

function errata(args: readonly string[], cwd: string, onStderr?: (text: string) => void): Promise<Exit> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr);
    });
    child.on('close', (code) => resolvePromise({ code, stderr }));
  });
}

const versionsIn = (root: string) => kinds.map((kind) => (JSON.parse(readFileSync(join(root, 'out', `shop-${kind}`, 'package.json'), 'utf8')) as { version: string }).version);

describe('concurrent errata generate on one output folder', () => {
  let root = '';
  beforeAll(() => {
    // Snapshot folders outside catalogs/: both are catalog `shop`, one at 1.0.0 and one at 2.0.0.
    root = tempTree({
      'one/shop/catalog.yaml': shopCatalog('1.0.0'),
      'one/shop/locales/de.yaml': shopLocale('1.0.0'),
      'two/shop/catalog.yaml': shopCatalog('2.0.0'),
      'two/shop/locales/de.yaml': shopLocale('2.0.0'),
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('never leaves packages of two versions, over 8 races; both runs exit 0', async () => {
    for (let round = 0; round < 8; round++) {
      const [a, b] = await Promise.all([errata(['generate', 'one/shop', '--out', 'out'], root), errata(['generate', 'two/shop', '--out', 'out'], root)]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const versions = versionsIn(root);
      expect(new Set(versions).size, `round ${round}: ${versions.join(', ')}`).toBe(1);
      // The i18n bundle is from the same version as the package.json beside it.
      const de = JSON.parse(readFileSync(join(root, 'out', 'shop-i18n', 'messages', 'de.json'), 'utf8')) as Record<string, string>;
      expect(de['E1000']).toContain(`Version ${versions[0]}`);
    }
  }, 120_000);

  it('a run waits, saying for whom, while another holds the folder, then writes when it is free', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const lock = join(root, 'busy', lockName);
      mkdirSync(lock, { recursive: true });
      writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: holder.pid, host: hostname(), command: 'errata generate', since: '2026-01-01T00:00:00.000Z' }));
      let freedAt = 0;
      // The holder finishes a moment after the run starts waiting.
      const result = await errata(['generate', 'one/shop', '--out', 'busy'], root, (stderr) => {
        if (freedAt === 0 && stderr.includes('waiting for')) {
          freedAt = Date.now() + 500;
          setTimeout(() => rmSync(lock, { recursive: true, force: true }), 500);
        }
      });
      expect(result.code, result.stderr).toBe(0);
      expect(freedAt).toBeGreaterThan(0);
      expect(readFileSync(join(root, 'busy', 'shop-errors', 'package.json'), 'utf8')).toContain('"version": "1.0.0"');
      expect(result.stderr).toContain(`errata generate: waiting for errata generate (pid ${holder.pid}) to finish writing busy/`);
      expect(readFileSync(join(root, 'busy', 'shop-i18n', 'package.json'), 'utf8')).toContain('"version": "1.0.0"');
      expect(() => readFileSync(join(lock, 'owner.json'))).toThrow();
    } finally {
      holder.kill();
    }
  });

  it('with --wait 0, a folder another live run is writing is refused with exit 1, and nothing is written', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const lock = join(root, 'held', lockName);
      mkdirSync(lock, { recursive: true });
      writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: holder.pid, host: hostname(), command: 'errata generate', since: '2026-01-01T00:00:00.000Z' }));
      const result = await errata(['generate', 'one/shop', '--out', 'held', '--wait', '0'], root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`errata generate (pid ${holder.pid} on ${hostname()}, since 2026-01-01T00:00:00.000Z) is writing this folder (held/${lockName}); nothing was written`);
      expect(() => readFileSync(join(root, 'held', 'shop-errors', 'package.json'))).toThrow();
    } finally {
      holder.kill();
    }
  });

  it('a lock left by a run that died is taken over', async () => {
    const lock = join(root, 'stale', lockName);
    mkdirSync(lock, { recursive: true });
    // pid 2147483647 is never a live process here.
    writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: 2147483647, host: hostname(), command: 'errata generate', since: '2026-01-01T00:00:00.000Z' }));
    const result = await errata(['generate', 'one/shop', '--out', 'stale', '--wait', '0'], root);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, 'stale', 'shop-errors', 'package.json'), 'utf8')).toContain('"version": "1.0.0"');
    expect(() => readFileSync(join(lock, 'owner.json'))).toThrow();
  });

  it('--wait takes seconds; anything else is a usage error', async () => {
    const result = await errata(['generate', 'one/shop', '--out', 'out', '--wait', 'soon'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--wait takes a number of seconds, not "soon"');
  });
});
