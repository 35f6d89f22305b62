import { linkStylesheet } from '@vpo-live/ui';
import stylesheetUrl from './styles/statechart.css?url';

/** Links the visualizer's stylesheet, resolved against this module's URL. */
export function mountStylesheet(doc: Document = document): void {
  linkStylesheet(new URL(stylesheetUrl, import.meta.url).href, doc, 'statechart');
}
