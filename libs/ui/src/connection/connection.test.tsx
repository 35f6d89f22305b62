import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import type { PollerStateName } from '@vpo-live/poller';
import { describe, expect, it } from 'vitest';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { REPLAY_VIEW, connectionView, nextTryText } from './connectionView.ts';
import {
  findHostConnectionStatus,
  writeConnectionStatus,
  writeIndicatorView,
} from './writeConnectionStatus.ts';

describe('connectionView', () => {
  it.each([
    ['connected', 'Live', 'connected'],
    ['reconnecting', 'Reconnecting', 'reconnecting'],
    ['throttled', 'Slowed down', 'reconnecting'],
    ['error', 'Offline', 'error'],
    ['paused', 'Paused', 'paused'],
  ])('%s reads %s with VPO class modifier %s', (state, label, modifier) => {
    expect(connectionView(state)).toEqual({ label, modifier });
  });

  it('falls back for a state it does not know', () => {
    expect(connectionView('warp-drive').label).toBe('Reconnecting');
  });
});

describe('ConnectionIndicator', () => {
  it('is a status with the machine state in data-state', () => {
    const [state, setState] = createSignal<PollerStateName>('connected');
    render(() => <ConnectionIndicator state={state()} />);
    const indicator = screen.getByRole('status');
    expect(indicator).toHaveTextContent('Live');
    expect(indicator).toHaveAttribute('data-state', 'connected');
    setState('error');
    expect(indicator).toHaveTextContent('Offline');
    expect(indicator).toHaveAttribute('data-state', 'error');
    expect(indicator).toHaveClass('connection-status--error');
    expect(indicator).not.toHaveClass('connection-status--connected');
  });
});

describe('writeConnectionStatus', () => {
  function hostIndicator(): HTMLElement {
    document.body.innerHTML =
      '<header><span id="connection-status" class="connection-status connection-status--connected header-pill" role="status" aria-live="polite">Live</span></header>';
    return findHostConnectionStatus()!;
  }

  it("updates VPO's header indicator: text, data-state and exactly one modifier class", () => {
    const el = hostIndicator();
    writeConnectionStatus(el, 'reconnecting');
    expect(el).toHaveTextContent('Reconnecting');
    expect(el.dataset.state).toBe('reconnecting');
    expect(el).toHaveClass('connection-status--reconnecting', 'header-pill');
    expect(el).not.toHaveClass('connection-status--connected');
    writeConnectionStatus(el, 'paused');
    expect(el).toHaveTextContent('Paused');
    expect(el).toHaveClass('connection-status--paused');
    expect(el).not.toHaveClass('connection-status--reconnecting');
  });

  it('writes nothing when the state did not change, so the live region stays quiet', () => {
    const el = hostIndicator();
    writeConnectionStatus(el, 'connected');
    const observer = new MutationObserver(() => undefined);
    observer.observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
    writeConnectionStatus(el, 'connected');
    expect(observer.takeRecords()).toHaveLength(0);
    observer.disconnect();
  });

  it('says "Replay" in grey for a recorded trace, and nothing at all when given no view', () => {
    const el = hostIndicator();
    writeConnectionStatus(el, 'error', { nextPollAt: 5000, now: 0 });
    writeIndicatorView(el, REPLAY_VIEW, 'replay');
    expect(el.textContent).toBe('Replay');
    expect(el.dataset.state).toBe('replay');
    expect(el).toHaveClass('connection-status--paused', 'header-pill');
    expect(el).not.toHaveClass('connection-status--error');
    writeIndicatorView(el, null, 'idle');
    expect(el.textContent).toBe('');
    expect(el.className).toBe('connection-status header-pill');
  });

  it('finds nothing on a page without the header indicator', () => {
    document.body.innerHTML = '<main></main>';
    expect(findHostConnectionStatus()).toBeNull();
  });
});

describe('the countdown to the next try', () => {
  it.each([
    ['throttled', 7_000, 0, 'next try in 7 s'],
    ['reconnecting', 1_500, 0, 'next try in 2 s'],
    ['error', 90_000, 0, 'next try in 1 min 30 s'],
    ['throttled', 100, 0, 'next try in 1 s'],
  ])('%s with the next request %i ms after %i reads "%s"', (state, nextPollAt, now, text) => {
    expect(nextTryText(state, nextPollAt, now)).toBe(text);
  });

  it.each([
    ['connected', 5_000],
    ['paused', 5_000],
    ['terminal', 5_000],
    ['throttled', null],
    ['throttled', 0],
  ])('is absent while %s with next request at %s', (state, nextPollAt) => {
    expect(nextTryText(state, nextPollAt, 0)).toBeNull();
  });

  it('ticks in the indicator outside what the live region announces', () => {
    const [now, setNow] = createSignal(0);
    const [state, setState] = createSignal<PollerStateName>('throttled');
    render(() => <ConnectionIndicator state={state()} nextPollAt={7_000} now={now()} />);
    const indicator = screen.getByRole('status');
    expect(indicator).toHaveTextContent('Slowed down — next try in 7 s');
    expect(indicator.querySelector('[aria-hidden="true"]')).toHaveTextContent('— next try in 7 s');
    setNow(2_500);
    expect(indicator).toHaveTextContent('Slowed down — next try in 5 s');
    setState('connected');
    expect(indicator.textContent).toBe('Live');
  });

  it("writes the same into VPO's header indicator, touching only the countdown while it ticks", () => {
    document.body.innerHTML =
      '<span id="connection-status" class="connection-status" role="status" aria-live="polite">Live</span>';
    const el = findHostConnectionStatus()!;
    writeConnectionStatus(el, 'throttled', { nextPollAt: 7_000, now: 0 });
    expect(el).toHaveTextContent('Slowed down — next try in 7 s');
    const label = el.firstChild!;
    const observer = new MutationObserver(() => undefined);
    observer.observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
    writeConnectionStatus(el, 'throttled', { nextPollAt: 7_000, now: 1_000 });
    const records = observer.takeRecords();
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.target !== el && r.target !== label)).toBe(true);
    expect(el).toHaveTextContent('Slowed down — next try in 6 s');
    writeConnectionStatus(el, 'connected', { nextPollAt: 9_000, now: 1_000 });
    expect(el.textContent).toBe('Live');
    expect(el.children).toHaveLength(0);
    observer.disconnect();
  });
});
