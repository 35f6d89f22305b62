import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

/** Where the bytes of the remote come from. */
export type SizeCategory = 'own' | 'shared' | 'federation';

export interface SizeReport {
  /** gzip bytes per category (mixed chunks split by each module's share of the rendered code). */
  gzip: Record<SizeCategory, number>;
  /**
   * gzip bytes of chunks that only a dynamic `import()` loads (poller debugging's publisher), counted apart:
   * a page loads them only when asked to.
   */
  onDemand: number;
  /** gzip bytes of own code per source (app, each lib, bundled packages such as valibot). */
  own: Record<string, number>;
  css: number;
  files: { file: string; bytes: number; gzip: number }[];
}

const SHARED = /node_modules\/(solid-js|xstate|rxjs|tslib)\//;

function categorize(id: string): { category: SizeCategory; source: string } {
  if (SHARED.test(id)) return { category: 'shared', source: 'shared' };
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
  if (pkg?.startsWith('@module-federation/')) return { category: 'federation', source: pkg };
  if (pkg) return { category: 'own', source: pkg };
  const workspace = /\/(apps|libs)\/([^/]+)\//.exec(id);
  if (workspace) return { category: 'own', source: `${workspace[1]}/${workspace[2]}` };
  // Virtual modules: the federation glue (share proxies, remote entry, preload helper).
  return { category: 'federation', source: 'federation' };
}

/**
 * Module Federation loads the remote's own entry and shared singletons through dynamic imports too: only a
 * chunk made of our own workspace code, loaded by our own `import()`, is on demand.
 */
function onDemandExempt(modules: Record<string, unknown>): boolean {
  return Object.keys(modules).some((id) => categorize(id).category !== 'own' || !/\/(apps|libs)\//.test(id));
}

/**
 * Builds the federation remote with its own vite.config.ts into `outDir` and measures what it ships: every
 * emitted chunk's gzip size, attributed to own code, shared singletons (solid-js, xstate, rxjs) or the
 * federation runtime. The dev page entry (index.html → src/dev.ts) is not part of the remote and is left out.
 */
export async function measureRemote(appRoot: string, outDir: string): Promise<SizeReport> {
  const report: SizeReport = {
    gzip: { own: 0, shared: 0, federation: 0 },
    onDemand: 0,
    own: {},
    css: 0,
    files: [],
  };
  const analyze: Plugin = {
    name: 'bench-size',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type === 'asset') {
          if (file.endsWith('.css')) report.css += gzipSync(output.source).length;
          continue;
        }
        const modules = Object.entries(output.modules);
        if (modules.some(([id]) => id.endsWith('/src/dev.ts'))) continue;
        const gzip = gzipSync(output.code, { level: 9 }).length;
        report.files.push({ file, bytes: Buffer.byteLength(output.code), gzip });
        if (output.isDynamicEntry && !output.isEntry && !onDemandExempt(output.modules)) {
          report.onDemand += gzip;
          continue;
        }
        const total = modules.reduce((sum, [, module]) => sum + module.renderedLength, 0);
        if (total === 0) {
          report.gzip.federation += gzip;
          continue;
        }
        for (const [id, module] of modules) {
          const share = (gzip * module.renderedLength) / total;
          const { category, source } = categorize(id);
          report.gzip[category] += share;
          if (category === 'own') report.own[source] = (report.own[source] ?? 0) + share;
        }
      }
    },
  };
  await build({
    root: appRoot,
    configFile: `${appRoot}/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [analyze],
  });
  return report;
}
