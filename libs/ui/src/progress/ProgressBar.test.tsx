import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './ProgressBar.tsx';

describe('ProgressBar', () => {
  it('exposes the rounded percent as aria-valuenow and as visible text', () => {
    render(() => <ProgressBar value={44.6} label="Progress" />);
    const bar = screen.getByRole('progressbar', { name: 'Progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '45');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveTextContent('45%');
  });

  it('colours the fill by tone', () => {
    render(() => <ProgressBar value={100} tone="done" />);
    expect(screen.getByRole('progressbar')).toHaveClass('vpo-progress--done');
  });

  it('sets the fill width through CSSOM', () => {
    const { container } = render(() => <ProgressBar value={30} />);
    const fill = container.querySelector<HTMLElement>('.vpo-progress__fill')!;
    expect(fill.style.getPropertyValue('width')).toBe('30%');
  });

  it('is indeterminate without aria-valuenow when the value is unknown', () => {
    render(() => <ProgressBar value={null} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveClass('vpo-progress--indeterminate');
    expect(bar).not.toHaveTextContent('%');
  });

  it('moves between determinate and indeterminate in place', () => {
    const [value, setValue] = createSignal<number | null>(null);
    render(() => <ProgressBar value={value()} />);
    const bar = screen.getByRole('progressbar');
    setValue(80);
    expect(screen.getByRole('progressbar')).toBe(bar);
    expect(bar).toHaveAttribute('aria-valuenow', '80');
    expect(bar).not.toHaveClass('vpo-progress--indeterminate');
    setValue(null);
    expect(bar).not.toHaveAttribute('aria-valuenow');
  });
});
