import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { LiveRegion } from './LiveRegion.tsx';
import { RefreshButton } from './RefreshButton.tsx';

describe('RefreshButton', () => {
  it('calls onRefresh and shows the in-flight spinner while busy', () => {
    const onRefresh = vi.fn();
    const [busy, setBusy] = createSignal(false);
    const { container } = render(() => <RefreshButton onRefresh={onRefresh} busy={busy()} />);
    const button = screen.getByRole('button', { name: 'Refresh' });
    button.click();
    expect(onRefresh).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-busy', 'false');
    setBusy(true);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(container.querySelector('.vpo-spinner')).toHaveClass('vpo-spinner--active');
  });

  it('listens on the button itself, so a click works without the document-level delegation', () => {
    const onRefresh = vi.fn();
    const { container } = render(() => <RefreshButton onRefresh={onRefresh} />);
    const button = screen.getByRole('button', { name: 'Refresh' });
    // Detached, the click never reaches a document listener.
    container.removeChild(button);
    button.click();
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });
});

describe('LiveRegion', () => {
  it('is a polite region that is not a second status role', () => {
    const [message, setMessage] = createSignal('');
    render(() => <LiveRegion message={message()} />);
    const region = screen.getByTestId('live-region');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('status')).toBeNull();
    setMessage('Job 3f2a9c1e completed.');
    expect(region).toHaveTextContent('Job 3f2a9c1e completed.');
  });
});
