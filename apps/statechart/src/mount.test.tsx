import { createPoller } from '@vpo-live/poller';
import { createControlledFetcher, createFakeDocument, createFakeWindow } from '@vpo-live/poller/testing';
import { screen } from '@solidjs/testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mount } from './mount.tsx';
import { INSPECTION_CHANNEL } from '@vpo-live/poller-debug';
import { createInspectionPublisher } from '@vpo-live/poller-debug';
import { createFakeChannelHub } from '@vpo-live/poller/testing';
import { pollerChartOnce } from './testing/pollerChartOnce.ts';

describe('mount', () => {
  beforeAll(async () => {
    await pollerChartOnce();
  }, 30_000);
  afterEach(() => {
    document.body.innerHTML = '';
    document.head.querySelectorAll('link').forEach((link) => link.remove());
  });

  it('links its stylesheet once, asks pages for their pollers and unmounts cleanly', () => {
    const hub = createFakeChannelHub();
    const el = document.body.appendChild(document.createElement('div'));
    const unmount = mount(el, { createChannel: hub.factory, loadChart: pollerChartOnce });
    const again = mount(document.body.appendChild(document.createElement('div')), {
      createChannel: hub.factory,
      loadChart: pollerChartOnce,
    });
    expect(document.head.querySelectorAll('link[data-vpo-live="statechart"]')).toHaveLength(1);
    expect(hub.posted(INSPECTION_CHANNEL)).toContainEqual(expect.objectContaining({ kind: 'discover' }));
    expect(el).toHaveClass('sc-root');
    expect(hub.open()).toBe(2);
    unmount();
    again();
    expect(hub.open()).toBe(0);
    expect(el).toBeEmptyDOMElement();
    expect(el).not.toHaveClass('sc-root');
  });

  it('shows a real poller of another page, published over the channel', async () => {
    const hub = createFakeChannelHub();
    const el = document.body.appendChild(document.createElement('div'));
    const unmount = mount(el, { createChannel: hub.factory, loadChart: pollerChartOnce });

    const publisher = createInspectionPublisher({ createChannel: hub.factory, page: '/jobs/abc' });
    const server = createControlledFetcher<unknown>();
    const poller = createPoller({
      fetch: server.fetch,
      config: { interval: 2000, enabled: true },
      name: 'job:abc',
      inspect: publisher.inspect,
      env: { document: createFakeDocument(), window: createFakeWindow() },
    });
    const button = await screen.findByRole('button', { name: /Job abc/ });
    expect(button).toHaveTextContent('live · idle');

    server.last().resolve({ kind: 'failure', error: { kind: 'http', status: 503, message: 'HTTP 503' } });
    await expect.poll(() => button.textContent).toContain('reconnecting.waiting');
    const chart = await screen.findByRole('img', { name: /State chart/ });
    expect(chart.querySelector('.is-current')?.getAttribute('data-state-id')).toBe(
      'poller.reconnecting.waiting',
    );

    poller.dispose();
    expect(button).toHaveTextContent('gone (disposed)');
    publisher.dispose();
    unmount();
  });
});
