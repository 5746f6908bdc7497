-- CertEngine storage schema, version 16 (SQLite, embedded mode): item analysis sums kept as facts arrive (issue 20,
-- bound 5 s over 100,000 attempts). Item analysis counts each theory attempt once, at its latest fact (a regrade
-- supersedes the submission). CertEngineItemSumAttempts names that fact per attempt, with its bank version, track and
-- total score (the score distribution and the 27 % groups are read from it); CertEngineItemSums holds, per bank version,
-- track, item (id and version), answer and attempt total X, the number of responses n, Σu (full points), Σw, Σw² and
-- Σuw (w: the item's points). ΣX, ΣX², ΣuX and ΣXw follow as X·n, X²·n, X·Σu and X·Σw, and the upper and lower groups
-- as the rows above and below the cuts, so an analysis reads one row per item, answer and score, not one per response.
-- The fact store updates both in the transaction that appends an attempt fact (only when the fact is new, so a
-- retried append changes nothing): a later fact of the same attempt takes the earlier one's sums out and puts its own in;
-- an earlier fact delivered late changes nothing. This migration fills both from the facts already stored.
CREATE TABLE CertEngineItemSumAttempts (
    AttemptKey  TEXT    NOT NULL PRIMARY KEY,
    FactId      TEXT    NOT NULL,
    AtUs        INTEGER NOT NULL,
    BankCode    TEXT    NOT NULL,
    BankVersion INTEGER NOT NULL,
    TrackKey    TEXT    NOT NULL,
    Score       REAL    NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineItemSumAttemptsBank ON CertEngineItemSumAttempts (BankCode, BankVersion, TrackKey, Score);

CREATE TABLE CertEngineItemSums (
    BankCode          TEXT    NOT NULL,
    BankVersion       INTEGER NOT NULL,
    TrackKey          TEXT    NOT NULL,
    ItemId            TEXT    NOT NULL,
    ItemVersion       INTEGER NOT NULL,
    Answer            TEXT    NOT NULL,
    Score             REAL    NOT NULL,
    Responses         INTEGER NOT NULL,
    Correct           INTEGER NOT NULL,
    SumAwarded        REAL    NOT NULL,
    SumAwardedSquared REAL    NOT NULL,
    SumCorrectAwarded REAL    NOT NULL,
    PRIMARY KEY (BankCode, BankVersion, TrackKey, ItemId, ItemVersion, Answer, Score)
) STRICT, WITHOUT ROWID;

INSERT INTO CertEngineItemSumAttempts (AttemptKey, FactId, AtUs, BankCode, BankVersion, TrackKey, Score)
SELECT a.AttemptKey, a.FactId, a.AtUs, a.BankCode, a.BankVersion, a.TrackKey, a.Score FROM CertEngineTheoryAttempts a
WHERE NOT EXISTS (SELECT 1 FROM CertEngineTheoryAttempts later WHERE later.AttemptKey = a.AttemptKey
    AND (later.AtUs > a.AtUs OR (later.AtUs = a.AtUs AND later.FactId > a.FactId)));

INSERT INTO CertEngineItemSums (BankCode, BankVersion, TrackKey, ItemId, ItemVersion, Answer, Score, Responses, Correct, SumAwarded,
    SumAwardedSquared, SumCorrectAwarded)
SELECT t.BankCode, t.BankVersion, t.TrackKey, r.ItemId, r.ItemVersion, r.Answer, t.Score, COUNT(*), SUM(r.Correct), SUM(r.Awarded),
    SUM(r.Awarded * r.Awarded), SUM(r.Correct * r.Awarded)
FROM CertEngineItemSumAttempts t JOIN CertEngineResponses r ON r.FactId = t.FactId
GROUP BY t.BankCode, t.BankVersion, t.TrackKey, r.ItemId, r.ItemVersion, r.Answer, t.Score;
