import { readFileSync } from 'node:fs';
import { generatorsDir } from './paths.js';

/** Version of @errata/generators, read from its package.json. */
export function generatorVersion(): string {
  return (JSON.parse(readFileSync(`${generatorsDir}/package.json`, 'utf8')) as { version: string }).version;
}
