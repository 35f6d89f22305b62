// @vitest-environment node
import { pollerMachine } from '@vpo-live/poller';
import { describe, expect, it } from 'vitest';
import { buildChartModel } from './chartModel.ts';
import { foldDefinition, foldableIds } from './foldDefinition.ts';
import { fixtureMachine } from './fixtureMachine.ts';
import { readMachine } from './readMachine.ts';

const poller = readMachine(pollerMachine);

describe('foldDefinition', () => {
  it('folds every compound state below the machine, and nothing else', () => {
    expect(foldableIds(poller).sort()).toEqual(
      ['connected', 'error', 'paused', 'reconnecting', 'terminal', 'throttled'].map((k) => `poller.${k}`),
    );
    // The parallel state of the fixture is not folded; its compound regions are.
    expect(foldableIds(readMachine(fixtureMachine)).sort()).toEqual([
      'fixture.working.busy',
      'fixture.working.side',
    ]);
  });

  it('keeps a folded state as a box without children, naming them in order', () => {
    const { definition, folded } = foldDefinition(poller, ['poller.error']);
    const error = definition.states.find((s) => s.id === 'poller.error');
    expect(error?.childIds).toEqual([]);
    expect(error?.initialId).toBeNull();
    expect(definition.states.some((s) => s.parentId === 'poller.error')).toBe(false);
    expect(folded.get('poller.error')?.children.map((c) => c.key)).toEqual(['fetching', 'waiting']);
    // Other compound states are untouched.
    expect(definition.states.some((s) => s.id === 'poller.connected.waiting')).toBe(true);
  });

  it('moves every arrow into or out of a hidden state to the folded box', () => {
    const { definition } = foldDefinition(poller, foldableIds(poller));
    const shown = new Set(definition.states.map((s) => s.id));
    for (const t of definition.transitions) {
      expect(shown.has(t.sourceId), t.id).toBe(true);
      for (const id of t.targetIds) expect(shown.has(id), `${t.id} → ${id}`).toBe(true);
    }
  });

  it('hides what stays inside a folded state, and accounts for every transition exactly once', () => {
    const { definition, folded } = foldDefinition(poller, foldableIds(poller));
    const hidden = [...folded.values()].flatMap((f) => f.transitionIds);
    const drawn = definition.transitions.map((t) => t.id);
    expect(new Set([...hidden, ...drawn]).size).toBe(poller.transitions.length);
    expect(hidden.length + drawn.length).toBe(poller.transitions.length);
    // waiting → fetching after the poll delay stays inside connected: hidden.
    expect(folded.get('poller.connected')?.transitionIds).toContain(
      poller.transitions.find((t) => t.sourceId === 'poller.connected.waiting' && t.trigger === 'after')?.id,
    );
  });

  it('keeps a shared fetch outcome taken from inside, so the outcomes still meet in one junction', () => {
    const folded = foldDefinition(poller, foldableIds(poller));
    const model = buildChartModel(folded.definition);
    expect(model.junctions).toHaveLength(1);
    expect([...(model.junctions[0]?.sourceIds ?? [])].sort()).toEqual(
      ['poller.connected', 'poller.error', 'poller.idle', 'poller.reconnecting', 'poller.throttled'].sort(),
    );
  });

  it('does not repeat inside a folded state what an arrow from an ancestor already says', () => {
    const { definition } = foldDefinition(poller, foldableIds(poller));
    const model = buildChartModel(definition);
    // poller → paused on VISIBILITY.HIDDEN covers paused itself: no second copy inside paused.
    const pausedLines = (model.inner.get('poller.paused') ?? []).map((line) => line.text);
    expect(pausedLines).not.toContain('VISIBILITY.HIDDEN');
  });
});
