import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import devkit from '@nx/devkit';
import type { GeneratorCallback, Tree } from '@nx/devkit';
import { kebabCaseId, titleCase } from '../../../util/text-case.js';

/** Options of `nx g @errata/generators:catalog`, as declared in nx-generators/catalog/schema.json. */
export interface CatalogGeneratorSchema {
  /** Catalog id in kebab-case. */
  readonly id: string;
  readonly title?: string;
  readonly defaultLocale?: string;
  /** Comma-separated extra locales. */
  readonly locales?: string;
  /** Folder holding the catalogs. Default: `catalogs`. */
  readonly directory?: string;
  readonly skipFormat?: boolean;
  /** Do not run `errata generate` for the new catalog afterwards. */
  readonly skipGenerate?: boolean;
}

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

// Templates live beside schema.json outside src/, so they are found from dist/ in a fresh clone.
const TEMPLATES = fileURLToPath(new URL('../../../../nx-generators/catalog/files/', import.meta.url));
const ERRATA_BIN = fileURLToPath(new URL('../../../../bin/errata.js', import.meta.url));

/** The template variables of one catalog; throws with a fix when an option is unusable. */
export function catalogTemplateOptions(options: CatalogGeneratorSchema) {
  const id = options.id.trim();
  if (!kebabCaseId.test(id)) {
    throw new Error(`Catalog id "${options.id}" is not kebab-case: use lowercase letters, digits and single dashes, e.g. "billing-api".`);
  }
  const directory = (options.directory ?? 'catalogs').replace(/\/+$/, '');
  const defaultLocale = options.defaultLocale ?? 'en';
  const extraLocales = (options.locales ?? 'zh-CN')
    .split(',')
    .map((locale) => locale.trim())
    .filter((locale) => locale !== '' && locale !== defaultLocale);
  for (const locale of [defaultLocale, ...extraLocales]) {
    if (!LOCALE.test(locale)) throw new Error(`Locale "${locale}" is not a BCP 47 tag such as "en", "zh-CN" or "pt-BR".`);
  }
  const catalogDir = `${directory}/${id}`;
  const depth = catalogDir.split('/').length;
  return {
    id,
    title: options.title ?? defaultTitle(id),
    defaultLocale,
    extraLocales: [...new Set(extraLocales)],
    allLocales: [defaultLocale, ...new Set(extraLocales)],
    catalogDir,
    schemaPath: `${'../'.repeat(depth)}schemas/catalog.schema.json`,
    localeSchemaPath: `${'../'.repeat(depth + 1)}schemas/locale.schema.json`,
  };
}

/** `billing-api` → `Billing API`, `demo` → `Demo API`. */
function defaultTitle(id: string): string {
  const words = id.split('-');
  if (words.length > 1 && words.at(-1) === 'api') words.pop();
  return `${titleCase(words.join('-'))} API`;
}

/** Scaffolds `<directory>/<id>/catalog.yaml` and `locales/<locale>.yaml`, touching only the Tree. */
export async function catalogGenerator(tree: Tree, options: CatalogGeneratorSchema): Promise<GeneratorCallback | void> {
  const variables = catalogTemplateOptions(options);
  if (tree.exists(`${variables.catalogDir}/catalog.yaml`)) {
    throw new Error(`${variables.catalogDir}/catalog.yaml already exists: pick another id or edit that catalog.`);
  }
  devkit.generateFiles(tree, `${TEMPLATES}catalog`, variables.catalogDir, variables);
  for (const locale of variables.extraLocales) {
    devkit.generateFiles(tree, `${TEMPLATES}locale`, `${variables.catalogDir}/locales`, { ...variables, locale });
  }
  if (!options.skipFormat) await devkit.formatFiles(tree);
  if (options.skipGenerate) return;
  // After Nx has written the files (never on --dry-run): generate the packages, which also adds them
  // to package-lock.json, so the new catalog is committed together with everything npm ci needs.
  return () => {
    const result = spawnSync(process.execPath, [ERRATA_BIN, 'generate', variables.catalogDir], { cwd: tree.root, stdio: 'inherit' });
    if (result.status !== 0) {
      throw new Error(`errata generate ${variables.catalogDir} failed (exit ${result.status}); fix what it reported and run \`npx errata generate\``);
    }
  };
}

export default catalogGenerator;
