/**
 * axe-core on every page the server hosts — the dashboard, a running and a finished job, a 404, an invalid id,
 * the state chart — in the light and the dark theme and at phone width, and no page wider than the screen at
 * 360–1024 px.
 */
import { createRequire } from 'node:module';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLogLine } from '@vpo-live/vpo-api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launchBrowser, startLiveServer, waitFor, type LiveServer } from './harness/index.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: LiveServer;
let browser: Browser;
let running = '';
let finished = '';

beforeAll(async () => {
  ensureBuilt('jobsDashboard');
  ensureBuilt('jobDetail');
  server = await startLiveServer({ args: ['--demo-failure-rate', '0'] });
  await server.cli(['seed', '--jobs', '30', '--no-active', '--seed', '7', '--days', '2']);
  running = (
    await server.cli(['enqueue', 'transcode', '/media/a11y.mkv', '--duration-ms', '3600000'])
  ).stdout.trim();
  finished = (
    await server.cli(['enqueue', 'transcode', '/media/done.mkv', '--duration-ms', '0'])
  ).stdout.trim();
  // Lines as VPO's tools may write them, in every ANSI colour and on every background: each must read on the
  // log's background (axe's colour-contrast rule checks the drawn colours).
  const logs = join(server.dataDir, 'logs');
  mkdirSync(logs, { recursive: true });
  const coloured = Array.from({ length: 8 }, (_, i) =>
    formatLogLine(
      Date.now(),
      `\u001b[3${i}mcolour ${i}\u001b[0m \u001b[9${i}mbright ${i}\u001b[0m \u001b[4${i}mon ${i}\u001b[0m`,
    ),
  );
  appendFileSync(join(logs, `${finished}.log`), `${coloured.join('\n')}\n`);
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe's violations on the page as it is now (WCAG 2 A/AA and best practices). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  })) as Violation[];
  return found.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

const PAGES = () => [
  { name: 'dashboard', path: '/jobs', ready: 'tr.jobs-row' },
  { name: 'running job', path: `/jobs/${running}`, ready: '.job-detail__title' },
  { name: 'finished job', path: `/jobs/${finished}`, ready: '.job-detail__title' },
  { name: '404', path: '/jobs/00000000-0000-4000-8000-00000000dead', ready: '.job-detail, .host-message' },
  { name: 'invalid id', path: '/jobs/not-an-id', ready: '.host-message' },
  { name: 'state chart', path: '/debug/statechart', ready: '.sc-root' },
];

describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      it(`has no axe violations on any page, ${theme}, ${width} px wide`, async () => {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: theme,
          // axe's source is evaluated in the page; the pages' CSP allows no inline script.
          bypassCSP: true,
        });
        try {
          const page = await context.newPage();
          const report: string[] = [];
          for (const target of PAGES()) {
            await page.goto(`${server.url}${target.path}`);
            await page.waitForSelector(target.ready, { timeout: 15_000 });
            // Let the first poll land (the indicator and the rows are written by then).
            await waitFor(
              `${target.name} settled`,
              async () => (await page.locator('[aria-busy="true"]').count()) === 0,
            );
            for (const line of await violations(page)) report.push(`${target.name}: ${line}`);
          }
          expect(report).toEqual([]);
        } finally {
          await context.close();
        }
      }, 120_000);
    }
  }

  it('switches theme from the header (system → light → dark), remembers it, and the remotes follow', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/jobs`);
      await page.waitForSelector('tr.jobs-row');
      const toggle = page.locator('#theme-toggle');
      const surface = () =>
        page.evaluate(() => getComputedStyle(document.querySelector('.vpo-badge')!).backgroundColor);
      const lightBadge = await surface();
      expect(await toggle.textContent()).toBe('Theme: system');
      await toggle.click();
      expect(await toggle.textContent()).toBe('Theme: light');
      await toggle.click();
      expect(await toggle.textContent()).toBe('Theme: dark');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await surface()).not.toBe(lightBadge);
      await page.reload();
      await page.waitForSelector('tr.jobs-row');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await page.locator('#theme-toggle').textContent()).toBe('Theme: dark');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('never scrolls sideways at 360, 390, 768 and 1024 px', async () => {
    const overflow: string[] = [];
    for (const width of [360, 390, 768, 1024]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        for (const target of PAGES()) {
          await page.goto(`${server.url}${target.path}`);
          await page.waitForSelector(target.ready, { timeout: 15_000 });
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          if (scroll > client) overflow.push(`${target.name} at ${width} px: ${scroll} > ${client}`);
        }
      } finally {
        await context.close();
      }
    }
    expect(overflow).toEqual([]);
  }, 180_000);
});
