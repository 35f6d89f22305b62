import { describe, expect, it } from 'vitest';
import { CHART_FONT, lineRows, linesWidth, rowCount, textWidth } from './measureText.ts';

describe('lineRows', () => {
  it('keeps a short line whole', () => {
    expect(lineRows('FETCH.OK [hasMore]')).toEqual(['FETCH.OK [hasMore]']);
  });

  it('breaks a long line before its guard and its target, never inside a name', () => {
    expect(lineRows('FETCH.NOT_MODIFIED [isTerminalOutcome]')).toEqual([
      'FETCH.NOT_MODIFIED',
      '[isTerminalOutcome]',
    ]);
    expect(lineRows('always [cameFrom(reconnecting)] → reconnecting')).toEqual([
      'always',
      '[cameFrom(reconnecting)]',
      '→ reconnecting',
    ]);
    expect(lineRows('USER.RESUME [hasRoom] → x')).toEqual(['USER.RESUME [hasRoom]', '→ x']);
    const long = 'A_VERY_LONG_EVENT_NAME_WITHOUT_GUARD';
    expect(lineRows(long)).toEqual([long]);
    for (const text of [
      'VISIBILITY.VISIBLE [clearsLastPauseReason]',
      'CONNECTION.HOLD [holdsPastNextPoll] ↻',
    ]) {
      expect(lineRows(text).join(' ')).toBe(text);
      // A row is longer than the limit only when it cannot break (one name or one guard).
      for (const row of lineRows(text)) {
        if (row.length > CHART_FONT.wrapAt) expect(row).not.toMatch(/ (?=\[|→)/);
      }
    }
  });

  it('measures a block of lines by its widest row and counts its rows', () => {
    const lines = [{ text: 'FETCH.FAILURE [reachesErrorThreshold]' }, { text: 'FETCH.OK' }];
    expect(linesWidth(lines)).toBe(textWidth('[reachesErrorThreshold]'));
    expect(rowCount(lines)).toBe(3);
    expect(linesWidth([])).toBe(0);
  });
});
