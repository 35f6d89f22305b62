import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createPollerRegistry, type PollerRegistry } from '../live/createPollerRegistry.ts';
import { pollerChartOnce } from '../testing/pollerChartOnce.ts';
import { disposeOf, sourceOf, stepOf } from '@vpo-live/poller-debug/testing';
import { exportTrace, importTrace } from '../trace/pollerTrace.ts';
import { StatechartApp } from './StatechartApp.tsx';

const job = sourceOf(2, { resource: 'job:0123456789abcdef', page: '/jobs/0123456789abcdef' });
const list = sourceOf(1);

function feed(registry: PollerRegistry): void {
  registry.receive(
    stepOf(list, 0, { value: 'idle', event: 'xstate.init', at: Date.UTC(2025, 0, 1, 10, 0, 0) }),
  );
  registry.receive({
    ...stepOf(list, 1, {
      value: { reconnecting: 'waiting' },
      event: 'FETCH.FAILURE',
      context: {
        errorCount: 1,
        delayMs: 2000,
        nextPollAt: Date.UTC(2025, 0, 1, 10, 0, 3),
        error: { kind: 'network', message: 'Failed to fetch' },
      },
      at: Date.UTC(2025, 0, 1, 10, 0, 1),
      tags: ['scheduled'],
    }),
    event: {
      type: 'FETCH.FAILURE',
      detail: { error: { kind: 'network', message: 'Failed to fetch' }, latencyMs: 12 },
    },
    transitions: [
      { source: 'poller.idle', eventType: 'FETCH.FAILURE', targets: ['poller.reconnecting.waiting'] },
    ],
  });
  registry.receive(
    stepOf(job, 0, { value: { connected: 'waiting' }, context: { errorCount: 0, delayMs: 5000 } }),
  );
}

function renderApp(registry = createPollerRegistry(), download = vi.fn(), indicator?: HTMLElement) {
  render(() => (
    <StatechartApp
      registry={registry}
      loadChart={pollerChartOnce}
      live
      download={download}
      now={() => 0}
      indicator={indicator ?? null}
    />
  ));
  return { registry, download };
}

const pollerButton = (name: RegExp) => screen.getByRole('button', { name });
const field = (name: string) => document.querySelector(`[data-field="${name}"]`)?.textContent;

describe('StatechartApp', () => {
  beforeAll(async () => {
    await Promise.all([pollerChartOnce(true), pollerChartOnce(false)]);
  }, 30_000);

  it('says how to get pollers on screen while there are none', async () => {
    renderApp();
    await screen.findByRole('img', { name: /State chart of the poller machine/ });
    // Beside the chart's heading (the first screen) and in the Pollers list.
    const hints = screen.getAllByText(/No pollers yet.*\?debug=poller/);
    expect(hints).toHaveLength(2);
    expect(hints[0]?.closest('.sc-chart-tools')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Pollers' })).toBeInTheDocument();
  });

  it('lists every live poller with what it polls, its page and its state', async () => {
    const { registry } = renderApp();
    feed(registry);
    const jobList = await screen.findByRole('button', { name: /Job list/ });
    expect(jobList).toHaveTextContent('/jobs');
    expect(jobList).toHaveTextContent('live · reconnecting.waiting');
    expect(pollerButton(/Job 01234567/)).toHaveTextContent('live · connected.waiting');
  });

  it('highlights the selected poller’s current state on the chart, by more than color', async () => {
    const { registry } = renderApp();
    feed(registry);
    const chart = await screen.findByRole('img', { name: /State chart of the poller machine/ });
    // The first poller is selected by default.
    expect(pollerButton(/Job list/)).toHaveAttribute('aria-pressed', 'true');
    const current = chart.querySelector('.chart-state.is-current');
    expect(current?.getAttribute('data-state-id')).toBe('poller.reconnecting.waiting');
    expect(current?.textContent).toContain('▶ waiting');
    expect(chart.querySelector('[data-state-id="poller.reconnecting"]')).toHaveAttribute(
      'data-active',
      'true',
    );
    expect(chart.querySelector('desc')?.textContent).toContain('current state reconnecting.waiting');
    const taken = chart.querySelectorAll('tspan.is-taken');
    expect([...taken].map((t) => t.textContent)).toEqual(['FETCH.FAILURE']);

    await userEvent.click(pollerButton(/Job 01234567/));
    expect(pollerButton(/Job 01234567/)).toHaveAttribute('aria-pressed', 'true');
    expect(chart.querySelector('.chart-state.is-current')?.getAttribute('data-state-id')).toBe(
      'poller.connected.waiting',
    );
  });

  it('draws the overview folded, and every state laid out on “Show substates”, following the same poller', async () => {
    const { registry } = renderApp();
    feed(registry);
    const chart = await screen.findByRole('img', { name: /State chart of the poller machine/ });
    expect(chart.querySelectorAll('.chart-state--chip').length).toBeGreaterThan(10);
    expect(chart.querySelectorAll('.chart-initial')).toHaveLength(1);
    const toggle = screen.getByRole('button', { name: 'Show substates' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(chart.querySelectorAll('.chart-state--chip')).toHaveLength(0), {
      timeout: 20_000,
    });
    // Every compound state now has its initial marker, and the current state is the same one.
    expect(chart.querySelectorAll('.chart-initial').length).toBeGreaterThan(5);
    expect(chart.querySelector('.chart-state.is-current')?.getAttribute('data-state-id')).toBe(
      'poller.reconnecting.waiting',
    );

    await userEvent.click(toggle);
    await waitFor(() => expect(chart.querySelectorAll('.chart-state--chip').length).toBeGreaterThan(10));
  }, 30_000);

  it('shows the selected poller’s context', async () => {
    const { registry } = renderApp();
    feed(registry);
    await screen.findByRole('img', { name: /State chart/ });
    expect(field('state')).toBe('reconnecting.waiting');
    expect(field('errorCount')).toBe('1');
    expect(field('currentDelay')).toBe('2 s');
    expect(field('nextPollAt')).toContain('(in 2 s)');
    expect(field('fetching')).toBe('no');
    expect(field('lastUpdatedAt')).toBe('never');
    expect(field('lastError')).toBe('network: Failed to fetch');
  });

  it('shows which tab leads a shared resource, and each hand-over in the event log', async () => {
    const { registry } = renderApp();
    feed(registry);
    registry.receive({
      ...stepOf(list, 2, {
        value: { reconnecting: 'waiting' },
        event: 'TABS.ROLE',
        context: { errorCount: 1, role: 'leader', key: 'status=failed' },
        at: Date.UTC(2025, 0, 1, 10, 0, 2),
      }),
      event: { type: 'TABS.ROLE', detail: { role: 'leader' } },
    });
    const log = await screen.findByRole('list', { name: 'Events, newest first' });
    expect(field('role')).toBe('leader');
    expect(field('key')).toBe('status=failed');
    expect(within(log).getAllByRole('listitem')[0]).toHaveTextContent('TABS.ROLE');
  });

  it('keeps an event log, newest first, with times, details and resulting states', async () => {
    const { registry } = renderApp();
    feed(registry);
    const log = await screen.findByRole('list', { name: 'Events, newest first' });
    const rows = within(log).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('FETCH.FAILURE');
    expect(rows[0]).toHaveTextContent('network: Failed to fetch · latency 12 ms');
    expect(rows[0]).toHaveTextContent('→ reconnecting.waiting');
    expect(rows[1]).toHaveTextContent('init');
    expect(rows[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-01T10:00:01.000Z');
  });

  it('keeps the same poller buttons (and keyboard focus) while updates arrive', async () => {
    const { registry } = renderApp();
    feed(registry);
    const button = await screen.findByRole('button', { name: /Job 01234567/ });
    button.focus();
    registry.receive(stepOf(job, 1, { value: { connected: 'fetching' } }));
    registry.receive(stepOf(sourceOf(3), 0));
    expect(button).toHaveTextContent('connected.fetching');
    expect(document.activeElement).toBe(button);
  });

  it('marks pollers that went away as gone, in words', async () => {
    const { registry } = renderApp();
    feed(registry);
    registry.receive(disposeOf(job));
    const button = await screen.findByRole('button', { name: /Job 01234567/ });
    expect(button).toHaveTextContent('gone (disposed)');
    expect(button).toHaveAttribute('data-status', 'gone');
  });

  it('exports the recorded trace as a JSON file that loads back', async () => {
    const { registry, download } = renderApp();
    feed(registry);
    await userEvent.click(await screen.findByRole('button', { name: 'Export trace' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, text] = download.mock.calls[0] as [string, string];
    expect(filename).toBe('poller-trace-1970-01-01T00-00-00-000Z.json');
    const loaded = importTrace(text);
    expect(loaded.ok && loaded.trace.entries).toEqual(registry.trace());
  });

  it('replays a loaded trace step by step with previous/next and the slider', async () => {
    const registry = createPollerRegistry();
    // The host page's header indicator: empty while following live pollers (this page asks no server).
    const indicator = document.createElement('span');
    renderApp(registry, vi.fn(), indicator);
    expect(indicator.textContent).toBe('');
    const entries = [
      stepOf(list, 0, { value: 'idle', event: 'xstate.init' }),
      stepOf(list, 1, {
        value: { reconnecting: 'waiting' },
        event: 'FETCH.FAILURE',
        context: { errorCount: 1 },
      }),
      stepOf(list, 2, { value: { error: 'waiting' }, event: 'FETCH.FAILURE', context: { errorCount: 3 } }),
    ];
    const file = new File([exportTrace(entries, 'poller', 5)], 'trace.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Load trace…'), file);

    expect(await screen.findByText(/Replaying/)).toHaveTextContent('Replaying trace.json');
    expect(indicator.textContent).toBe('Replay');
    expect(indicator).toHaveClass('connection-status--paused');
    expect(screen.getByText('Loaded 3 entries for 1 poller.')).toHaveAttribute('role', 'status');
    const chart = await screen.findByRole('img', { name: /State chart/ });
    const current = () => chart.querySelector('.chart-state.is-current')?.getAttribute('data-state-id');
    expect(current()).toBe('poller.idle');
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(field('nextPollAt')).toBe('not scheduled');

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(current()).toBe('poller.reconnecting.waiting');
    expect(field('errorCount')).toBe('1');
    await userEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(current()).toBe('poller.error.waiting');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText('Step 2 of 3')).toBeInTheDocument();

    const slider = screen.getByRole('slider', { name: 'Step' });
    slider.setAttribute('value', '0');
    (slider as HTMLInputElement).value = '0';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    expect(current()).toBe('poller.idle');

    const log = screen.getByRole('list', { name: 'Events, newest first' });
    expect(within(log).getAllByRole('listitem').at(-1)).toHaveAttribute('aria-current', 'step');
    await userEvent.click(within(log).getAllByRole('button')[0] as HTMLElement);
    expect(current()).toBe('poller.error.waiting');

    // The timeline replays the trace too; picking a tick there moves the replay to that step.
    await userEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    const rows = screen.getByRole('img', { name: 'Timeline of every poller' }).querySelectorAll('.tl-row');
    expect(rows).toHaveLength(1);
    rows[0]
      ?.querySelector('.tl-tick[data-seq="1"]')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await userEvent.click(screen.getByRole('button', { name: 'State chart' }));
    expect(current()).toBe('poller.reconnecting.waiting');
    expect(screen.getByText('Step 2 of 3')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Back to live' }));
    expect(screen.getByText(/Live — recording/)).toBeInTheDocument();
    expect(indicator.textContent).toBe('');
    expect(indicator.className).toBe('connection-status');
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });

  it('shows every poller on the timeline, and a picked event’s context before and after', async () => {
    const { registry } = renderApp();
    feed(registry);
    await userEvent.click(await screen.findByRole('button', { name: 'Timeline' }));
    const timeline = screen.getByRole('img', { name: 'Timeline of every poller' });
    const rows = timeline.querySelectorAll('.tl-row');
    expect([...rows].map((row) => row.getAttribute('data-poller-id'))).toEqual([list.pollerId, job.pollerId]);
    const failure = rows[0]?.querySelector('.tl-fetch[data-outcome="FAILURE"]');
    expect(failure?.querySelector('title')?.textContent).toBe('FAILURE in 12 ms');
    expect(
      [...(rows[0]?.querySelectorAll('.tl-band') ?? [])].map((b) => b.getAttribute('data-state')),
    ).toEqual(['idle', 'reconnecting']);

    const tick = rows[0]?.querySelector('.tl-tick[data-seq="1"]');
    tick?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const diff = await screen.findByRole('region', { name: 'What the event changed' });
    expect(diff).toHaveTextContent('FETCH.FAILURE');
    expect(diff).toHaveTextContent('idle → reconnecting.waiting');
    const errorCount = diff.querySelector('[data-key="errorCount"]');
    expect(errorCount).toHaveAttribute('data-change', 'changed');
    expect(errorCount?.querySelector('.sc-diff-before')).toHaveTextContent('0');
    expect(errorCount?.querySelector('.sc-diff-after')).toHaveTextContent('1');
    expect(tick).toHaveClass('is-selected');
  });

  it('explains a file that is not a trace, and stays live', async () => {
    renderApp();
    const file = new File(['{"hello":1}'], 'notes.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Load trace…'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent('notes.json: The file is not a poller trace');
    expect(screen.getByText(/Live — recording/)).toBeInTheDocument();
  });

  it('renders text from messages as text, never as markup', async () => {
    const { registry } = renderApp();
    registry.receive(stepOf(sourceOf(7, { page: '<img src=x onerror=alert(1)>', resource: '<b>x</b>' }), 0));
    const button = await screen.findByRole('button', { name: /<b>x<\/b>/ });
    expect(button).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    await waitFor(() => expect(document.querySelector('b')).toBeNull());
  });
});
