/**
 * The query of a raw request URL as URLSearchParams — the shape the contract's parameter readers take.
 * Decoding follows the URL standard (`+` is a space, bad `%` escapes stay literal), never throws.
 */
export function searchParamsOf(url: string): URLSearchParams {
  const mark = url.indexOf('?');
  if (mark < 0) return new URLSearchParams();
  const hash = url.indexOf('#', mark);
  return new URLSearchParams(hash < 0 ? url.slice(mark + 1) : url.slice(mark + 1, hash));
}
