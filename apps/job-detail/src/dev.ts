// Development page: `npx vite` in apps/job-detail (API proxied to VPO_LIVE_URL), then open /?job=<id>
import { mount } from './mount.tsx';

const params = new URLSearchParams(location.search);
const root = document.getElementById('job-detail-root') as HTMLElement;
mount(root, { jobId: params.get('job') ?? root.dataset.jobId, apiBase: params.get('api') ?? '/api' });
