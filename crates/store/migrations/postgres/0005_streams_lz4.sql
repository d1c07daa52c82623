-- A run's samples are already a compact blob (`blob.rs`). PostgreSQL's default TOAST compression
-- (pglz) shrank them by a third but was 40% of the server's CPU during an import (perf, 2,000
-- runs); lz4 is many times faster. A server built without lz4 stores them uncompressed, as
-- SQLite does. Either applies to values written from now on; those stored stay readable.
DO $$
BEGIN
    ALTER TABLE run_streams ALTER COLUMN data SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
    ALTER TABLE run_streams ALTER COLUMN data SET STORAGE EXTERNAL;
END
$$;
