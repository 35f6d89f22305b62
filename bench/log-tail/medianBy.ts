/**
 * The median item by `key`; of an even count, the lower of the two middle ones. The machine is shared, so runs
 * and rounds are judged on their median rather than their best or worst; undefined when there are no items.
 */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)];
}
