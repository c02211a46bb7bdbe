import { loadJson, LoadError } from './load.js';
import { reason, type Reason } from './schema.js';

/** Why a document could not be had: `load` (fetch, HTTP, type, size, JSON) or `parse` (not a valid document). */
export interface SourceFailure {
  kind: 'load' | 'parse';
  reasons: Reason[];
}

/** Where a widget's document is now: the `data` property, else `src`, else an inline JSON child. */
export type Source =
  | { json: unknown }
  | { fetch: string }
  | { failure: SourceFailure }
  /** No document yet (no inline script, or one still streaming in): wait for the page. */
  | { wait: 'children' | 'document' };

/** Reads what is there without fetching: a `src` becomes `{ fetch }`, to load next. */
export function currentSource(host: Element & { data: unknown; src: string | undefined }): Source {
  if (host.data !== undefined) return { json: host.data };
  if (host.src) return { fetch: host.src };
  const script = host.querySelector('script[type="application/json"]');
  if (!script) return { wait: 'children' };
  try {
    return { json: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    // While the page is still parsing, the script may have arrived only in part.
    if (document.readyState === 'loading') return { wait: 'document' };
    return {
      failure: { kind: 'parse', reasons: [reason([], 'valid JSON in the inline script', (error as Error).message)] },
    };
  }
}

/** Fetches a `src` through the shared loader; every failure becomes a reason, never a rejection. */
export async function fetchSource(
  src: string,
  signal: AbortSignal,
): Promise<{ json: unknown } | { failure: SourceFailure }> {
  try {
    return { json: await loadJson(src, { signal }) };
  } catch (error) {
    const why = error instanceof LoadError ? error.reason : reason(['src'], 'a loadable document', String(error));
    return { failure: { kind: 'load', reasons: [why] } };
  }
}
