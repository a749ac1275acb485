import type { WireCode } from '../model/catalog-model.js';

/** A map key for a wire code that keeps `1101` and `"1101"` apart. */
export function wireCodeId(code: WireCode): string {
  return `${typeof code}:${code}`;
}
