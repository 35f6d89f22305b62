import { defineConfig } from 'vite';
import { remoteViteConfig } from '../../tools/remoteViteConfig.ts';

/** The Module Federation remote (see tools/remoteViteConfig.ts); `vite.module.config.ts` builds `dist/mount.js`. */
export default defineConfig(remoteViteConfig('jobs_dashboard'));
