import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { ReplayControls } from './ReplayControls.tsx';

function setup(count: number) {
  const [index, setIndex] = createSignal(0);
  render(() => <ReplayControls index={index()} count={count} onChange={setIndex} />);
  return index;
}

describe('ReplayControls', () => {
  it('moves one step at a time and never past either end', async () => {
    const index = setup(3);
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(index()).toBe(2);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('slider', { name: 'Step' })).toHaveAttribute('aria-valuetext', 'Step 3 of 3');
    await userEvent.click(screen.getByRole('button', { name: 'First' }));
    expect(index()).toBe(0);
  });

  it('is a labelled group of real buttons and a slider', () => {
    setup(1);
    expect(screen.getByRole('group', { name: 'Replay' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Step' })).toBeDisabled();
    expect(screen.getByText('Step 1 of 1')).toBeInTheDocument();
  });
});
