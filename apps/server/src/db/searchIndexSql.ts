/**
 * Migration step 10: substring search over `file_path` from an index instead of a scan of every row.
 *
 * An FTS5 table with the trigram tokenizer holds SQLite's own `LOWER(file_path)` of each job under the job's
 * rowid, and matches case-sensitively: a phrase of the lowered search text then matches exactly the rows
 * `LOWER(file_path) LIKE LOWER('%text%')` matches, for texts of 3 characters or more (jobSearchSql.ts).
 * Contentless (`content=''`): the index alone, no second copy of the paths; `contentless_delete` lets the
 * triggers delete by rowid. `detail=full` (the default) keeps positions, which phrases need.
 *
 * An `INSERT OR REPLACE` deletes the replaced row without firing DELETE triggers unless `recursive_triggers`
 * is on, which is why `openDatabase` turns it on for every connection that writes.
 */
/** The search index's rows: each job's lowered path under its rowid (append a WHERE to take some). */
export const SEARCH_INDEX_ROWS = 'SELECT rowid, LOWER(file_path) FROM jobs';

/** The trigger that indexes each inserted job; a bulk load drops it and indexes its rows in one pass. */
export const SEARCH_INSERT_TRIGGER = 'trg_jobs_search_insert';

export const SEARCH_INDEX_SQL = `
CREATE VIRTUAL TABLE jobs_search USING fts5(
    path,
    tokenize = 'trigram case_sensitive 1',
    content = '',
    contentless_delete = 1
);
INSERT INTO jobs_search (rowid, path) ${SEARCH_INDEX_ROWS};
INSERT INTO jobs_search (jobs_search) VALUES ('optimize');
CREATE TRIGGER ${SEARCH_INSERT_TRIGGER} AFTER INSERT ON jobs BEGIN
    INSERT INTO jobs_search (rowid, path) VALUES (NEW.rowid, LOWER(NEW.file_path));
END;
CREATE TRIGGER trg_jobs_search_update AFTER UPDATE OF file_path ON jobs BEGIN
    DELETE FROM jobs_search WHERE rowid = OLD.rowid;
    INSERT INTO jobs_search (rowid, path) VALUES (NEW.rowid, LOWER(NEW.file_path));
END;
CREATE TRIGGER trg_jobs_search_delete AFTER DELETE ON jobs BEGIN
    DELETE FROM jobs_search WHERE rowid = OLD.rowid;
END;
`;

/** Undoes {@link SEARCH_INDEX_SQL}: the triggers, then the index and FTS5's tables behind it. */
export const SEARCH_INDEX_DOWN_SQL = `
DROP TRIGGER ${SEARCH_INSERT_TRIGGER};
DROP TRIGGER trg_jobs_search_update;
DROP TRIGGER trg_jobs_search_delete;
DROP TABLE jobs_search;
`;
