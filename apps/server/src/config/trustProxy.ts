import { isIP } from 'node:net';
import * as v from 'valibot';

/**
 * Fastify's `trustProxy`, in the forms a config file, a flag or an environment variable can say: `false`
 * (default: the socket's address is the client), `true` (trust any proxy: only safe when nothing but the
 * proxy can reach the server), or the proxies' addresses and CIDR ranges (and proxy-addr's names
 * `loopback`, `linklocal`, `uniquelocal`). Hop counts are refused: Fastify 5 treats a number as "trust no
 * proxy" (a hop count cannot tell a proxy from a client that sends the header itself).
 */
export type TrustProxy = boolean | readonly string[];

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];
const TRUE_WORDS = ['true', 'yes', 'on'];
const FALSE_WORDS = ['false', 'no', 'off', ''];
const HELP = 'must be true, false, or the proxies’ addresses/CIDRs, comma-separated';

/** Why `entry` is not an address, a CIDR range or a named range; null when it is one. */
function addressProblem(entry: string): string | null {
  if (NAMED_RANGES.includes(entry)) return null;
  if (/^\d+$/.test(entry)) return `a hop count ('${entry}') is not supported, list the proxies’ addresses`;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return `'${entry}' is not an address or CIDR range`;
  if (prefix === undefined) return null;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  const max = family === 4 ? 32 : 128;
  return bits >= 0 && bits <= max ? null : `'${entry}' has a prefix length outside 0–${max}`;
}

/**
 * Reads one value into a {@link TrustProxy}, or returns the reason it cannot be one.
 *
 * @example readTrustProxy('10.0.0.1, 192.168.0.0/16') // ['10.0.0.1', '192.168.0.0/16']
 */
export function readTrustProxy(input: boolean | number | string | readonly string[]): TrustProxy | string {
  if (typeof input === 'boolean') return input;
  const entries = (
    typeof input === 'string' ? input.split(',') : typeof input === 'number' ? [String(input)] : [...input]
  ).map((entry) => entry.trim().toLowerCase());
  if (typeof input === 'string' && entries.length === 1) {
    const word = entries[0] ?? '';
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
  }
  const cleaned = entries.filter((entry) => entry !== '');
  if (cleaned.length === 0) return false;
  for (const entry of cleaned) {
    const problem = addressProblem(entry);
    if (problem !== null) return `${problem}; ${HELP}`;
  }
  return cleaned;
}

/** The `trustProxy` field of the server's valibot schema: one-line reasons, never a throw. */
export const trustProxySchema = v.pipe(
  v.union([v.boolean(), v.number(), v.string(), v.array(v.string())], HELP),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const result = readTrustProxy(dataset.value);
    if (typeof result === 'string') {
      addIssue({ message: result });
      return NEVER;
    }
    return result;
  }),
);
