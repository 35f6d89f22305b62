/**
 * Development page entry (`npx vite`): mounts the dashboard against the API proxied to a running
 * `vpo-live serve` (see vite.config.ts). Not part of the remote's exposed surface.
 */
import { mount } from './mount.tsx';

const root = document.getElementById('jobs-dashboard-root');
if (root) mount(root);
