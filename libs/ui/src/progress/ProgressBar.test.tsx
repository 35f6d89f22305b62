import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './ProgressBar.tsx';

/** Records every DOM change under `root` until `take()`. */
function watch(root: Node) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    take() {
      records.push(...observer.takeRecords());
      observer.disconnect();
      return records;
    },
  };
}

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

  it('scales the fill through CSSOM, never sizing it', () => {
    const { container } = render(() => <ProgressBar value={30} />);
    const fill = container.querySelector<HTMLElement>('.vpo-progress__fill')!;
    expect(fill.style.getPropertyValue('transform')).toBe('scaleX(0.3)');
    expect(fill.style.getPropertyValue('width')).toBe('');
  });

  it('a progress change writes only a transform on the fill, beside the number it shows', () => {
    const [value, setValue] = createSignal<number | null>(30);
    const { container } = render(() => <ProgressBar value={value()} />);
    const fill = container.querySelector<HTMLElement>('.vpo-progress__fill')!;
    const records = watch(container);
    setValue(31);
    const changes = records.take();
    expect(fill.getAttribute('style')).toBe('transform: scaleX(0.31);');
    expect(changes.filter((r) => r.target === fill).map((r) => r.attributeName)).toEqual(['style']);
    // The rest: the number, as text and as aria-valuenow. No class, no other element.
    expect(changes.map((r) => r.attributeName ?? r.type).sort()).toEqual([
      'aria-valuenow',
      'characterData',
      'style',
    ]);
  });

  it('writes nothing when the value rounds to the percent it shows', () => {
    const [value, setValue] = createSignal<number | null>(30.2);
    const { container } = render(() => <ProgressBar value={value()} />);
    const records = watch(container);
    setValue(30.4);
    expect(records.take()).toEqual([]);
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
