/**
 * Migration step 12: the number of jobs per status and type, kept by triggers, so the total of a list
 * filtered by status and/or type (or not at all) is a read of at most 30 rows instead of a count of up to
 * every index entry (about 30 ms for the 800,000 completed jobs of a million).
 *
 * Like the search index it relies on `recursive_triggers` (set by `openDatabase`) for an INSERT OR REPLACE to
 * fire the DELETE trigger of the row it replaces.
 */
export const JOB_COUNTS_SQL = `
CREATE TABLE job_counts (
    status TEXT NOT NULL,
    job_type TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (status, job_type)
) WITHOUT ROWID;
INSERT INTO job_counts (status, job_type, n) SELECT status, job_type, COUNT(*) FROM jobs GROUP BY status, job_type;
CREATE TRIGGER trg_jobs_count_insert AFTER INSERT ON jobs BEGIN
    INSERT INTO job_counts (status, job_type, n) VALUES (NEW.status, NEW.job_type, 1)
      ON CONFLICT (status, job_type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER trg_jobs_count_delete AFTER DELETE ON jobs BEGIN
    UPDATE job_counts SET n = n - 1 WHERE status = OLD.status AND job_type = OLD.job_type;
END;
CREATE TRIGGER trg_jobs_count_update AFTER UPDATE OF status, job_type ON jobs
  WHEN OLD.status IS NOT NEW.status OR OLD.job_type IS NOT NEW.job_type BEGIN
    UPDATE job_counts SET n = n - 1 WHERE status = OLD.status AND job_type = OLD.job_type;
    INSERT INTO job_counts (status, job_type, n) VALUES (NEW.status, NEW.job_type, 1)
      ON CONFLICT (status, job_type) DO UPDATE SET n = n + 1;
END;
`;

/** Undoes {@link JOB_COUNTS_SQL}. */
export const JOB_COUNTS_DOWN_SQL = `
DROP TRIGGER trg_jobs_count_insert;
DROP TRIGGER trg_jobs_count_delete;
DROP TRIGGER trg_jobs_count_update;
DROP TABLE job_counts;
`;
