-- What each imported file is recognised by on the next import without being read again: the
-- SHA-256 of its bytes as they were found (gzip or not) and their number, "hash:size"; with the
-- content hash of what it gave (its runs carry that hash, or "hash#2", "hash#3"… for the later
-- parts of a file stored in several). A file is only recorded here once all of it is stored.
CREATE TABLE file_fingerprints (
    fingerprint TEXT PRIMARY KEY NOT NULL,
    content_hash TEXT NOT NULL
);
