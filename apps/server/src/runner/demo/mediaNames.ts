/**
 * Realistic media-library paths for demo jobs and seeded rows: movies and episodes with spaces, years and
 * punctuation, a share of non-Latin titles, and a few hostile strings that must be shown as text, never run.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** One item of `items`, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** mulberry32: a small seeded generator, so a seed reproduces a data set. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MOVIES = [
  'Blade Runner (1982)',
  'Arrival (2016)',
  'The Grand Budapest Hotel (2014)',
  'Mad Max - Fury Road (2015)',
  'Spirited Away (2001)',
  'Amélie (2001)',
  'Das Boot (1981)',
  'Crouching Tiger, Hidden Dragon (2000)',
  'The Good, the Bad and the Ugly (1966)',
  "Schindler's List (1993)",
  'Alien (1979)',
  'Parasite (2019)',
  '千と千尋の神隠し (2001)',
  'Ночной дозор (2004)',
  'La Haine (1995)',
  'Pan’s Labyrinth (2006)',
  'Everything Everywhere All at Once (2022)',
  'Mononoke-hime [Remastered] (1997)',
] as const;

export const SHOWS = [
  ['The Expanse', ['Dulcinea', 'The Big Empty', 'Remember the Cant', 'CQB', 'Back to the Butcher']],
  ['Dark', ['Secrets', 'Lies', 'Past and Present', 'Double Lives', 'Truths']],
  ['Breaking Bad', ['Pilot', "Cat's in the Bag...", "...And the Bag's in the River", 'Cancer Man']],
  ['Planet Earth II', ['Islands', 'Mountains', 'Jungles', 'Deserts', 'Grasslands', 'Cities']],
  ['Babylon Berlin', ['Folge 1', 'Folge 2', 'Folge 3', 'Folge 4']],
  ['종이의 집', ['에피소드 1', '에피소드 2', '에피소드 3']],
] as const;

/** Strings a page must render inertly: markup, template syntax, SQL, format specifiers, traversal. */
export const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("xss")</script>',
  '"; DROP TABLE jobs; --',
  '{{7*7}} ${7*7}',
  '%s%n%x',
  '../../etc/passwd',
  'Emoji 🎬 Night 🍿',
  'Tab\there',
] as const;

const LIBRARY_ROOT = '/media/library';
const EXTENSIONS = ['mkv', 'mkv', 'mkv', 'mp4', 'm4v', 'avi'] as const;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A file in a media library; `hostileShare` of them carry a hostile name. */
export function randomMediaPath(random: Random, hostileShare = 0.01): string {
  const ext = pick(random, EXTENSIONS);
  if (random() < hostileShare) return `${LIBRARY_ROOT}/Movies/${pick(random, HOSTILE_NAMES)}.${ext}`;
  if (random() < 0.5) {
    const movie = pick(random, MOVIES);
    return `${LIBRARY_ROOT}/Movies/${movie}/${movie}.${ext}`;
  }
  const [show, titles] = pick(random, SHOWS);
  const season = between(random, 1, 4);
  const episode = between(random, 1, titles.length);
  const title = titles[episode - 1] ?? 'Episode';
  return (
    `${LIBRARY_ROOT}/TV/${show}/Season ${pad2(season)}/` +
    `${show} - S${pad2(season)}E${pad2(episode)} - ${title}.${ext}`
  );
}

/** A folder a scan would walk. */
export function randomLibraryDir(random: Random): string {
  const roll = random();
  if (roll < 0.3) return `${LIBRARY_ROOT}/Movies`;
  if (roll < 0.5) return `${LIBRARY_ROOT}/TV`;
  if (roll < 0.8) return `${LIBRARY_ROOT}/TV/${pick(random, SHOWS)[0]}`;
  return `/mnt/nas/incoming/${pick(random, ['2025-12', '2026-01', 'new arrivals', 'Téléchargements'])}`;
}

/** The stem of a path's file name (without folder and extension). */
export function stemOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
