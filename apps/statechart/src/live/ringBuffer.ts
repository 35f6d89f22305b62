/** A fixed-capacity FIFO: pushing into a full buffer drops the oldest item. */
export interface RingBuffer<T> {
  readonly capacity: number;
  readonly size: number;
  /** How many items were dropped to make room, since creation or the last `clear`. */
  readonly evicted: number;
  push(item: T): void;
  /** Oldest first. */
  toArray(): T[];
  /** The newest item, if any. */
  last(): T | undefined;
  clear(): void;
}

/**
 * A ring buffer over a preallocated array, so memory stays the same however long the page is left open.
 *
 * @example const log = createRingBuffer<string>(3); ['a', 'b', 'c', 'd'].forEach(log.push); log.toArray() // ['b', 'c', 'd']
 */
export function createRingBuffer<T>(capacity: number): RingBuffer<T> {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`ring buffer capacity must be a positive integer, got ${capacity}`);
  }
  const slots: Array<T | undefined> = new Array<T | undefined>(capacity);
  let start = 0;
  let size = 0;
  let evicted = 0;
  return {
    capacity,
    get size() {
      return size;
    },
    get evicted() {
      return evicted;
    },
    push(item: T) {
      if (size < capacity) {
        slots[(start + size) % capacity] = item;
        size += 1;
        return;
      }
      slots[start] = item;
      start = (start + 1) % capacity;
      evicted += 1;
    },
    toArray() {
      const items: T[] = [];
      for (let i = 0; i < size; i += 1) items.push(slots[(start + i) % capacity] as T);
      return items;
    },
    last() {
      return size === 0 ? undefined : slots[(start + size - 1) % capacity];
    },
    clear() {
      slots.fill(undefined);
      start = 0;
      size = 0;
      evicted = 0;
    },
  };
}
