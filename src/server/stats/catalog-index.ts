import type { OnlineLevel } from '../../domain/online-level.ts';
import type { CatalogStore } from '../storage/types.ts';

export interface ProcedureFacts {
  nameVi: string;
  fields: readonly string[];
  agencies: readonly string[];
  province?: string;
  onlineLevel: OnlineLevel;
}

export interface CatalogIndex {
  version: number | null;
  byCode: ReadonlyMap<string, ProcedureFacts>;
}

/**
 * What the stats need from the catalogue (names, fields, agencies), rebuilt only when the
 * catalogue's version changes: loading ~5,700 procedures per request would cost more than the
 * rollup query itself.
 */
export class CatalogIndexCache {
  readonly #catalog: CatalogStore;
  #current: Promise<CatalogIndex> | undefined;
  #version: number | null | undefined;

  constructor(catalog: CatalogStore) {
    this.#catalog = catalog;
  }

  async get(): Promise<CatalogIndex> {
    const version = (await this.#catalog.meta())?.version ?? null;
    if (this.#current === undefined || version !== this.#version) {
      this.#version = version;
      this.#current = this.#build().catch((error: unknown) => {
        this.#current = undefined;
        throw error;
      });
    }
    return this.#current;
  }

  async #build(): Promise<CatalogIndex> {
    const catalog = await this.#catalog.load();
    const byCode = new Map<string, ProcedureFacts>();
    for (const p of catalog?.procedures ?? []) {
      byCode.set(p.code, {
        nameVi: p.name.vi,
        fields: p.fields,
        agencies: p.agencies,
        ...(p.province ? { province: p.province } : {}),
        onlineLevel: p.onlineLevel,
      });
    }
    return { version: catalog?.version ?? null, byCode };
  }
}
