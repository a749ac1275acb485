import type { CatalogModel } from '../model/catalog-model.js';
import { emitErrorsPackage } from './errors/errors-package.js';
import { emitI18nPackage } from './i18n/i18n-package.js';
import { emitOpenapiPackage } from './openapi/openapi-package.js';
import type { EmitContext, Emitter, GeneratedPackage } from './virtual-file.js';

/** Every target, in the order packages are written. */
const emitters: readonly Emitter[] = [emitErrorsPackage, emitOpenapiPackage, emitI18nPackage];

/** All packages of one catalog. Pure. */
export function emitCatalog(catalog: CatalogModel, context: EmitContext): GeneratedPackage[] {
  return emitters.map((emit) => emit(catalog, context));
}
