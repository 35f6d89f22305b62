import { describe, expect, it } from 'vitest';
import { JOB_STATUSES } from '../enums.ts';
import { readJobActions, type ActionsDocument } from '../page/readJobActions.ts';
import { ACTION_ERRORS } from './actionErrors.ts';
import { ACTION_FROM, canAct, JOB_ACTIONS } from './jobActions.ts';

describe('which statuses allow which action', () => {
  it.each([
    ['cancel', ['queued', 'running']],
    ['retry', ['failed', 'cancelled']],
    ['delete', ['queued', 'completed', 'failed', 'cancelled']],
  ] as const)('%s applies to exactly %j', (action, allowed) => {
    const applies = JOB_STATUSES.filter((status) => canAct(action, status));
    expect(applies).toEqual(allowed);
  });

  it('never deletes a running job, and no action applies to a status it does not know', () => {
    expect(canAct('delete', 'running')).toBe(false);
    for (const action of JOB_ACTIONS) expect(canAct(action, 'paused-by-newer-vpo')).toBe(false);
  });

  it("words a refusal the way the CLI does, with VPO's conflict code and the status", () => {
    const refusal = ACTION_ERRORS.wrongState('cancel', 'completed');
    expect(refusal.status).toBe(409);
    expect(refusal.body).toEqual({
      error: 'Can only cancel queued or running jobs. Job is completed.',
      code: 'RESOURCE_CONFLICT',
      details: { status: 'completed' },
    });
    expect(ACTION_ERRORS.wrongState('delete', 'running').body.error).toBe(
      `Can only delete ${ACTION_FROM.delete.slice(0, -1).join(', ')} or cancelled jobs. Job is running.`,
    );
  });
});

describe('readJobActions', () => {
  // The two things the reader looks at: the body's data attributes and the meta tag's content.
  function page(dataset: Record<string, string>, token?: string): ActionsDocument {
    return {
      body: { dataset },
      querySelector: (selector) =>
        selector === 'meta[name="csrf-token"]' && token !== undefined
          ? { getAttribute: (name) => (name === 'content' ? token : null) }
          : null,
    };
  }

  it('offers actions when the host says so and carries the token', () => {
    expect(readJobActions(page({ jobActions: 'true' }, ' tok-123 '))).toEqual({ csrfToken: 'tok-123' });
  });

  it("offers nothing on VPO's pages: a token without the host's word", () => {
    expect(readJobActions(page({}, 'tok-123'))).toBeNull();
    expect(readJobActions(page({ jobActions: 'yes please' }, 'tok-123'))).toBeNull();
  });

  it('offers nothing without a token, even when asked to', () => {
    expect(readJobActions(page({ jobActions: 'true' }))).toBeNull();
    expect(readJobActions(page({}, '   '), true)).toBeNull();
  });

  it('lets the mount prop decide over the attribute', () => {
    expect(readJobActions(page({ jobActions: 'true' }, 'tok-123'), false)).toBeNull();
    expect(readJobActions(page({}, 'tok-123'), true)).toEqual({ csrfToken: 'tok-123' });
    expect(readJobActions(null, true)).toBeNull();
  });
});
