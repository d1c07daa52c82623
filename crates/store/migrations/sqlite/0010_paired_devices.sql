-- Phones and tablets paired with `runwell serve --lan` (issue 19), and the session records that
-- let them in. They belong to this machine's runner, but they are the machine's keys rather than
-- her record: a copy, an export or a restore leaves them out, and an erase removes them.
CREATE TABLE paired_devices (
    id        INTEGER PRIMARY KEY,
    runner_id INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    name      TEXT    NOT NULL,
    paired_at INTEGER NOT NULL
);
CREATE INDEX paired_devices_by_runner ON paired_devices (runner_id, id);

-- tower-sessions' records for those devices, kept by runwell's own store as on a server: the
-- record as JSON, the device it lets in (NULL while a device waits to be confirmed), and when it
-- expires. Removing a device removes its sessions with it.
CREATE TABLE device_sessions (
    runner_id  INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    id         TEXT    NOT NULL,
    device_id  INTEGER REFERENCES paired_devices (id) ON DELETE CASCADE,
    data       BLOB    NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (runner_id, id)
);
CREATE INDEX device_sessions_by_device ON device_sessions (runner_id, device_id);
CREATE INDEX device_sessions_by_expiry ON device_sessions (runner_id, expires_at);
