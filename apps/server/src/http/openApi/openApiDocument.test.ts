import { describe, expect, it } from 'vitest';
import { ROUTES } from '../routes/routeTable.ts';
import { OPERATIONS, openApiDocument } from './openApiDocument.ts';

describe('the OpenAPI document', () => {
  it('describes every route of the table under /api, and nothing the server does not serve', () => {
    const served = ROUTES.filter(
      (route) => route.path.startsWith('/api/') && !route.path.startsWith('/api/v1/'),
    ).map((route) => `${route.method} ${route.path}`);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...served].sort());
  });

  it('lists each path once with its methods, in OpenAPI form, and the job actions with their CSRF header', () => {
    const document = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.0.3');
    expect(Object.keys(document.paths['/api/jobs/{job_id}']!).sort()).toEqual(['delete', 'get']);
    const cancel = document.paths['/api/jobs/{job_id}/cancel']!['post'] as {
      parameters: { name: string; in: string }[];
      responses: Record<string, unknown>;
    };
    expect(cancel.parameters).toContainEqual(expect.objectContaining({ name: 'X-CSRF-Token', in: 'header' }));
    expect(Object.keys(cancel.responses)).toEqual(
      expect.arrayContaining(['200', '403', '404', '409', '429']),
    );
    // Every $ref points at a schema the document has.
    const text = JSON.stringify(document);
    const schemas = (document as unknown as { components: { schemas: Record<string, unknown> } }).components
      .schemas;
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/(\w+)"/g))
      expect(schemas).toHaveProperty(name!);
  });
});
