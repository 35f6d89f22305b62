import { describe, expect, it } from 'vitest';
import { formatLogLine, parseLogLine } from './logLine.ts';

describe('log lines', () => {
  it('formats VPO’s [YYYY-MM-DDTHH:MM:SS.ffffffZ] text', () => {
    expect(formatLogLine(Date.UTC(2026, 1, 1, 10, 0, 1, 42), 'JOB START: x')).toBe(
      '[2026-02-01T10:00:01.042000Z] JOB START: x',
    );
  });

  it('parses the stamp and keeps the text as is', () => {
    const parsed = parseLogLine('[2026-02-01T10:00:01.042123Z]   indented\ttext ]');
    expect(parsed).toEqual({
      timestamp: '2026-02-01T10:00:01.042123Z',
      date: new Date(Date.UTC(2026, 1, 1, 10, 0, 1, 42)),
      text: '  indented\ttext ]',
    });
    expect(parseLogLine('[2026-02-01T10:00:01.000000Z]')?.text).toBe('');
  });

  it('round-trips', () => {
    const line = formatLogLine(new Date('2026-02-01T23:59:59.999Z'), '<b>not html</b>');
    expect(parseLogLine(line)?.text).toBe('<b>not html</b>');
  });

  it('lines without a valid stamp give null', () => {
    for (const line of [
      '  continuation of a message',
      '[2026-02-01 10:00:01] x',
      '[2026-13-01T10:00:01.000000Z] x',
      '',
    ]) {
      expect(parseLogLine(line), line).toBeNull();
    }
  });
});
