-- Statistics are counters only: no session id, no order of events, no free text.
-- `hour` is the start of the counter's slot, 'YYYY-MM-DDTHH:00' (minutes always 00);
-- how long the slot is follows from `kind` (see Kind::period in src/stats/event.rs).
CREATE TABLE counts (
    hour  TEXT    NOT NULL,
    kind  TEXT    NOT NULL,
    value TEXT    NOT NULL DEFAULT '',
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (hour, kind, value)
) WITHOUT ROWID;

-- Export bookkeeping: the export sequence number and the last export time.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
