import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertJob } from '../src/db/jobInserts.ts';
import { createVirtualRunnerClock } from '../src/runner/runnerClock.ts';
import { createJobRunner } from '../src/runner/jobRunner.ts';
import { walkDirectory } from '../src/runner/scan/walkDirectory.ts';
import { cleanupTempDirs, logLines, openTestDb, readJob, summaryOf, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

/**
 * media/
 *   Movies/a.mkv, Movies/b.mkv
 *   Movies/again -> ..            (a loop: the library again)
 *   Favourites -> Movies          (a second path to a folder already scanned)
 *   Elsewhere -> <outside>/Extra  (a folder outside the library: scanned once, through the link)
 *   Elsewhere2 -> <outside>/Extra (the same outside folder again)
 *   broken.mkv -> missing         (a dangling link: a real scan error, as before)
 */
function libraryWithLinks() {
  const dir = tempDir();
  const media = join(dir, 'media');
  const outside = join(dir, 'outside', 'Extra');
  mkdirSync(join(media, 'Movies'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(media, 'Movies', 'a.mkv'), 'a');
  writeFileSync(join(media, 'Movies', 'b.mkv'), 'b');
  writeFileSync(join(outside, 'c.mkv'), 'c');
  symlinkSync('..', join(media, 'Movies', 'again'));
  symlinkSync(join(media, 'Movies'), join(media, 'Favourites'));
  symlinkSync(outside, join(media, 'Elsewhere'));
  symlinkSync(outside, join(media, 'Elsewhere2'));
  symlinkSync(join(media, 'missing'), join(media, 'broken.mkv'));
  return { dir, media };
}

describe('symbolic links to folders', () => {
  it('follows each real folder once: loops and second paths are skipped, not errors', async () => {
    const { media } = libraryWithLinks();
    const walk = await walkDirectory(media);
    expect(walk.problems).toEqual([]);
    expect(walk.files).toEqual([
      join(media, 'Movies', 'a.mkv'),
      join(media, 'Movies', 'b.mkv'),
      join(media, 'broken.mkv'),
      join(media, 'Elsewhere', 'c.mkv'),
    ]);
    expect(walk.folderLinks).toEqual([
      { path: join(media, 'Elsewhere'), followed: true },
      { path: join(media, 'Elsewhere2'), followed: false },
      { path: join(media, 'Favourites'), followed: false },
      { path: join(media, 'Movies', 'again'), followed: false },
    ]);
  });

  it('a scan says in its summary and log which links it followed and which it skipped', async () => {
    const { dir, media } = libraryWithLinks();
    const { db } = openTestDb(dir);
    const logsDir = join(dir, 'logs');
    const runner = createJobRunner({
      db,
      logsDir,
      clock: createVirtualRunnerClock(Date.UTC(2026, 1, 1)),
      concurrency: 1,
    });
    const id = insertJob(db, { jobType: 'scan', filePath: media });
    expect(await runner.drain()).toBe(1);

    expect(readJob(db, id)?.status).toBe('completed');
    expect(summaryOf(db, id)).toEqual({
      total_discovered: 4,
      scanned: 3,
      skipped: 0,
      added: 3,
      removed: 0,
      // Only the dangling file link.
      errors: 1,
      symlinks_followed: 1,
      symlinks_skipped: 3,
    });
    const log = logLines(logsDir, id).map((line) => line.replace(/^\[[^\]]+\] /, ''));
    expect(log).toContain(`Followed symlinked folder: ${join(media, 'Elsewhere')}`);
    expect(log).toContain(`Skipped (already scanned) symlinked folder: ${join(media, 'Movies', 'again')}`);
    expect(log).toContainEqual(
      expect.stringMatching(/; symlinked folders: 1 followed, 3 skipped \(already scanned\)$/),
    );
    expect(log.filter((line) => line.startsWith('ERROR:'))).toEqual([
      expect.stringMatching(new RegExp(`^ERROR: ${join(media, 'broken.mkv')}: ENOENT`)),
    ]);
  });
});
