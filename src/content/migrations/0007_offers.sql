-- Compiled content pack: landlords' housing offers (the 7th file, applied after the
-- tables and the online procedures), their photos (JPEG, read one at a time when shown),
-- and the landlords an offers node shows.
CREATE TABLE offer (
    position       INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    landlord       TEXT NOT NULL,
    reference      TEXT NOT NULL,
    commune        TEXT NOT NULL,
    code_postal    TEXT,
    rooms          INTEGER NOT NULL,
    surface_m2     INTEGER NOT NULL,
    rent_cents     INTEGER NOT NULL,
    charges_cents  INTEGER NOT NULL,
    floor          INTEGER,
    lift           INTEGER,
    wheelchair     INTEGER,
    energy         TEXT,
    available_from TEXT,
    expires        TEXT NOT NULL,
    photos         TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE offer_photo (
    landlord TEXT NOT NULL,
    name     TEXT NOT NULL,
    jpeg     BLOB NOT NULL,
    PRIMARY KEY (landlord, name)
);
CREATE TABLE node_landlord (
    node_id  TEXT NOT NULL,
    position INTEGER NOT NULL,
    landlord TEXT NOT NULL,
    PRIMARY KEY (node_id, position)
);
