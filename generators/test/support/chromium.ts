/**
 * The browser of the docs site tests: Debian's Chromium, installed with apt-get when it is missing
 * (playwright's own browser downloads cannot be reached from CI or dev machines here), so
 * `npm ci && npm test` stays the whole set-up on a fresh machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.ERRATA_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet headless run that talks to nothing but the test's own server. */
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Installs Chromium from the distribution's packages when it is not there yet; returns its path. */
export function ensureChromium(): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  const root = process.getuid?.() === 0;
  const apt = (args: string[]) => execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    apt(['install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    // The package lists may be missing or stale on a fresh machine.
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', 'chromium']);
  }
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium, but ${chromiumPath} is still missing; set ERRATA_CHROMIUM to the browser's path`);
  return chromiumPath;
}
