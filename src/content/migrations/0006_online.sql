-- Compiled content pack: official online procedures ("Continue on your phone"), the
-- results that offer them, and the hosts the pack declares official.
CREATE TABLE online_procedure (
    id        TEXT PRIMARY KEY,
    position  INTEGER NOT NULL,
    url       TEXT NOT NULL,
    pictogram TEXT NOT NULL
);
CREATE TABLE node_online (
    node_id      TEXT NOT NULL,
    position     INTEGER NOT NULL,
    procedure_id TEXT NOT NULL,
    PRIMARY KEY (node_id, position)
);
CREATE TABLE online_host (
    host TEXT PRIMARY KEY
);
