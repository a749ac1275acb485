import type { ParamModel } from './catalog-model.js';

/** The wire source of a param as the catalog writes it (`data.todo.id`), or undefined when the wire does not carry it. */
export function wireSource(param: ParamModel): string | undefined {
  return param.from === undefined ? undefined : ['data', ...param.from].join('.');
}
