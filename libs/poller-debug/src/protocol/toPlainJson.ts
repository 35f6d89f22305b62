/** A value that survives `JSON.stringify` / structured clone unchanged. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Bounds of {@link toPlainJson}: whatever goes in, the output stays small. */
export interface PlainJsonLimits {
  /** Nesting below this depth becomes a summary string (default 5). */
  maxDepth?: number;
  /** Arrays keep this many items (default 50). */
  maxItems?: number;
  /** Objects keep this many keys (default 50). */
  maxKeys?: number;
  /** Strings are cut to this many characters (default 500). */
  maxString?: number;
  /** Keys replaced by a summary of their value wherever they occur (e.g. a poller's response `data`). */
  omitKeys?: readonly string[];
}

const DEFAULTS = { maxDepth: 5, maxItems: 50, maxKeys: 50, maxString: 500 } as const;

/** A short description of a value that is not copied: `[array, 50 items]`, `[object, 3 keys]`. */
export function summarize(value: unknown): string {
  if (Array.isArray(value)) return `[array, ${value.length} items]`;
  if (value === null) return 'null';
  if (typeof value === 'object') return `[object, ${Object.keys(value).length} keys]`;
  if (typeof value === 'string') return `[string, ${value.length} chars]`;
  return `[${typeof value}]`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Copies any value into bounded plain JSON: functions and symbols are dropped, errors become
 * `{ name, message }`, dates ISO strings, non-finite numbers `null`, cycles `"[circular]"`; depth, array
 * length, key count and string length are capped, and `omitKeys` are replaced by a summary. Never throws —
 * a getter that throws becomes `"[unreadable]"`.
 *
 * @example toPlainJson({ data: bigList, errorCount: 2 }, { omitKeys: ['data'] })
 * // { data: '[array, 500 items]', errorCount: 2 }
 */
export function toPlainJson(value: unknown, limits: PlainJsonLimits = {}): JsonValue {
  const max = { ...DEFAULTS, ...limits };
  const omit = new Set(limits.omitKeys ?? []);
  const seen = new WeakSet<object>();

  const copy = (input: unknown, depth: number): JsonValue | undefined => {
    if (input === null || input === undefined) return input === null ? null : undefined;
    switch (typeof input) {
      case 'string':
        return clip(input, max.maxString);
      case 'number':
        // JSON has no -0 (it writes "0"), so -0 becomes 0 here and a trace round-trips unchanged.
        return Number.isFinite(input) ? (input === 0 ? 0 : input) : null;
      case 'boolean':
        return input;
      case 'bigint':
        return input.toString();
      case 'function':
      case 'symbol':
        return undefined;
    }
    const object = input as object;
    if (object instanceof Date) return Number.isNaN(object.getTime()) ? null : object.toISOString();
    if (object instanceof Error) {
      return { name: clip(object.name, max.maxString), message: clip(object.message, max.maxString) };
    }
    if (seen.has(object)) return '[circular]';
    if (depth >= max.maxDepth) return summarize(object);
    seen.add(object);
    try {
      if (Array.isArray(object)) {
        const items = object.slice(0, max.maxItems).map((item) => copy(item, depth + 1) ?? null);
        if (object.length > max.maxItems) items.push(`[${object.length - max.maxItems} more]`);
        return items;
      }
      const out: { [key: string]: JsonValue } = {};
      let kept = 0;
      for (const key of Object.keys(object)) {
        if (kept >= max.maxKeys) break;
        const raw = (object as Record<string, unknown>)[key];
        const next = omit.has(key) ? (raw === undefined ? undefined : summarize(raw)) : copy(raw, depth + 1);
        if (next === undefined) continue;
        out[key] = next;
        kept += 1;
      }
      return out;
    } catch {
      return '[unreadable]';
    } finally {
      seen.delete(object);
    }
  };

  return copy(value, 0) ?? null;
}
