import { render } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { SafeText } from './SafeText.tsx';

describe('SafeText', () => {
  it('isolates a plain value in a <bdi> as one text node', () => {
    const { container } = render(() => <SafeText text="/media/movies/a.mkv" />);
    const bdi = container.querySelector('bdi.vpo-safe-text')!;
    expect(bdi.childNodes).toHaveLength(1);
    expect(bdi.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    expect(bdi).toHaveTextContent('/media/movies/a.mkv');
    expect(bdi).not.toHaveClass('vpo-safe-text--bidi');
  });

  it('draws a right-to-left override as a visible, titled marker, so the name cannot read backwards', () => {
    const { container } = render(() => <SafeText text={'/tmp/report\u202Egnp.exe'} />);
    const bdi = container.querySelector('bdi')!;
    expect(bdi.textContent).toBe('/tmp/report⟨U+202E⟩gnp.exe');
    expect(bdi.textContent).not.toContain('\u202E');
    expect(bdi).toHaveClass('vpo-safe-text--bidi');
    const mark = bdi.querySelector('.vpo-bidi-mark')!;
    expect(mark).toHaveAttribute('title', 'Hidden character U+202E (right-to-left override)');
    expect(mark).toHaveAttribute('data-bidi-control', 'U+202E');
    expect(mark).toHaveAttribute('dir', 'ltr');
    expect(mark).toHaveTextContent('⟨U+202E⟩');
  });

  it('marks every control of a value that holds several', () => {
    const { container } = render(() => <SafeText text={'\u2067a\u2069 b\u200F'} />);
    const marks = [...container.querySelectorAll('.vpo-bidi-mark')].map((m) =>
      m.getAttribute('data-bidi-control'),
    );
    expect(marks).toEqual(['U+2067', 'U+2069', 'U+200F']);
  });

  it('never parses markup', () => {
    const { container } = render(() => <SafeText text={'<img src=x onerror=alert(1)>\u202E<b>x</b>'} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>⟨U+202E⟩<b>x</b>');
  });

  it('follows live updates, in place while no control is involved', () => {
    const [text, setText] = createSignal('a.mkv');
    const { container } = render(() => <SafeText text={text()} />);
    const bdi = container.querySelector('bdi')!;
    const node = bdi.firstChild;
    setText('b.mkv');
    expect(bdi.firstChild).toBe(node);
    expect(bdi).toHaveTextContent('b.mkv');
    setText('c\u202Ed');
    expect(bdi.querySelector('.vpo-bidi-mark')).not.toBeNull();
    setText('e.mkv');
    expect(bdi.querySelector('.vpo-bidi-mark')).toBeNull();
    expect(bdi.textContent).toBe('e.mkv');
  });
});
