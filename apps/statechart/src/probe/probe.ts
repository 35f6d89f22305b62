/**
 * The probe page (`probe.html`): one real poller from `@vpo-live/poller` on `/api/jobs`, publishing its
 * inspection events so the state-chart page has something to show without any other micro-frontend.
 * `?interval=<ms>` sets the polling interval (clamped like VPO's setting, default 2000).
 */
import { createPoller, serverConnectionFor } from '@vpo-live/poller';
import { createInspectionPublisher } from '@vpo-live/poller-debug';
import { createJobsClient, parsePollingSettings } from '@vpo-live/vpo-api';

const params = new URLSearchParams(location.search);
const { settings } = parsePollingSettings({ interval: params.get('interval') ?? 2000 });
const publisher = createInspectionPublisher({ page: `${location.pathname}${location.search}` });
const client = createJobsClient({ baseUrl: '/api' });
const poller = createPoller({
  fetch: (context) => client.listJobs({ limit: 10 }, context),
  config: { interval: settings.interval, enabled: settings.enabled },
  connection: serverConnectionFor('/api', document.baseURI),
  name: 'job-list',
  inspect: publisher.inspect,
});

const output = document.getElementById('probe-state');
const subscription = poller.snapshot$.subscribe((snapshot) => {
  if (output) output.textContent = `${snapshot.state} (errors: ${snapshot.errorCount})`;
});

const stop = (): void => {
  subscription.unsubscribe();
  poller.dispose();
  publisher.dispose();
  if (output) output.textContent = 'stopped';
};
document.getElementById('probe-stop')?.addEventListener('click', stop, { once: true });
window.addEventListener('pagehide', (event) => {
  if (!event.persisted) stop();
});
