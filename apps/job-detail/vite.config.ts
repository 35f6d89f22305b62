import { federation } from '@module-federation/vite';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

/**
 * The Module Federation remote: `remoteEntry.js` exposing `./mount`, with the same shared singletons as the
 * jobs dashboard so both remotes on one page run one Solid, one XState and one RxJS. `base: './'` makes every
 * asset URL relative to the module that loads it, so the remote works from any origin and path.
 */
export default defineConfig({
  base: './',
  plugins: [
    solid(),
    federation({
      name: 'job_detail',
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
  // `npx vite` serves index.html as a dev page; /api and /health go to a running `vpo-live serve`.
  server: {
    proxy: {
      '/api': process.env.VPO_LIVE_URL ?? 'http://127.0.0.1:8321',
      '/health': process.env.VPO_LIVE_URL ?? 'http://127.0.0.1:8321',
    },
  },
  build: { target: 'esnext', outDir: 'dist', emptyOutDir: true },
});
