import { render, screen } from '@solidjs/testing-library';
import { sourceOf, stepOf } from '@vpo-live/poller-debug/testing';
import { describe, expect, it } from 'vitest';
import type { PollerEntry } from '../live/createPollerRegistry.ts';
import { ContextPanel } from './ContextPanel.tsx';
import { EventLog } from './EventLog.tsx';
import { PollerList } from './PollerList.tsx';

const RLO = '\u202E';
const hostileError = { kind: 'http', status: 500, message: `GET /api/jobs: 500 report${RLO}gnp.exe` };

describe('server strings on the state-chart page', () => {
  it('shows a bidi control in the last error as a marker', () => {
    const step = stepOf(sourceOf(1), 1, { context: { errorCount: 1, error: hostileError } });
    const { container } = render(() => <ContextPanel step={step} />);
    const lastError = container.querySelector('[data-field="lastError"]')!;
    expect(lastError.textContent).toBe('http 500: GET /api/jobs: 500 report⟨U+202E⟩gnp.exe');
    expect(lastError.querySelector('.vpo-bidi-mark')).toHaveAttribute('data-bidi-control', 'U+202E');
  });

  it('cuts a 10,000-character error message, with Show all', () => {
    const error = { kind: 'http', status: 500, message: 'x'.repeat(10_000) };
    const step = stepOf(sourceOf(1), 1, { context: { errorCount: 1, error } });
    const { container } = render(() => <ContextPanel step={step} />);
    expect(container.querySelector('[data-field="lastError"]')!.textContent!.length).toBeLessThan(400);
    expect(screen.getByRole('button', { name: 'Show all Last error' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('shows a bidi control in an event detail and a poller page as markers', () => {
    const source = sourceOf(1, { page: `/jobs/${RLO}x`, resource: `job:${RLO}abc` });
    const step = {
      ...stepOf(source, 1, { event: 'FETCH.FAILURE' }),
      event: { type: 'FETCH.FAILURE', detail: { error: hostileError } },
    };
    const entry: PollerEntry = {
      source,
      firstSeenAt: 0,
      lastSeenAt: 0,
      status: 'live',
      goneReason: null,
      latest: step,
      steps: [step],
      evictedSteps: 0,
    };
    const { container } = render(() => (
      <>
        <EventLog steps={[step]} evicted={0} />
        <PollerList pollers={[entry]} selectedId={null} onSelect={() => undefined} emptyText="none" />
      </>
    ));
    expect(container.querySelector('.sc-log-detail')!.textContent).toContain('report⟨U+202E⟩gnp.exe');
    expect(container.querySelector('.sc-poller-page')!.textContent).toBe('/jobs/⟨U+202E⟩x');
    expect(container.querySelector('.sc-poller-name')!.textContent).toContain('Job ⟨U+202E⟩abc');
    expect(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(container.textContent ?? '')).toBe(false);
  });
});
