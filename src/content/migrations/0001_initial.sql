-- Compiled content pack, schema 1.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE language (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    status   TEXT NOT NULL,
    reviewer TEXT,
    date     TEXT
);
CREATE TABLE node (
    id        TEXT PRIMARY KEY,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    pictogram TEXT NOT NULL,
    emergency INTEGER NOT NULL,
    source    TEXT,
    reviewed  TEXT,
    discreet  INTEGER NOT NULL
);
-- Ordered lists hanging off a node: choices, documents, services.
CREATE TABLE node_link (
    node_id  TEXT NOT NULL,
    rel      TEXT NOT NULL,
    position INTEGER NOT NULL,
    target   TEXT NOT NULL,
    PRIMARY KEY (node_id, rel, position)
);
CREATE TABLE document (
    id        TEXT PRIMARY KEY,
    position  INTEGER NOT NULL,
    pictogram TEXT NOT NULL
);
CREATE TABLE service (
    id               TEXT PRIMARY KEY,
    position         INTEGER NOT NULL,
    nom              TEXT NOT NULL,
    adresse          TEXT,
    code_postal      TEXT,
    commune          TEXT,
    telephone        TEXT,
    site_web         TEXT,
    horaires_accueil TEXT,
    thematiques      TEXT NOT NULL,
    publics          TEXT NOT NULL,
    pictogram        TEXT NOT NULL,
    example          INTEGER NOT NULL
);
CREATE TABLE message (
    lang  TEXT NOT NULL,
    key   TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (lang, key)
);
CREATE TABLE pictogram (
    name TEXT PRIMARY KEY,
    svg  BLOB NOT NULL
);
