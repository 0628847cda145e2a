-- Compiled content pack, ceilings tables: the published income ceilings an
-- "eligibility" node asks from (source and year, unit, columns and the node each
-- leads to, rows with one amount per column, yes/no adjustments between rows).
ALTER TABLE node ADD COLUMN ceiling_table TEXT;
CREATE TABLE ceiling_table (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    source   TEXT NOT NULL,
    year     INTEGER NOT NULL,
    unit     TEXT NOT NULL,
    columns  TEXT NOT NULL,
    routes   TEXT NOT NULL,
    above    TEXT NOT NULL
);
CREATE TABLE ceiling_row (
    table_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    row_id   TEXT NOT NULL,
    amounts  TEXT NOT NULL,
    PRIMARY KEY (table_id, position)
);
CREATE TABLE ceiling_adjust (
    table_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    key      TEXT NOT NULL,
    rows     TEXT NOT NULL,
    shift    INTEGER NOT NULL,
    PRIMARY KEY (table_id, position)
);
