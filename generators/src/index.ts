/** Programmatic API of @errata/generators. */
export type * from './model/catalog-model.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export type { EmitContext, Emitter, GeneratedPackage, VirtualFile } from './emit/virtual-file.js';
export { loadCatalog, loadWorkspace, type CatalogLoad, type LoadOptions, type WorkspaceLoad } from './load/load-catalog.js';
export { emitCatalog } from './emit/emit-catalog.js';
export { run } from './cli/main.js';
