import { and, fromPromise, not, setup } from 'xstate';

/**
 * A small machine with every construct the chart must draw: nested and parallel states, a history state, a
 * final state, an invoked actor and a tag, named and numeric `after` delays, `always`, plain, parameterized and combined guards, a
 * targetless transition, a re-entering one and one with two targets. Test data only.
 */
export const fixtureMachine = setup({
  types: { events: {} as { type: 'GO' } | { type: 'STOP' } | { type: 'TICK' } | { type: 'BACK' } },
  guards: {
    isReady: () => true,
    hasRoom: (_, _params: { min: number }) => true,
  },
  delays: { slowDelay: 5000 },
  actors: { load: fromPromise(async () => 1) },
}).createMachine({
  id: 'fixture',
  initial: 'idle',
  states: {
    idle: {
      on: {
        GO: [{ guard: 'isReady', target: 'working' }, { target: 'working.busy.two' }],
        TICK: { actions: () => undefined },
      },
      after: {
        slowDelay: 'working',
        1000: { target: 'done', guard: { type: 'hasRoom', params: { min: 2 } } },
      },
    },
    working: {
      type: 'parallel',
      states: {
        busy: {
          initial: 'one',
          states: {
            one: { tags: ['busy'], invoke: { src: 'load', id: 'loader' }, on: { TICK: 'two' } },
            two: { always: { guard: and(['isReady', not('isReady')]), target: 'one' } },
            hist: { type: 'history', history: 'deep' },
          },
        },
        side: { initial: 'left', states: { left: { on: { GO: { target: 'left', reenter: true } } } } },
      },
      on: { STOP: 'done', BACK: { target: ['#fixture.working.busy.one', '#fixture.working.side.left'] } },
    },
    done: { type: 'final' },
  },
});
