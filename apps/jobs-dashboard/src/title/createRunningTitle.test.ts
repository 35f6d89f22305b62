import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createRunningTitle, runningTitle } from './createRunningTitle.ts';

describe('createRunningTitle', () => {
  it('says how many jobs run, only while some do', () => {
    expect(runningTitle('Jobs - VPO', 3)).toBe('(3 running) Jobs - VPO');
    expect(runningTitle('Jobs - VPO', 0)).toBe('Jobs - VPO');
  });

  it('writes the title only when the number changes, and restores the page title when disposed', () => {
    const writes: string[] = [];
    let title = 'Jobs - VPO';
    const doc = {
      get title() {
        return title;
      },
      set title(next: string) {
        writes.push(next);
        title = next;
      },
    } as Document;
    const [running, setRunning] = createSignal(2);
    const dispose = createRoot((dispose) => {
      createRunningTitle(running, doc);
      return dispose;
    });
    setRunning(2);
    setRunning(3);
    setRunning(3);
    setRunning(0);
    dispose();
    expect(writes).toEqual(['(2 running) Jobs - VPO', '(3 running) Jobs - VPO', 'Jobs - VPO']);
    setRunning(4);
    expect(title).toBe('Jobs - VPO');
  });
});
