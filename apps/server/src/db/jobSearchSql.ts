/**
 * The SQL of a search (`search=` on the job list): VPO's predicate, and the rowids of the jobs it can match
 * read from the trigram index (migration 10, searchIndexSql.ts) instead of from every row.
 */

/** The trigram index finds texts of at least this many characters (code points); shorter ones scan. */
export const TRIGRAM_LENGTH = 3;

/** VPO's `_escape_like_pattern`: backslash escapes `\`, `%` and `_` so they match literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * VPO's search predicate, the one that decides: a case-insensitive substring of file_path, wildcards escaped.
 * VPO writes `LOWER(file_path) LIKE LOWER(?)`; SQLite's LIKE already folds ASCII case and only ASCII case, as
 * its `LOWER` does, so the bare LIKE matches the same rows without lowering a copy of every path it tests
 * (half the time of a scan). `src/db/jobSearch.test.ts` holds the two equal on any text. Binds `@search` =
 * {@link likePattern}.
 */
export const SEARCH_LIKE = "file_path LIKE @search ESCAPE '\\'";

/** The `@search` binding of {@link SEARCH_LIKE}. */
export const likePattern = (text: string): string => `%${escapeLike(text)}%`;

/**
 * The search text as one FTS5 phrase of the trigram index: lowered by SQLite's `LOWER` (the same function the
 * index was filled with), `"` doubled inside double quotes — FTS5's only escape, so every other character is
 * literal. Binds `@needle` = the raw text.
 */
export const SEARCH_MATCH = `jobs_search MATCH '"' || REPLACE(LOWER(@needle), '"', '""') || '"'`;

/**
 * Whether the trigram index answers this text exactly: 3 code points or more (shorter texts contain no
 * trigram), and no NUL — SQLite's LIKE stops reading a text at a NUL, the index does not, so such a text
 * keeps VPO's predicate alone.
 */
export function isIndexedSearch(text: string): boolean {
  if (text.includes('\0')) return false;
  let length = 0;
  for (const _char of text) if (++length >= TRIGRAM_LENGTH) return true;
  return false;
}

/** The rowids of every job the search matches: from the index, or (short texts) a scan of idx_jobs_file_path. */
export function searchRowidsSql(indexed: boolean): string {
  return indexed
    ? `SELECT rowid FROM jobs_search WHERE ${SEARCH_MATCH}`
    : `SELECT rowid FROM jobs INDEXED BY idx_jobs_file_path WHERE ${SEARCH_LIKE}`;
}
