/**
 * Helpers for the i18n tests: write an emitted package where Node and tsc resolve it by name,
 * and derive sample values for a message's placeholders.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedPackage } from '../../src/emit/virtual-file.js';
import type { ParamModel } from '../../src/model/catalog-model.js';
import { parseIcu } from '../../src/icu/icu-message.js';

/** Writes a package's files under `root/node_modules/<name>/` and returns that folder. */
export async function installPackage(root: string, name: string, pkg: GeneratedPackage): Promise<string> {
  const dir = join(root, 'node_modules', ...name.split('/'));
  for (const file of pkg.files) {
    const path = join(dir, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents);
  }
  return dir;
}

/** A fixed instant, so formatted dates are the same on every run. */
export const sampleDate = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));

/** Sample values of a message, and the strings the formatted text must show verbatim (those of simple `{x}` placeholders). */
export interface SampleValues {
  readonly values: Record<string, unknown>;
  readonly shown: readonly string[];
}

/** Values for every placeholder of an ICU message: numbers for plural/number, Dates for date/time, else by the declared param type. */
export function sampleValues(message: string, params: readonly ParamModel[]): SampleValues {
  const parsed = parseIcu(message);
  if (!parsed.ok) throw new Error(`unparsable message ${JSON.stringify(message)}: ${parsed.error}`);
  const values: Record<string, unknown> = {};
  const shown: string[] = [];
  for (const [name, kinds] of parsed.placeholders) {
    const param = params.find((p) => p.name === name);
    if (kinds.has('plural') || kinds.has('selectordinal') || kinds.has('number')) values[name] = 3;
    else if (kinds.has('date') || kinds.has('time')) values[name] = sampleDate;
    else if (param?.type === 'number' || param?.type === 'integer') values[name] = 42;
    else if (param?.type === 'boolean') values[name] = true;
    else if (param?.type === 'date') values[name] = sampleDate;
    else {
      values[name] = `«${name}»`;
      if (kinds.size === 1 && kinds.has('argument')) shown.push(`«${name}»`);
    }
  }
  return { values, shown };
}

/** The fenced `js` blocks of a README section (`## heading` up to the next `## `), in order. */
export function readmeSectionBlocks(readme: string, heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "## ${heading}"`);
  const rest = readme.slice(start + heading.length + 5);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/**
 * Values for every param of a message: the param's declared `example` where it fits the placeholder
 * (a date example becomes a Date), else `sampleValues`' value of the placeholder's kind.
 */
export function exampleValues(message: string, params: readonly ParamModel[]): Record<string, unknown> {
  const values = { ...sampleValues(message, params).values };
  for (const param of params) {
    if (!(param.name in values) || param.example === undefined) continue;
    const kindOfSample = values[param.name] instanceof Date ? 'date' : typeof values[param.name];
    if (param.type === 'date' && typeof param.example === 'string' && Number.isFinite(Date.parse(param.example))) values[param.name] = new Date(param.example);
    else if (kindOfSample === typeof param.example) values[param.name] = param.example;
  }
  return values;
}
