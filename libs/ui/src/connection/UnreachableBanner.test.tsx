import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { UnreachableBanner } from './UnreachableBanner.tsx';

function setup(initial: string) {
  const [state, setState] = createSignal(initial);
  const [now, setNow] = createSignal(0);
  const [nextPollAt, setNextPollAt] = createSignal<number | null>(37_000);
  const onRetry = vi.fn();
  const { container } = render(() => (
    <UnreachableBanner state={state()} nextPollAt={nextPollAt()} now={now()} onRetry={onRetry} />
  ));
  const region = container.querySelector('[aria-live="polite"]') as HTMLElement;
  const shown = () => screen.queryByRole('button', { name: 'Retry' }) !== null;
  return { setState, setNow, setNextPollAt, onRetry, region, shown };
}

describe('UnreachableBanner', () => {
  it('says the server cannot be reached and counts down to the next try', () => {
    const { setNow, region } = setup('error');
    expect(region).toHaveTextContent('Cannot reach the server — next try in 37 s');
    setNow(1_500);
    expect(region).toHaveTextContent('Cannot reach the server — next try in 36 s');
  });

  it('shows while reconnecting too, and leaves on recovery', () => {
    const { setState, region, shown } = setup('reconnecting');
    expect(shown()).toBe(true);
    expect(screen.getByTestId('unreachable-banner')).toHaveClass('vpo-unreachable');
    setState('connected');
    expect(shown()).toBe(false);
    // The live region stays, empty, so the next outage is announced.
    expect(region).toBeInTheDocument();
    expect(region.textContent).toBe('');
  });

  it.each(['connected', 'throttled', 'paused', 'terminal', 'idle'])('stays away while %s', (state) => {
    const { region, shown } = setup(state);
    expect(shown()).toBe(false);
    expect(region.textContent).toBe('');
  });

  it('retries on click', () => {
    const { onRetry } = setup('error');
    screen.getByRole('button', { name: 'Retry' }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('announces the sentence once: the ticking countdown is hidden from assistive technology', () => {
    const { setNow, region } = setup('error');
    const sentence = region;
    const spoken = () =>
      [...sentence.childNodes]
        .filter((node) => !(node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true'))
        .map((node) => node.textContent)
        .join('');
    expect(spoken()).toBe('Cannot reach the server');
    const countdown = sentence.querySelector('[aria-hidden="true"]') as HTMLElement;
    setNow(5_000);
    expect(spoken()).toBe('Cannot reach the server');
    // The same nodes, updated in place: a screen reader sees no new content in the region.
    expect(sentence.querySelector('[aria-hidden="true"]')).toBe(countdown);
    expect(countdown).toHaveTextContent('next try in 32 s');
  });

  it('drops the countdown when no next try is scheduled', () => {
    const { setNextPollAt, region } = setup('error');
    setNextPollAt(null);
    expect(region.textContent).toBe('Cannot reach the server');
  });
});
