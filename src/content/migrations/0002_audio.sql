-- Compiled content pack, schema 2: recorded messages (audio/LANG/KEY.wav), as WAV bytes.
CREATE TABLE audio (
    lang TEXT NOT NULL,
    key  TEXT NOT NULL,
    wav  BLOB NOT NULL,
    PRIMARY KEY (lang, key)
);
