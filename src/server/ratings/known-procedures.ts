import type { CatalogStore } from '../storage/types.ts';

/**
 * Which procedure codes of a batch are in the catalogue, without one database round trip per
 * item: codes found are remembered for the catalogue version they were found in (one `meta()`
 * per batch tells whether an import changed it). Codes not found are asked again next time, so
 * a procedure added by an import is known at once. Only known codes are kept: the memory is
 * bounded by the catalogue, not by what clients send.
 */
export class KnownProcedures {
  #version: number | undefined;
  #known = new Set<string>();

  constructor(private readonly catalog: CatalogStore) {}

  async filter(codes: Iterable<string>): Promise<Set<string>> {
    const meta = await this.catalog.meta();
    if (meta?.version !== this.#version) {
      this.#version = meta?.version;
      this.#known = new Set();
    }
    const known = this.#known;
    const unique = [...new Set(codes)];
    const toAsk = unique.filter((code) => !known.has(code));
    const answers = await Promise.all(toAsk.map((code) => this.catalog.has(code)));
    toAsk.forEach((code, i) => {
      if (answers[i]) known.add(code);
    });
    return new Set(unique.filter((code) => known.has(code)));
  }
}
