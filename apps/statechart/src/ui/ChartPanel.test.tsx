import { fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PositionedChart } from '../graph/positionedChart.ts';
import { ChartPanel } from './ChartPanel.tsx';

const chart: PositionedChart = {
  machineId: 'm',
  width: 1000,
  height: 500,
  states: [
    {
      id: 'm',
      key: 'm',
      type: 'compound',
      parentId: null,
      depth: 0,
      initial: false,
      x: 0,
      y: 0,
      width: 1000,
      height: 500,
      detail: null,
      inner: [],
      chip: false,
      hiddenTransitionIds: [],
    },
    {
      id: 'm.a',
      key: 'a',
      type: 'atomic',
      parentId: 'm',
      depth: 1,
      initial: true,
      x: 10,
      y: 30,
      width: 100,
      height: 40,
      detail: null,
      inner: [],
      chip: false,
      hiddenTransitionIds: [],
    },
    {
      id: 'm.b',
      key: 'b',
      type: 'atomic',
      parentId: 'm',
      depth: 1,
      initial: false,
      x: 300,
      y: 30,
      width: 100,
      height: 40,
      detail: null,
      inner: [],
      chip: false,
      hiddenTransitionIds: [],
    },
  ],
  edges: [
    {
      id: 'm.a->m.b',
      sourceId: 'm.a',
      targetId: 'm.b',
      transitionIds: ['m.a#0'],
      points: [
        { x: 110, y: 50 },
        { x: 300, y: 50 },
      ],
      label: { x: 150, y: 40, width: 40, height: 16, lines: [{ transitionIds: ['m.a#0'], text: 'GO' }] },
    },
  ],
  initials: [],
  junctions: [],
};

const zoom = () => screen.getByRole('status', { name: 'Zoom' }).textContent;

describe('ChartPanel', () => {
  beforeEach(() => {
    // jsdom lays nothing out: give the frame the size a browser would.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(516);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
  });
  afterEach(() => vi.restoreAllMocks());

  function renderPanel(takenIds: ReadonlySet<string> = new Set(), takenForMs: number | null = 1500) {
    const [taken, setTaken] = createSignal(takenIds);
    const [step, setStep] = createSignal('s1');
    render(() => (
      <ChartPanel
        chart={chart}
        activeIds={new Set(['m', 'm.b'])}
        takenIds={taken()}
        description="b"
        stepKey={step()}
        takenForMs={takenForMs}
      />
    ));
    return { setTaken, setStep };
  }

  it('fits the chart to its frame at load, and again on Fit and 0 after zooming with keys and buttons', () => {
    renderPanel();
    expect(zoom()).toBe('50%');
    const frame = screen.getByLabelText(/State chart: drag or arrow keys/);
    fireEvent.keyDown(frame, { key: '+' });
    expect(zoom()).toBe('63%');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(zoom()).toBe('40%');
    fireEvent.keyDown(frame, { key: '0' });
    expect(zoom()).toBe('50%');
    fireEvent.keyDown(frame, { key: '-' });
    fireEvent.click(screen.getByRole('button', { name: 'Fit' }));
    expect(zoom()).toBe('50%');
  });

  it('pans with the arrow keys and zooms with the wheel', () => {
    renderPanel();
    const frame = screen.getByLabelText(/State chart: drag or arrow keys/);
    const content = () => document.querySelector('.chart-content')?.getAttribute('transform');
    const before = content();
    fireEvent.keyDown(frame, { key: 'ArrowRight' });
    expect(content()).not.toBe(before);
    fireEvent.wheel(frame, { deltaY: -100, clientX: 100, clientY: 100 });
    expect(zoom()).toBe('60%');
  });

  it('highlights the transition just taken for a moment, then lets it go', () => {
    vi.useFakeTimers();
    try {
      const { setTaken, setStep } = renderPanel();
      setTaken(new Set(['m.a#0']));
      setStep('s2');
      const edge = () => document.querySelector('[data-edge-id="m.a->m.b"]');
      expect(edge()).toHaveClass('is-taken');
      vi.advanceTimersByTime(1499);
      expect(edge()).toHaveClass('is-taken');
      vi.advanceTimersByTime(1);
      expect(edge()).not.toHaveClass('is-taken');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a replayed step’s transition highlighted', () => {
    vi.useFakeTimers();
    try {
      renderPanel(new Set(['m.a#0']), null);
      vi.advanceTimersByTime(60_000);
      expect(document.querySelector('[data-edge-id="m.a->m.b"]')).toHaveClass('is-taken');
    } finally {
      vi.useRealTimers();
    }
  });

  it('colours the active state by its kind with the connection indicator’s class', () => {
    renderPanel();
    const b = document.querySelector('[data-state-id="m.b"]');
    // `b` is a top-level state the indicator does not know: it reads as reconnecting, like the indicator.
    expect(b).toHaveClass('connection-status--reconnecting');
    expect(b).toHaveAttribute('data-kind', 'reconnecting');
    expect(document.querySelector('[data-state-id="m.a"]')).not.toHaveAttribute('data-kind');
  });
});
