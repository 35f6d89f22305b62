/**
 * The browsers the stylesheets are written for: the first versions with CSS `light-dark()`, which every
 * colour of the themes is. Older targets would make the CSS minifier rewrite `light-dark()` into variables
 * only its own `color-scheme` rules set, and the host page's `color-scheme` would then reach no colour.
 */
export const CSS_TARGET = ['chrome123', 'edge123', 'firefox120', 'safari17.5'];
