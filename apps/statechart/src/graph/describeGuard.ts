/** Longest parameter text shown inside a guard label before it is cut. */
const MAX_PARAMS_TEXT = 40;

function describeParams(params: unknown): string {
  if (params === undefined || params === null) return '';
  if (typeof params !== 'object') return String(params);
  const values = Object.values(params as Record<string, unknown>).map((value) =>
    typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
  );
  const text = values.join(', ');
  return text.length > MAX_PARAMS_TEXT ? `${text.slice(0, MAX_PARAMS_TEXT - 1)}…` : text;
}

/**
 * The readable form of an XState v5 guard as it sits in a machine definition: a name (`isTerminalOutcome`), a
 * parameterized object (`cameFrom(connected)`), a built-in combinator (`not(hasPauseReason)`,
 * `and(a, b)`, `stateIn(…)`) or an inline function (its name, else `guard`). Never throws.
 *
 * @example describeGuard({ type: 'cameFrom', params: { state: 'connected' } }) // 'cameFrom(connected)'
 */
export function describeGuard(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    const combinator = guard as { guards?: unknown[]; stateValue?: unknown; name?: string };
    if (Array.isArray(combinator.guards)) {
      const inner = combinator.guards.map((g) => describeGuard(g) ?? 'guard').join(', ');
      return `${combinator.name || 'guard'}(${inner})`;
    }
    if (combinator.stateValue !== undefined) {
      const value = combinator.stateValue;
      return `stateIn(${typeof value === 'string' ? value : JSON.stringify(value)})`;
    }
    return combinator.name && combinator.name !== 'anonymous' ? combinator.name : 'guard';
  }
  if (typeof guard === 'object') {
    const { type, params } = guard as { type?: unknown; params?: unknown };
    if (typeof type === 'string') {
      const text = describeParams(params);
      return text ? `${type}(${text})` : type;
    }
  }
  return 'guard';
}

/** The readable name of an action in a definition: its type, a function's name, or `action`. */
export function describeAction(action: unknown): string {
  if (typeof action === 'string') return action;
  if (typeof action === 'function') {
    const named = action as { type?: unknown; name?: string };
    if (typeof named.type === 'string') return named.type;
    return named.name && named.name !== 'anonymous' ? named.name : 'action';
  }
  if (typeof action === 'object' && action !== null) {
    const { type } = action as { type?: unknown };
    if (typeof type === 'string') return type;
  }
  return 'action';
}
