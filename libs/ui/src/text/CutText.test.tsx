import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { CUT_LIMIT } from './cutText.ts';
import { CutText } from './CutText.tsx';

const longPath = `/media/${'a'.repeat(10_000)}/report\u202Egnp.exe`;

describe('CutText', () => {
  it('draws a value that fits whole, with no toggle', () => {
    const { container } = render(() => <CutText text="/media/a.mkv" mode="middle" />);
    expect(container).toHaveTextContent('/media/a.mkv');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('cuts a 10,000-character path in the middle, keeping the file name, with the whole value in its title', () => {
    const { container } = render(() => <CutText text={longPath} mode="middle" label="file path" />);
    const value = container.querySelector('.vpo-cut__value')!;
    expect(value.textContent!.length).toBeLessThan(CUT_LIMIT + 100);
    expect(value.textContent).toMatch(/^\/media\/a+…/);
    expect(value).toHaveTextContent(/report⟨U\+202E⟩gnp\.exe$/);
    expect(value).toHaveAttribute('title', `/media/${'a'.repeat(10_000)}/report⟨U+202E⟩gnp.exe`);
    expect(container.textContent).not.toContain('\u202E');
  });

  it('shows the whole value with a "Show all" button (aria-expanded), and cuts it again with "Show less"', () => {
    const { container } = render(() => <CutText text={longPath} mode="middle" label="file path" />);
    const toggle = screen.getByRole('button', { name: 'Show all file path' });
    const value = container.querySelector('.vpo-cut__value')!;
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', value.id);
    toggle.click();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Show less file path');
    expect(value.textContent).toBe(`/media/${'a'.repeat(10_000)}/report⟨U+202E⟩gnp.exe`);
    toggle.click();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(value.textContent!.length).toBeLessThan(CUT_LIMIT + 100);
  });

  it('keeps the start of a long message and says how much is hidden', () => {
    const message = `Failed: ${'x'.repeat(5_000)}`;
    const { container } = render(() => <CutText text={message} />);
    const value = container.querySelector('.vpo-cut__value')!;
    expect(value.textContent).toContain(`…`);
    expect(value.textContent).toContain(
      `(${(message.length - CUT_LIMIT).toLocaleString('en-US')} characters not shown)`,
    );
    expect(value.textContent!.startsWith(message.slice(0, CUT_LIMIT))).toBe(true);
  });

  it('follows live updates and stays open across them', () => {
    const [text, setText] = createSignal(`${'b'.repeat(500)}-1`);
    const { container } = render(() => <CutText text={text()} />);
    screen.getByRole('button', { name: 'Show all' }).click();
    setText(`${'b'.repeat(500)}-2`);
    expect(container.querySelector('.vpo-cut__value')!.textContent).toBe(`${'b'.repeat(500)}-2`);
    expect(screen.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
    setText('short');
    expect(screen.queryByRole('button')).toBeNull();
    expect(container).toHaveTextContent('short');
  });
});
