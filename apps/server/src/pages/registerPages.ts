import { existsSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { join, relative } from 'node:path';
import fastifyStatic from '@fastify/static';
import { isJobId } from '@vpo-live/vpo-api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config/serverConfig.ts';
import { findJobsByIdPrefix, jobIdPrefix } from '../db/jobIdPrefix.ts';
import type { JobReader } from '../db/jobReader.ts';
import type { CsrfTokens } from '../http/actions/csrfTokens.ts';
import { SERVER_ERRORS, sendApiError } from '../http/apiError.ts';
import { escapeHtml } from './escapeHtml.ts';
import { MFE_APPS, MOUNT_FILE, mfeUrlPrefix, type MfeApp } from './mfeApps.ts';
import { HOST_ASSETS, renderHostPage, type HostPageOptions, type PageMount } from './renderHostPage.ts';

/** The host pages' Content-Security-Policy: nothing inline, nothing from other origins. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Error pages in the host layout, for failures outside the page routes (an undecodable URL). */
export interface PageErrors {
  errorPage(reply: FastifyReply, status: number, title: string, text: string): FastifyReply;
}

export interface PagesDeps {
  readonly config: ServerConfig;
  /** For short ids in page URLs (`/jobs/a1d3246e`). */
  readonly db: Database.Database;
  readonly reader: JobReader;
  /** Issues each browser's CSRF token for the pages that mount a micro-frontend. */
  readonly csrf: CsrfTokens;
}

const readStatic = (name: string): string =>
  readFileSync(new URL(`./static/${name}`, import.meta.url), 'utf8');

function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .code(status)
    .header('content-security-policy', PAGE_CSP)
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'same-origin')
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .send(html);
}

function messageHtml(title: string, text: string): string {
  return `<div class="host-message host-message--error" role="alert">
<p><strong>${escapeHtml(title)}</strong></p>
<p>${escapeHtml(text)}</p>
<p><a href="/jobs">Back to Jobs</a></p>
</div>`;
}

/** How many jobs an ambiguous short id lists. */
const PREFIX_CANDIDATES = 10;

/** The jobs a short id could mean, as links (each id escaped, though ids are hex digits and dashes). */
function candidatesHtml(
  prefix: string,
  matches: readonly { id: string; status: string }[],
  query: string,
): string {
  const shown = matches.slice(0, PREFIX_CANDIDATES);
  const items = shown.map(
    (job) =>
      `<li><a href="/jobs/${escapeHtml(job.id)}${escapeHtml(query)}"><code>${escapeHtml(job.id)}</code></a> ${escapeHtml(job.status)}</li>`,
  );
  const more = matches.length > PREFIX_CANDIDATES ? '<p>And more: type more of the id.</p>' : '';
  return `<div class="host-message">
<p><strong>Several jobs have an id starting with <code>${escapeHtml(prefix)}</code>.</strong></p>
<ul>${items.join('')}</ul>${more}
<p><a href="/jobs">Back to Jobs</a></p>
</div>`;
}

/**
 * The host pages (`/jobs`, `/jobs/{id}`, `/debug/statechart`, `/` → `/jobs`), their static stylesheet and
 * bootstrap script, the micro-frontends' built assets under `/mfe/<app>/` (CORS-open so VPO's own pages can
 * load them), and the 404 for everything else (HTML for pages, VPO's JSON error under /api).
 */
export function registerPages(app: FastifyInstance, deps: PagesDeps): PageErrors {
  const { config, reader, csrf } = deps;
  const assets = [
    { url: HOST_ASSETS.stylesheet, type: 'text/css; charset=utf-8', body: readStatic('host.css') },
    {
      url: HOST_ASSETS.bootstrap,
      type: 'text/javascript; charset=utf-8',
      body: readStatic('host-bootstrap.js'),
    },
    { url: HOST_ASSETS.theme, type: 'text/javascript; charset=utf-8', body: readStatic('host-theme.js') },
  ];
  for (const asset of assets) {
    app.get(asset.url, async (_request, reply) =>
      reply.header('cache-control', 'no-cache').type(asset.type).send(asset.body),
    );
  }

  const mountOf = (mfe: MfeApp, jobId?: string): PageMount => {
    const file = join(config.mfeRoot, mfe.name, 'dist', MOUNT_FILE);
    const shown = relative(process.cwd(), file);
    return {
      app: mfe,
      built: existsSync(file),
      expectedFile: shown.startsWith('..') ? file : shown,
      ...(jobId === undefined ? {} : { jobId }),
    };
  };
  const page = (options: Omit<HostPageOptions, 'polling'>): string =>
    renderHostPage({ ...options, polling: config.polling });
  const errorPage = (reply: FastifyReply, status: number, title: string, text: string): FastifyReply =>
    sendPage(reply, status, page({ title, nav: 'jobs', contentHtml: messageHtml(title, text) }));
  const notFoundPage = (reply: FastifyReply, text: string): FastifyReply =>
    errorPage(reply, 404, 'Not found', text);
  /** A page that mounts a micro-frontend, with this browser's CSRF token (and its cookie, the first time). */
  const mountPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    options: Omit<HostPageOptions, 'polling' | 'csrfToken'>,
  ): FastifyReply => {
    const issued = csrf.issue(request.headers.cookie, request.protocol === 'https');
    if (issued.setCookie !== null) reply.header('set-cookie', issued.setCookie);
    return sendPage(reply, 200, page({ ...options, csrfToken: issued.token }));
  };

  app.get('/', async (_request, reply) => reply.redirect('/jobs', 302));
  // Browsers ask for it on every page; an empty answer keeps their consoles free of 404s.
  app.get('/favicon.ico', async (_request, reply) =>
    reply.code(204).header('cache-control', 'max-age=86400').send(),
  );

  app.get('/jobs', async (request, reply) =>
    mountPage(request, reply, { title: 'Jobs', nav: 'jobs', mount: mountOf(MFE_APPS.jobsDashboard) }),
  );

  app.get<{ Params: { job_id: string } }>('/jobs/:job_id', async (request, reply) => {
    const id = request.params.job_id;
    const at = request.url.indexOf('?');
    const query = at === -1 ? '' : request.url.slice(at);
    // `/jobs/` is the dashboard with a trailing slash, not a job with an empty id.
    if (id === '') return reply.redirect(`/jobs${query}`, 301);
    if (!isJobId(id)) {
      // A short id, as the CLI and the table show them: a unique prefix opens its job.
      const prefix = jobIdPrefix(id);
      if (prefix === null) return notFoundPage(reply, 'Invalid job ID format.');
      const matches = findJobsByIdPrefix(deps.db, prefix, PREFIX_CANDIDATES + 1);
      const [only] = matches;
      // The query goes along (`?debug=poller`): the short link opens the same page a full id would.
      if (only !== undefined && matches.length === 1) return reply.redirect(`/jobs/${only.id}${query}`, 302);
      if (matches.length === 0) return notFoundPage(reply, `No job id starts with ${prefix}.`);
      return sendPage(
        reply,
        200,
        page({ title: 'Which job?', nav: 'jobs', contentHtml: candidatesHtml(prefix, matches, query) }),
      );
    }
    if (reader.jobVersion(id) === null && reader.getJob(id) === undefined) {
      return notFoundPage(reply, 'This job does not exist.');
    }
    return mountPage(request, reply, {
      title: `Job ${id.slice(0, 8)}`,
      nav: 'jobs',
      mount: mountOf(MFE_APPS.jobDetail, id),
    });
  });

  app.get('/debug/statechart', async (_request, reply) =>
    sendPage(
      reply,
      200,
      page({ title: 'Poller statechart', nav: 'statechart', mount: mountOf(MFE_APPS.statechart) }),
    ),
  );

  for (const mfe of Object.values(MFE_APPS)) {
    void app.register(async (scope) => {
      scope.addHook('onRequest', async (_request, reply) => {
        reply.header('access-control-allow-origin', '*');
      });
      await scope.register(fastifyStatic, {
        root: join(config.mfeRoot, mfe.name, 'dist'),
        prefix: mfeUrlPrefix(mfe),
        decorateReply: false,
        index: false,
        list: false,
        dotfiles: 'deny',
        suppressWarning: true,
        cacheControl: false,
        setHeaders: (reply) => {
          reply.header('cache-control', 'no-cache');
        },
      });
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || path.startsWith('/mfe/') || request.method !== 'GET') {
      if (path.startsWith('/mfe/')) reply.header('access-control-allow-origin', '*');
      return sendApiError(reply, SERVER_ERRORS.routeNotFound());
    }
    return notFoundPage(reply, 'There is no page at this address.');
  });

  return { errorPage };
}
