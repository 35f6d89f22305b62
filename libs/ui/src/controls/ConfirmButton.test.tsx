import { render, screen } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './ConfirmButton.tsx';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const renderButton = (onConfirm: () => Promise<void>) =>
  render(() => (
    <ConfirmButton
      label="Cancel job"
      question="Cancel transcode job 1a2b3c4d?"
      pendingLabel="Cancelling…"
      onConfirm={onConfirm}
      danger
    />
  ));

describe('ConfirmButton', () => {
  it('asks first, with the safe choice focused, and does nothing until confirmed', () => {
    const onConfirm = vi.fn(() => Promise.resolve());
    renderButton(onConfirm);
    screen.getByRole('button', { name: 'Cancel job' }).click();
    expect(screen.getByRole('group', { name: 'Cancel transcode job 1a2b3c4d?' })).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' }));
    screen.getByRole('button', { name: 'Keep it' }).click();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel job' }));
  });

  it('backs out on Escape', () => {
    const onConfirm = vi.fn(() => Promise.resolve());
    renderButton(onConfirm);
    screen.getByRole('button', { name: 'Cancel job' }).click();
    screen.getByRole('group').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('runs the action once, busy until it settles, then gives focus back', async () => {
    const pending = deferred();
    const onConfirm = vi.fn(() => pending.promise);
    renderButton(onConfirm);
    screen.getByRole('button', { name: 'Cancel job' }).click();
    screen.getAllByRole('button', { name: 'Cancel job' })[0]!.click();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    const busy = screen.getByRole('button', { name: 'Cancelling…' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');
    pending.resolve();
    await pending.promise;
    await Promise.resolve();
    const again = screen.getByRole('button', { name: 'Cancel job' });
    expect(again).toHaveAttribute('aria-busy', 'false');
    expect(document.activeElement).toBe(again);
  });
});
