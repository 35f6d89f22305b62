// The detail benchmark's floor worker: fetches what it is posted (the page's fetch worker's message shape, so
// measure.js marks it as a request) and posts back only the status and ETag — a poll made off the main thread
// with nothing else: no engine, no validation, no page.
onmessage = async ({ data }) => {
  const response = await fetch(data.url, { headers: data.headers, cache: 'no-store' });
  postMessage({ id: data.id, status: response.status, etag: response.headers.get('etag') });
};
