-- Compiled content pack, schema 3: sensitive topics (a node and its subtree), and
-- services' description, e-mail, fees, reception modes, date last checked,
-- wheelchair access, Acceslibre page and temporary closures (both days included).
ALTER TABLE node ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0;
ALTER TABLE service ADD COLUMN description TEXT;
ALTER TABLE service ADD COLUMN courriel TEXT;
ALTER TABLE service ADD COLUMN frais TEXT;
ALTER TABLE service ADD COLUMN modes_accueil TEXT NOT NULL DEFAULT '[]';
ALTER TABLE service ADD COLUMN date_maj TEXT;
ALTER TABLE service ADD COLUMN accessible INTEGER;
ALTER TABLE service ADD COLUMN acceslibre TEXT;
CREATE TABLE service_closure (
    service_id TEXT NOT NULL,
    position   INTEGER NOT NULL,
    date_from  TEXT NOT NULL,
    date_to    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);
