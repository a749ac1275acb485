import type { CatalogModel } from '../../model/catalog-model.js';
import type { EmitContext } from '../virtual-file.js';

/** The errors package README: intro, usage and the error reference. (Placeholder until the docs emitter lands.) */
export function renderErrorsReadme(catalog: CatalogModel, context: EmitContext): string {
  return `# ${catalog.packages.errors}\n\n<!-- ${context.catalogPath} -->\n\nTyped errors of ${catalog.title}.\n`;
}
