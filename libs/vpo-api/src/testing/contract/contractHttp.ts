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
export type ContractSend = (
  method: string,
  path: string,
  headers?: Record<string, string>,
) => Promise<ContractResponse>;

/** GETs paths relative to the target's base URL. */
export function createContractGet(
  baseUrl: () => string,
  fetchImpl: () => typeof globalThis.fetch,
): ContractGet {
  const send = createContractSend(baseUrl, fetchImpl);
  return (path, headers) => send('GET', path, headers);
}

/** Sends a request without a body (VPO's job actions take none) to a path relative to the base URL. */
export function createContractSend(
  baseUrl: () => string,
  fetchImpl: () => typeof globalThis.fetch,
): ContractSend {
  return async (method, path, headers = {}) => {
    const doFetch = fetchImpl();
    const response = await doFetch(`${baseUrl()}${path}`, { method, headers });
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
