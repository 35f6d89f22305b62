import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { AccessRefused } from './AccessRefused.tsx';
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

describe('AccessRefused', () => {
  it('says the server refused access, that the data shown is the last received, and offers Try again', () => {
    const onRetry = vi.fn();
    render(() => (
      <AccessRefused keptData detail={'GET /api/jobs: 401 \u202EdezirohtuanU'} onRetry={onRetry} />
    ));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not authorised');
    expect(alert).toHaveTextContent('The server wants a login (401)');
    expect(alert).toHaveTextContent('What you see is the last data received.');
    expect(alert).toHaveTextContent('401 ⟨U+202E⟩dezirohtuanU');
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers to log in: the page asks for it (by default, a reload lets the browser prompt)', () => {
    const onLogin = vi.fn();
    render(() => <AccessRefused keptData={false} onRetry={() => undefined} onLogin={onLogin} />);
    screen.getByRole('button', { name: 'Log in' }).click();
    expect(onLogin).toHaveBeenCalledTimes(1);
  });

  it('does not claim kept data when there is none', () => {
    render(() => <AccessRefused keptData={false} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).not.toHaveTextContent('last data');
  });
});
