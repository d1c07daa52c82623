-- Finding a file already imported (by its content hash) and a run already stored from another
-- source (by its start) must stay quick with years of runs.
CREATE INDEX runs_by_hash ON runs (content_hash);
