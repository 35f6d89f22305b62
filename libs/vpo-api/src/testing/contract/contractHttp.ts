/** One response as the checks see it: status, headers, raw text and the JSON body (undefined if not JSON). */
export interface ContractResponse {
  status: number;
  headers: Headers;
  text: string;
  // The checks compare bodies against literals; `any` keeps those comparisons readable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export type ContractGet = (path: string, headers?: Record<string, string>) => Promise<ContractResponse>;

/** GETs paths relative to the target's base URL. */
export function createContractGet(
  baseUrl: () => string,
  fetchImpl: () => typeof globalThis.fetch,
): ContractGet {
  return async (path, headers = {}) => {
    const doFetch = fetchImpl();
    const response = await doFetch(`${baseUrl()}${path}`, { headers });
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, headers: response.headers, text, body };
  };
}
