import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Catalog } from '../../domain/procedure.ts';
import type { CatalogStore } from '../storage/types.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type BodyEncoding = 'br' | 'gzip' | 'identity';

interface CachedVersion {
  version: number;
  identity: Buffer;
  compressed: Map<BodyEncoding, Promise<Buffer>>;
}

/**
 * The serialized catalogue of one version, kept in memory with its compressed forms: the
 * catalogue is megabytes and changes only on import, so it is serialized and compressed once
 * per version instead of on every request from every phone.
 */
export class CatalogBodyCache {
  #cached: CachedVersion | undefined;
  /** The load in progress, shared by every request that arrives meanwhile. */
  #loading: Promise<CachedVersion | undefined> | undefined;
  readonly #store: CatalogStore;
  /** What is served of a catalogue: the whole of it, or its list (issue 14). */
  readonly #shape: (catalog: Catalog) => unknown;

  constructor(store: CatalogStore, shape: (catalog: Catalog) => unknown = (catalog) => catalog) {
    this.#store = store;
    this.#shape = shape;
  }

  /** The body for `version` or newer; undefined when there is no catalogue at all. */
  async body(
    version: number,
    encoding: BodyEncoding,
  ): Promise<{ version: number; body: Buffer } | undefined> {
    let cached = this.#cached;
    if (!cached || cached.version < version) {
      this.#loading ??= this.#load().finally(() => {
        this.#loading = undefined;
      });
      cached = await this.#loading;
    }
    if (!cached) return undefined;
    if (encoding === 'identity') return { version: cached.version, body: cached.identity };
    let compressed = cached.compressed.get(encoding);
    if (!compressed) {
      const forms = cached.compressed;
      compressed = compress(cached.identity, encoding).catch((error: unknown) => {
        forms.delete(encoding); // let the next request try again
        throw error;
      });
      forms.set(encoding, compressed);
    }
    return { version: cached.version, body: await compressed };
  }

  async #load(): Promise<CachedVersion | undefined> {
    // On failure the previous version stays cached and the next request tries again.
    const catalog = await this.#store.load();
    if (!catalog) return undefined;
    const loaded: CachedVersion = {
      version: catalog.version,
      identity: Buffer.from(JSON.stringify(this.#shape(catalog))),
      compressed: new Map(),
    };
    if (!this.#cached || this.#cached.version < loaded.version) this.#cached = loaded;
    return this.#cached;
  }
}

function compress(body: Buffer, encoding: Exclude<BodyEncoding, 'identity'>): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: 9 });
  // Quality 9 of 11: close to the best ratio, a fraction of quality 11's time on megabytes.
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** br when the client accepts it, else gzip, else none (q=0 means "not this one"). */
export function chooseEncoding(acceptEncoding: string | undefined): BodyEncoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    accepted.add(token.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('x-gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}
