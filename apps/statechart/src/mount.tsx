import { render } from 'solid-js/web';
import { loadPollerChart, type LoadedChart } from './graph/loadPollerChart.ts';
import { connectInspectionChannel } from './live/connectInspectionChannel.ts';
import { createPollerRegistry, type PollerRegistryOptions } from './live/createPollerRegistry.ts';
import { mountStylesheet } from './mountStylesheet.ts';
import type { ChannelFactory } from '@vpo-live/poller-debug';
import { findHostConnectionStatus } from '@vpo-live/ui';
import { downloadText } from './ui/downloadText.ts';
import { StatechartApp } from './ui/StatechartApp.tsx';

/** What a host page may pass to {@link mount}; everything is optional. */
export interface MountProps {
  /** Link the page's stylesheet (default true); false when the host links it itself. */
  stylesheet?: boolean;
  /** Channel name (default `vpo-live:poller-inspection`). */
  channel?: string;
  /** Test seams. */
  createChannel?: ChannelFactory;
  registry?: PollerRegistryOptions;
  /** Lays the chart out, folded (the overview) or in full. */
  loadChart?: (fold: boolean) => Promise<LoadedChart>;
  /** Host pages pass their API base to every micro-frontend; this page reads no API and ignores it. */
  apiBase?: string;
}

/**
 * Mounts the state-chart page into `el` and returns the function that unmounts it (channel closed, timers
 * stopped). It listens on the same-origin BroadcastChannel only: nothing is sent to any server.
 *
 * @example
 * const unmount = mount(document.getElementById('statechart-root')!);
 */
export function mount(el: HTMLElement, props: MountProps = {}): () => void {
  const doc = el.ownerDocument;
  if (props.stylesheet !== false) mountStylesheet(doc);
  const registry = createPollerRegistry(props.registry);
  const disconnect = connectInspectionChannel({
    registry,
    ...(props.channel ? { channel: props.channel } : {}),
    ...(props.createChannel ? { createChannel: props.createChannel } : {}),
  });
  registry.start();
  el.classList.add('vpo-mfe', 'sc-root');
  const dispose = render(
    () => (
      <StatechartApp
        registry={registry}
        loadChart={props.loadChart ?? loadPollerChart}
        live={disconnect !== null}
        indicator={findHostConnectionStatus(doc)}
        download={(filename, text) => downloadText(filename, text, doc)}
      />
    ),
    el,
  );
  return () => {
    dispose();
    disconnect?.();
    registry.stop();
    el.classList.remove('vpo-mfe', 'sc-root');
  };
}
