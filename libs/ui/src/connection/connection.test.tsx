import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import type { PollerStateName } from '@vpo-live/poller';
import { describe, expect, it } from 'vitest';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { connectionView } from './connectionView.ts';
import { findHostConnectionStatus, writeConnectionStatus } from './writeConnectionStatus.ts';

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

  it('finds nothing on a page without the header indicator', () => {
    document.body.innerHTML = '<main></main>';
    expect(findHostConnectionStatus()).toBeNull();
  });
});
