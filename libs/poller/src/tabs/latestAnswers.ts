import { fitsHeldData, type OutcomeMessage } from './tabMessage.ts';

/** Request keys whose latest answer a tab keeps: a log's last few pages. */
const KEPT_ANSWERS = 8;

/**
 * The leader's latest answer per request key of the current key, as one tab keeps them: which of them this tab
 * has used, so it takes each answer once, and — while it leads — which it kept without posting because no other
 * tab listened then, so they can be posted as soon as one says it waits.
 *
 * @example
 * const answers = new LatestAnswers();
 * answers.remember(message); // the leader's answer to `message.requestKey`
 * answers.takeUnused(message.requestKey, etag); // → the message, once; then `undefined`
 */
export class LatestAnswers {
  private readonly latest = new Map<string, OutcomeMessage>();
  private readonly used = new Map<string, string>();
  private readonly unposted = new WeakSet<OutcomeMessage>();

  /** Keeps `message` as the latest answer to its request key, forgetting the oldest beyond the last few. */
  remember(message: OutcomeMessage): void {
    this.latest.delete(message.requestKey);
    this.latest.set(message.requestKey, message);
    if (this.latest.size > KEPT_ANSWERS) this.latest.delete(this.latest.keys().next().value as string);
  }

  /** This tab took `message` as the outcome of its request. */
  markUsed(message: OutcomeMessage): void {
    this.used.set(message.requestKey, message.id);
  }

  /** The latest answer to `requestKey` if this tab has not used it and it fits the data held (`etag`), now used. */
  takeUnused(requestKey: string, etag: string | null): OutcomeMessage | undefined {
    const answer = this.latest.get(requestKey);
    if (!answer || this.used.get(requestKey) === answer.id || !fitsHeldData(answer, etag)) return undefined;
    this.markUsed(answer);
    return answer;
  }

  /** This leader's own answer, not posted (no one listened): {@link postTo} posts it once a tab waits. */
  holdBack(message: OutcomeMessage): void {
    this.unposted.add(message);
  }

  /** Posts what another tab should get: a tab that joined every latest answer, a waiting one those held back. */
  postTo(listener: 'joined' | 'waiting', post: (answer: OutcomeMessage) => void): void {
    for (const answer of this.latest.values()) {
      if (listener === 'joined' || this.unposted.has(answer)) {
        this.unposted.delete(answer);
        post(answer);
      }
    }
  }

  /** Another key: answers about the old one fit no request any more. */
  clear(): void {
    this.latest.clear();
    this.used.clear();
  }
}
