-- CertEngine storage schema, version 2 (SQLite, embedded mode).
-- The server's keys live with the grain state, so a backup of this file carries them and every process on the
-- file uses the same ones. These rows are private keys: protect the file as you would the keys themselves.

-- Certificate signing keys (ES256, P-256). Id orders them: the newest generated key signs; every key verifies and
-- is published in the JWKS for as long as the row exists. Origin is 'generated' (first start, `keys rotate`) or
-- 'imported' (a PEM file of an older data folder's keys/); an imported key never takes over signing from a
-- generated one. PrivateKey is the PKCS#8 PEM; KeyId is the JWS kid derived from the public key.
CREATE TABLE CertEngineSigningKeys (
    Id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    KeyId      TEXT    NOT NULL UNIQUE,
    PrivateKey TEXT    NOT NULL,
    Origin     TEXT    NOT NULL CHECK (Origin IN ('generated', 'imported')),
    CreatedAt  TEXT    NOT NULL
) STRICT;

-- ASP.NET Core Data Protection key ring (cookies, anti-forgery tokens): one XML element per row, as Data
-- Protection's repository contract stores them. FriendlyName is the name Data Protection gives (e.g. key-{guid}).
CREATE TABLE CertEngineDataProtectionKeys (
    Id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    FriendlyName TEXT    NULL,
    Xml          TEXT    NOT NULL,
    StoredAt     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
