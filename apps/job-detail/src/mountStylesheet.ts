import { linkStylesheet } from '@vpo-live/ui';
import stylesheetUrl from './styles/jobDetail.css?url';

/** Links the job detail stylesheet, resolved against this module's URL. Returns its absolute URL. */
export function mountStylesheet(doc: Document = document): string {
  return linkStylesheet(new URL(stylesheetUrl, import.meta.url).href, doc);
}
