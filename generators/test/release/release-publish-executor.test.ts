/** The nx-release-publish executor's npm command line, from the options Nx Release passes. */
import { afterEach, describe, expect, it } from 'vitest';
import { npmPublishArgs } from '../../src/nx/executors/release-publish/release-publish.js';

describe('npmPublishArgs', () => {
  const dryRunEnv = process.env['NX_DRY_RUN'];
  afterEach(() => {
    if (dryRunEnv === undefined) delete process.env['NX_DRY_RUN'];
    else process.env['NX_DRY_RUN'] = dryRunEnv;
  });

  it.each([
    { given: {}, want: ['publish', '--ignore-scripts'] },
    { given: { registry: 'http://127.0.0.1:4873/' }, want: ['publish', '--ignore-scripts', '--registry', 'http://127.0.0.1:4873/'] },
    { given: { tag: 'next', access: 'restricted' as const }, want: ['publish', '--ignore-scripts', '--tag', 'next', '--access', 'restricted'] },
    { given: { otp: 123456, dryRun: true }, want: ['publish', '--ignore-scripts', '--otp', '123456', '--dry-run'] },
  ])('$given', ({ given, want }) => {
    delete process.env['NX_DRY_RUN'];
    expect(npmPublishArgs(given)).toEqual(want);
  });

  it('honours the dry run Nx Release announces through NX_DRY_RUN', () => {
    process.env['NX_DRY_RUN'] = 'true';
    expect(npmPublishArgs({})).toContain('--dry-run');
  });
});
