import { federation } from '@module-federation/vite';
import type { UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { CSS_TARGET } from './cssTarget.ts';

/**
 * The Vite config of a Module Federation remote: `remoteEntry.js` exposing `./mount`, with solid-js, xstate
 * and rxjs shared as singletons. Every remote uses this one function, so two remotes on one page always agree
 * on the shared set and run one Solid, one XState and one RxJS.
 * `base: './'` makes every chunk and asset URL relative to the module that loads it, so the remote works when
 * loaded from another origin or path. `npx vite` serves the app's index.html as a dev page; /api and /health
 * are proxied to a running `vpo-live serve` (VPO_LIVE_URL, default http://127.0.0.1:8321).
 */
export function remoteViteConfig(name: string): UserConfig {
  const api = process.env.VPO_LIVE_URL ?? 'http://127.0.0.1:8321';
  return {
    base: './',
    plugins: [
      solid(),
      federation({
        name,
        filename: 'remoteEntry.js',
        exposes: { './mount': './src/mount.tsx' },
        shared: {
          'solid-js': { singleton: true, requiredVersion: '^1.9.0' },
          xstate: { singleton: true, requiredVersion: '^5.0.0' },
          rxjs: { singleton: true, requiredVersion: '^7.8.0' },
        },
        dts: false,
        manifest: true,
        moduleParseIdleTimeout: 30,
      }),
    ],
    server: { proxy: { '/api': api, '/health': api } },
    build: {
      target: 'esnext',
      cssTarget: CSS_TARGET,
      outDir: 'dist',
      emptyOutDir: true,
      // The federation plugin's hooks take most of the build time by design; Rolldown's report of it (a
      // dozen lines per build) tells nothing actionable, so it stays off.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  };
}
