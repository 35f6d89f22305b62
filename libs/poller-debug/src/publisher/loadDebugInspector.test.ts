import { describe, expect, it, vi } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { createFakeChannelHub } from '@vpo-live/poller/testing';
import { INSPECTION_CHANNEL } from '../protocol/inspectionMessage.ts';
import { loadDebugInspector } from './loadDebugInspector.ts';

const on = { location: { search: '?debug=poller' }, storage: null };

/** A tiny machine that steps on `GO`, inspected by `inspect`. */
function stepper(inspect: (event: unknown) => void) {
  const machine = createMachine({ id: 'poller', initial: 'a', states: { a: { on: { GO: 'b' } }, b: {} } });
  return createActor(machine, { inspect, id: 'job-list' }).start();
}

describe('loadDebugInspector', () => {
  it('is undefined with debugging off, and loads nothing', () => {
    const factory = vi.fn();
    expect(
      loadDebugInspector({ location: { search: '' }, storage: null, createChannel: factory }),
    ).toBeUndefined();
    expect(factory).not.toHaveBeenCalled();
  });

  it('takes events before its publisher is loaded and publishes them, in order, once it is', async () => {
    const hub = createFakeChannelHub();
    const debug = loadDebugInspector({ ...on, createChannel: hub.factory });
    const actor = stepper((event) => debug?.inspect(event));
    actor.send({ type: 'GO' });
    // Nothing is published before the publisher's code is in: no channel yet.
    expect(hub.open()).toBe(0);
    await vi.waitFor(() => expect(hub.open()).toBe(1));
    const steps = hub.posted(INSPECTION_CHANNEL).filter((m) => (m as { kind?: string }).kind === 'step') as {
      event: { type: string };
    }[];
    expect(steps.map((s) => s.event.type)).toEqual(['xstate.init', 'GO']);
    debug?.dispose();
    expect(hub.open()).toBe(0);
    actor.stop();
  });

  it('disposed before it loaded, it opens nothing', async () => {
    const hub = createFakeChannelHub();
    const debug = loadDebugInspector({ ...on, createChannel: hub.factory });
    debug?.inspect({ type: '@xstate.snapshot' });
    debug?.dispose();
    await import('./createInspectionPublisher.ts');
    await Promise.resolve();
    expect(hub.open()).toBe(0);
  });
});
