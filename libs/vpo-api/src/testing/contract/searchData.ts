import type { JobSeed } from '../../jobs/jobSeed.ts';
import { contractId } from './contractContext.ts';
import { LIST_JOBS } from './listData.ts';

const STATUSES = ['completed', 'failed', 'queued', 'running', 'cancelled'] as const;
const TYPES = ['scan', 'transcode', 'move'] as const;

/**
 * Paths a search index could get wrong: case (ASCII and not), `%` `_` `\`, quotes, non-Latin text, emoji,
 * characters Unicode folds but SQLite's LOWER does not (Kelvin sign, long s), FTS query syntax, repeated
 * letters, and paths shorter than a trigram. Statuses and types vary, so filters combine with a search.
 */
const PATHS = [
  '/media/Movies/Alpha (2001).mkv',
  '/media/Movies/ALPHA beta.MKV',
  '/media/TV/Show 100% Live.mkv',
  '/media/TV/under_score\\back.mkv',
  '/media/Movies/It\'s "Quoted".mkv',
  '/media/Films/Éclair.mkv',
  '/media/Films/éclair.mkv',
  '/media/Anime/千と千尋の神隠し.mp4',
  '/media/Emoji 🎬 Night 🍿.mkv',
  '/media/Physics/\u212A Kelvin \u017Ftraße.mkv',
  '/media/*:^-() NEAR AND OR.mkv',
  '/media/aaaa.mkv',
  '/media/TV/Show - S02E03 - Title.m4v',
  '/m',
  '/media/library',
] as const;

export const SEARCH_JOBS: JobSeed[] = PATHS.map((file_path, i) => {
  const status = STATUSES[i % STATUSES.length] ?? 'completed';
  const finished = status === 'completed' || status === 'failed' || status === 'cancelled';
  return {
    ...LIST_JOBS[0]!,
    id: contractId(0x400 + i),
    file_path,
    status,
    job_type: TYPES[i % TYPES.length] ?? 'scan',
    created_at: `2026-01-${String(10 + i).padStart(2, '0')}T08:00:00.000000+00:00`,
    completed_at: finished
      ? `2026-01-${String(10 + i).padStart(2, '0')}T08:0${1 + (i % 3)}:00.000000+00:00`
      : null,
  };
});

/** Search texts: each kind of hostile input, texts shorter than a trigram, and misses. */
export const SEARCH_TEXTS = [
  'alpha',
  'ALPHA',
  'Alpha (',
  '100%',
  '%',
  '%%',
  '_',
  '\\',
  '\\b',
  "'",
  '"',
  '"Quoted"',
  'It\'s "',
  'Éclair',
  'éclair',
  'ÉCLAIR',
  '千と千',
  '千',
  '🎬',
  'Night 🍿',
  '\u212A',
  'k',
  'kelvin',
  '\u017Ftra',
  'stra',
  '*',
  '*:^-()',
  'NEAR',
  'and or',
  'aa',
  'aaa',
  'aaaa',
  'aaaaa',
  's02e03',
  '.MKV',
  '/m',
  'm',
  'media',
  'zzzznotfound',
] as const;
