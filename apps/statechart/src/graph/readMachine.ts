import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { ChartDefinition, ChartState, ChartTransition, TransitionTrigger } from './chartDefinition.ts';
import { describeAction, describeGuard } from './describeGuard.ts';

function delayText(delay: unknown): string {
  if (typeof delay === 'number') return `${delay} ms`;
  if (typeof delay === 'string') return delay;
  return 'delay';
}

function invokeIds(node: AnyStateNode): string[] {
  return node.invoke.map((definition) => {
    const { id, src } = definition as { id?: unknown; src?: unknown };
    if (typeof id === 'string' && id) return id;
    return typeof src === 'string' ? src : 'actor';
  });
}

function readState(node: AnyStateNode): ChartState {
  const children = Object.values(node.states) as AnyStateNode[];
  const initial = node.type === 'compound' ? node.initial.target[0] : undefined;
  return {
    id: node.id,
    key: node.key,
    parentId: node.parent?.id ?? null,
    type: node.type,
    childIds: children.map((child) => child.id),
    initialId: initial?.id ?? null,
    tags: [...node.tags],
    invokes: invokeIds(node),
    history: node.history === false ? null : node.history,
    description: node.description ?? null,
  };
}

function readTransitions(node: AnyStateNode): ChartTransition[] {
  const delays = new Map(node.after.map((after) => [after.eventType as string, delayText(after.delay)]));
  const listed: Array<{ definition: AnyTransitionDefinition; trigger: TransitionTrigger }> = [];
  for (const definitions of node.transitions.values()) {
    for (const definition of definitions) {
      const isAfter = delays.has(definition.eventType as string);
      listed.push({ definition, trigger: isAfter ? 'after' : 'event' });
    }
  }
  for (const definition of node.always ?? []) listed.push({ definition, trigger: 'always' });

  return listed.map(({ definition, trigger }, index) => {
    const eventType = String(definition.eventType);
    const delay = trigger === 'after' ? (delays.get(eventType) ?? null) : null;
    return {
      id: `${node.id}#${index}`,
      sourceId: node.id,
      targetIds: (definition.target ?? []).map((target) => target.id),
      trigger,
      eventType,
      eventLabel: trigger === 'always' ? 'always' : trigger === 'after' ? `after ${delay}` : eventType,
      delay,
      guard: describeGuard(definition.guard),
      actions: definition.actions.map(describeAction),
      reenter: definition.reenter,
    };
  });
}

/**
 * Reads a machine definition into plain chart data by walking its `root` state node: every state node
 * (with its kind, initial child, tags and invoked actors) and every transition — `on` events, `after` delays
 * (by the delay's name) and eventless `always` transitions — with its guard, targets and actions.
 *
 * @example const definition = readMachine(pollerMachine); definition.transitions.length // 85
 */
export function readMachine(machine: AnyStateMachine): ChartDefinition {
  const states: ChartState[] = [];
  const transitions: ChartTransition[] = [];
  const visit = (node: AnyStateNode): void => {
    states.push(readState(node));
    transitions.push(...readTransitions(node));
    for (const child of Object.values(node.states) as AnyStateNode[]) visit(child);
  };
  visit(machine.root);
  return { machineId: machine.id, rootId: machine.root.id, states, transitions };
}
