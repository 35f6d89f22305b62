// Mounts the built job detail remote (plain ES-module build) the way a host page without federation does.
import { mount } from '/mfe/job-detail/mount.js';

mount(document.getElementById('job-detail-root'), { apiBase: '/api' });
window.__mounted = true;
