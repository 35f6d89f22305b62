import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { between, MOVIES, pick, type Random, SHOWS } from '@vpo-live/vpo-api/fixtures';

const pad2 = (n: number) => String(n).padStart(2, '0');
const MAX_INCOMING = 12;

/** Bytes that differ per file (so hashes differ) without costing real media sizes. */
function content(random: Random): Buffer {
  const size = between(random, 4, 64) * 1024;
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 4) bytes.writeUInt32LE(Math.floor(random() * 0x1_0000_0000), i);
  return bytes;
}

/**
 * Creates the demo library that demo scans walk (`<dataDir>/demo-media`): movies and episodes in nested
 * folders, small files of random bytes, and one dangling symlink that every scan reports as an error.
 * Leaves an existing library as it is. Returns the number of files written.
 */
export function ensureDemoMedia(root: string, random: Random): number {
  if (existsSync(root)) return 0;
  let written = 0;
  for (const movie of MOVIES.slice(0, 10)) {
    const dir = join(root, 'Movies', movie);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${movie}.mkv`), content(random));
    written += 1;
  }
  for (const [show, titles] of SHOWS.slice(0, 4)) {
    const dir = join(root, 'TV', show, 'Season 01');
    mkdirSync(dir, { recursive: true });
    titles.forEach((title, i) => {
      writeFileSync(join(dir, `${show} - S01E${pad2(i + 1)} - ${title}.mkv`), content(random));
      written += 1;
    });
  }
  symlinkSync(
    join(root, 'Movies', 'lost on the NAS.mkv'),
    join(root, 'Movies', 'Broken link (unreadable).mkv'),
  );
  return written;
}

/**
 * Changes the demo library a little between scans — a new episode arrives, a file is re-encoded, an old
 * one is removed — so successive scans report added, scanned and removed files. Returns what it did.
 */
export function mutateDemoMedia(root: string, random: Random): string {
  const incoming = join(root, 'Incoming');
  mkdirSync(incoming, { recursive: true });
  const present = readdirSync(incoming);
  const roll = random();
  // New arrivals are capped so the library, and with it every scan's duration, stays small.
  if (present.length === 0 || (roll < 0.5 && present.length < MAX_INCOMING)) {
    const [show, titles] = pick(random, SHOWS);
    const name = `${show} - S0${between(random, 2, 5)}E${pad2(between(random, 1, titles.length))} - ${pick(random, titles)}.mkv`;
    writeFileSync(join(incoming, name), content(random));
    return `added ${name}`;
  }
  const victim = pick(random, present);
  if (roll < 0.8) {
    writeFileSync(join(incoming, victim), content(random));
    return `re-encoded ${victim}`;
  }
  rmSync(join(incoming, victim), { force: true });
  return `removed ${victim}`;
}
