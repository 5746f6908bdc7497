-- CertEngine storage schema, version 2 (PostgreSQL, cluster mode).
-- The cluster's keys live with the grain state, so every silo uses the same ones and a database backup carries
-- them. These rows are private keys: grant access to this database as you would to the keys themselves.

-- Certificate signing keys (ES256, P-256). id orders them: the newest generated key signs; every key verifies and
-- is published in the JWKS for as long as the row exists. origin is 'generated' (first start, `keys rotate`) or
-- 'imported' (a PEM file of an older data folder's keys/); an imported key never takes over signing from a
-- generated one. privatekey is the PKCS#8 PEM; keyid is the JWS kid derived from the public key.
CREATE TABLE certenginesigningkeys (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    keyid      text        NOT NULL UNIQUE,
    privatekey text        NOT NULL,
    origin     text        NOT NULL CHECK (origin IN ('generated', 'imported')),
    createdat  timestamptz NOT NULL
);

-- ASP.NET Core Data Protection key ring (cookies, anti-forgery tokens): one XML element per row, as Data
-- Protection's repository contract stores them. friendlyname is the name Data Protection gives (e.g. key-{guid}).
CREATE TABLE certenginedataprotectionkeys (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendlyname text        NULL,
    xml          text        NOT NULL,
    storedat     timestamptz NOT NULL DEFAULT now()
);
