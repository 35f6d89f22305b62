import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJob, fixtureId, resetFixtureIds } from '@vpo-live/vpo-api/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../src/pages/registerPages.ts';
import { renderHostPage } from '../src/pages/renderHostPage.ts';
import { MFE_APPS } from '../src/pages/mfeApps.ts';
import { cleanupTempDirs, createTestApp, writeJobs, type TestApp } from './httpFixtures.ts';

let t: TestApp;
beforeEach(() => {
  resetFixtureIds();
  t = createTestApp({ polling: { interval: 3000, enabled: false, logInterval: 20_000 } });
  writeJobs(t.foreign, [buildJob()]);
});
afterEach(async () => {
  await t.close();
  cleanupTempDirs();
});

const buildRemote = (name: string) => {
  const dist = join(t.config.mfeRoot, name, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'mount.js'), 'export function mount() { return () => {}; }\n');
  writeFileSync(join(dist, 'remoteEntry.js'), 'export const get = () => {};\n');
};

/** Inline code the CSP would block: script bodies, style elements/attributes, event handlers, JS URLs. */
function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc=/.test(match[1] ?? '') || (match[2] ?? '').trim() !== '') found.push(match[0]);
  }
  for (const pattern of [/<style\b/gi, /\sstyle\s*=/gi, /\son[a-z]+\s*=/gi, /javascript:/gi]) {
    found.push(...(html.match(pattern) ?? []));
  }
  return found;
}

describe('host pages', () => {
  it.each(['/jobs', `/jobs/${fixtureId(1)}`, '/debug/statechart'])(
    '%s: strict CSP, no inline script or style, VPO body attributes from config, one h1, a skip link',
    async (url) => {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(inlineCode(res.body)).toEqual([]);
      expect(res.body).toContain(
        '<body data-polling-interval="3000" data-polling-enabled="false" data-polling-log-interval="20000"',
      );
      // The job pages offer actions with this browser's CSRF token; the state chart has none to offer.
      const offersActions = url !== '/debug/statechart';
      expect(res.body.includes('data-job-actions="true"'), url).toBe(offersActions);
      expect(/<meta name="csrf-token" content="[\w-]+">/.test(res.body), url).toBe(offersActions);
      expect(res.body.match(/<h1[ >]/g)).toHaveLength(1);
      expect(res.body).toContain('<a class="skip-link" href="#main-content">Skip to content</a>');
      expect(res.body).toContain('id="main-content"');
      // Nothing claims to be live before a remote asked the server anything.
      expect(res.body).not.toMatch(/>Live</);
      expect(res.body).toMatch(/<nav [^>]*aria-label="Main navigation"/);
      expect(res.body).toContain('<link rel="stylesheet" href="/static/host.css">');
    },
  );

  it('explains how to build a micro-frontend whose dist is missing, without loading any script', async () => {
    const res = await t.app.inject({ url: '/jobs' });
    expect(res.body).toContain('<div id="jobs-dashboard-root" class="mfe-missing" role="alert">');
    expect(res.body).toContain('npx nx run @vpo-live/jobs-dashboard:build');
    expect(res.body).toContain(join('jobs-dashboard', 'dist', 'mount.js'));
    // Only the theme script: nothing loads the missing module.
    expect(res.body.match(/<script[^>]*>/g)).toEqual(['<script src="/static/host-theme.js">']);
  });

  it('mounts a built remote through the static bootstrap with apiBase and the job id', async () => {
    buildRemote('jobs-dashboard');
    buildRemote('job-detail');
    const list = await t.app.inject({ url: '/jobs' });
    expect(list.body).toContain(
      '<div id="jobs-dashboard-root" data-mfe-src="/mfe/jobs-dashboard/mount.js" data-api-base="/api"></div>',
    );
    expect(list.body).toContain('<script type="module" src="/static/host-bootstrap.js"></script>');
    const detail = await t.app.inject({ url: `/jobs/${fixtureId(1)}` });
    expect(detail.body).toContain(
      `<div id="job-detail-root" data-mfe-src="/mfe/job-detail/mount.js" data-api-base="/api" data-job-id="${fixtureId(1)}"></div>`,
    );
    // VPO's header indicator, for the remote to write: empty and idle until it knows.
    const indicator =
      '<span id="connection-status" class="connection-status" role="status" aria-live="polite" data-state="idle"></span>';
    expect(list.body).toContain(indicator);
    expect(detail.body).toContain(indicator);
  });

  it('shows no connection indicator where nothing keeps it true (error pages), an empty one on the state chart', async () => {
    buildRemote('statechart');
    for (const url of ['/jobs/not-a-uuid', `/jobs/${fixtureId(42)}`, '/nothing/here']) {
      expect((await t.app.inject({ url })).body, url).not.toContain('id="connection-status"');
    }
    // The state chart asks no server: its indicator stays empty, and says "Replay" only during a replay.
    expect((await t.app.inject({ url: '/debug/statechart' })).body).toMatch(
      /<span id="connection-status"[^>]*><\/span>/,
    );
  });

  it('opens a job by a short id: a unique prefix redirects, several are listed, none is a 404', async () => {
    const [a, b] = ['a1d3246e-0000-4000-8000-000000000001', 'a1d3ffff-0000-4000-8000-000000000002'];
    writeJobs(t.db, [buildJob({ id: a }), buildJob({ id: b })]);
    const unique = await t.app.inject({ url: '/jobs/a1d3246e' });
    expect([unique.statusCode, unique.headers.location]).toEqual([302, `/jobs/${a}`]);
    // The query goes along, so `?debug=poller` works from a short link too.
    const debug = await t.app.inject({ url: '/jobs/a1d3246e?debug=poller&x=%3Cb%3E' });
    expect(debug.headers.location).toBe(`/jobs/${a}?debug=poller&x=%3Cb%3E`);
    const listed = (await t.app.inject({ url: '/jobs/a1d3?debug=poller&q="><x>' })).body;
    expect(listed).toContain(`<a href="/jobs/${a}?debug=poller&amp;q=%22%3E%3Cx%3E">`);
    expect(listed).not.toContain('<x>');
    expect((await t.app.inject({ url: '/jobs/A1D3FF' })).headers.location).toBe(`/jobs/${b}`);
    const several = await t.app.inject({ url: '/jobs/a1d3' });
    expect(several.statusCode).toBe(200);
    expect(several.body).toContain(`<a href="/jobs/${a}">`);
    expect(several.body).toContain(`<a href="/jobs/${b}">`);
    const none = await t.app.inject({ url: '/jobs/beef' });
    expect(none.statusCode).toBe(404);
    expect(none.body).toContain('No job id starts with beef.');
    // Too short to be a prefix: the invalid-id page, no query.
    expect((await t.app.inject({ url: '/jobs/a1d' })).body).toContain('Invalid job ID format.');
  });

  it('answers a 404 page for a malformed or unknown job id, never a crash', async () => {
    for (const url of [
      '/jobs/not-a-uuid',
      '/jobs/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      `/jobs/${fixtureId(42)}`,
      '/jobs/%E0%A4%A',
    ]) {
      const res = await t.app.inject({ url });
      expect([400, 404], url).toContain(res.statusCode);
      expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).not.toContain('<script>');
      expect(res.body).toContain('<a href="/jobs">Back to Jobs</a>');
    }
  });

  it('redirects / and /jobs/ to /jobs and serves an HTML 404 elsewhere', async () => {
    const root = await t.app.inject({ url: '/' });
    expect([root.statusCode, root.headers.location]).toEqual([302, '/jobs']);
    // `/jobs/` is the dashboard, not a job with an empty id; its filters go along.
    const slash = await t.app.inject({ url: '/jobs/?status=failed' });
    expect([slash.statusCode, slash.headers.location]).toEqual([301, '/jobs?status=failed']);
    expect((await t.app.inject({ url: '/favicon.ico' })).statusCode).toBe(204);
    const missing = await t.app.inject({ url: '/nothing/here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(PAGE_CSP);
  });

  it('serves the static stylesheet and bootstrap with their types', async () => {
    const css = await t.app.inject({ url: '/static/host.css' });
    expect([css.statusCode, css.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
    const js = await t.app.inject({ url: '/static/host-bootstrap.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('import(src)');
    const theme = await t.app.inject({ url: '/static/host-theme.js' });
    expect([theme.statusCode, theme.headers['content-type']]).toEqual([
      200,
      'text/javascript; charset=utf-8',
    ]);
  });
});

describe('/mfe assets', () => {
  it('serves each remote’s dist with CORS open to any origin', async () => {
    buildRemote('job-detail');
    for (const file of ['mount.js', 'remoteEntry.js']) {
      const res = await t.app.inject({
        url: `/mfe/job-detail/${file}`,
        headers: { origin: 'http://vpo.local:8000' },
      });
      expect(res.statusCode, file).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('never serves files outside dist', async () => {
    buildRemote('statechart');
    writeFileSync(join(t.config.mfeRoot, 'statechart', 'secret.txt'), 'secret');
    for (const url of [
      '/mfe/statechart/../secret.txt',
      '/mfe/statechart/%2e%2e/secret.txt',
      '/mfe/statechart/..%2fsecret.txt',
      '/mfe/statechart/%2e%2e%2fsecret.txt',
      '/mfe/unknown/mount.js',
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
      expect(res.body, url).not.toContain('secret');
    }
  });
});

describe('renderHostPage escaping', () => {
  it('escapes every interpolated value', () => {
    const hostile = '"><script>alert(1)</script><x a=\'';
    const html = renderHostPage({
      title: hostile,
      nav: 'jobs',
      polling: { interval: hostile as unknown as number, enabled: true, logInterval: 15000 },
      mount: { app: MFE_APPS.jobDetail, jobId: hostile, built: true, expectedFile: hostile },
      apiBase: hostile,
    });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x a=&#39;');
    const missing = renderHostPage({
      title: 't',
      nav: 'jobs',
      polling: { interval: 5000, enabled: true, logInterval: 15000 },
      mount: { app: MFE_APPS.jobDetail, built: false, expectedFile: `/x/${hostile}` },
    });
    expect(missing.match(/<script[^>]*>/g)).toEqual(['<script src="/static/host-theme.js">']);
  });
});
