import { linkStylesheet } from '@vpo-live/ui';
import stylesheetUrl from './styles/dashboard.css?url';

/** Links the dashboard's stylesheet, resolved against this module's URL so other origins load it from us. */
export function mountStylesheet(doc: Document = document): void {
  linkStylesheet(new URL(stylesheetUrl, import.meta.url).href, doc, 'jobs-dashboard');
}
