const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML element content and quoted attribute values. Every server-rendered value of the
 * host pages goes through it, so no value can open a tag, close an attribute or start an entity.
 *
 * @example
 * escapeHtml('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;'
 */
export function escapeHtml(value: string | number | boolean): string {
  return String(value).replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char);
}
