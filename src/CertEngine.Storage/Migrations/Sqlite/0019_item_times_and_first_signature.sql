-- CertEngine storage schema, version 19 (SQLite, embedded mode): mean time per item for item analysis, and one first
-- signature per sitting's supervision record (issue 20).
--
-- Time on an item. The exam page records, per question answered, the first and last save of an answer (migration 0015,
-- appended with the submission). It does not record when a question was shown, so the time on an item is measured from
-- the answer given before it: the item's first save less the latest first save of another question before it, or the
-- attempt's start for the first answer (never below 0). CertEngineItemTimes holds per bank version and item (id and
-- version) the answers so timed and the sum of those times in microseconds; an attempt counts once (Timed on its
-- CertEngineItemSumAttempts row), whichever of its submission and conduct facts arrives last, and a regrade changes nothing
-- (the same paper at the same places). The fact store keeps both in the transaction that appends either fact; this
-- migration fills them from the facts already stored.
ALTER TABLE CertEngineItemSumAttempts ADD COLUMN Timed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE CertEngineItemTimes (
    BankCode    TEXT    NOT NULL,
    BankVersion INTEGER NOT NULL,
    ItemId      TEXT    NOT NULL,
    ItemVersion INTEGER NOT NULL,
    Timed       INTEGER NOT NULL,
    SumUs       INTEGER NOT NULL,
    PRIMARY KEY (BankCode, BankVersion, ItemId, ItemVersion)
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineAttemptConductAttempt ON CertEngineAttemptConduct (AttemptKey);

INSERT INTO CertEngineItemTimes (BankCode, BankVersion, ItemId, ItemVersion, Timed, SumUs)
SELECT t.BankCode, t.BankVersion, r.ItemId, r.ItemVersion, COUNT(*), SUM(CASE WHEN g.Us > 0 THEN g.Us ELSE 0 END)
FROM (SELECT c.AttemptKey, x.Position,
          x.FirstUs - COALESCE(LAG(x.FirstUs) OVER (PARTITION BY x.FactId ORDER BY x.FirstUs, x.Position), c.StartedUs) AS Us
      FROM CertEngineAttemptConduct c JOIN CertEngineAnswerTimings x ON x.FactId = c.FactId) g
JOIN CertEngineItemSumAttempts t ON t.AttemptKey = g.AttemptKey
JOIN CertEngineResponses r ON r.FactId = t.FactId AND r.Position = g.Position
GROUP BY t.BankCode, t.BankVersion, r.ItemId, r.ItemVersion;

UPDATE CertEngineItemSumAttempts SET Timed = 1
WHERE EXISTS (SELECT 1 FROM CertEngineAttemptConduct c WHERE c.AttemptKey = CertEngineItemSumAttempts.AttemptKey);

-- The first signature. A sitting's supervision record is signed once; what follows is a correction naming the signed
-- record it corrects (docs/web.md, 督导 supervision). Two 督导 signing at the same instant on two silos must not both be "the
-- first", nor two corrections both correct the same record: the store refuses the second (the filing answers it as
-- already signed, or as correcting a record no longer current). Records a store might hold from before (such a race)
-- are first made a chain: a later duplicate corrects the signed record just before it.
UPDATE CertEngineSupervisionRecords SET Corrects = (
    SELECT p.RecordId FROM CertEngineSupervisionRecords p
    WHERE p.SessionId = CertEngineSupervisionRecords.SessionId AND p.Signed = 1
      AND (p.AtUs < CertEngineSupervisionRecords.AtUs OR (p.AtUs = CertEngineSupervisionRecords.AtUs AND p.RecordId < CertEngineSupervisionRecords.RecordId))
    ORDER BY p.AtUs DESC, p.RecordId DESC LIMIT 1)
WHERE Signed = 1 AND EXISTS (
    SELECT 1 FROM CertEngineSupervisionRecords e
    WHERE e.SessionId = CertEngineSupervisionRecords.SessionId AND e.Signed = 1
      AND ((e.Corrects IS NULL AND CertEngineSupervisionRecords.Corrects IS NULL) OR e.Corrects = CertEngineSupervisionRecords.Corrects)
      AND (e.AtUs < CertEngineSupervisionRecords.AtUs OR (e.AtUs = CertEngineSupervisionRecords.AtUs AND e.RecordId < CertEngineSupervisionRecords.RecordId)));

CREATE UNIQUE INDEX CertEngineSupervisionRecordsFirstSigned ON CertEngineSupervisionRecords (SessionId) WHERE Signed = 1 AND Corrects IS NULL;
CREATE UNIQUE INDEX CertEngineSupervisionRecordsCorrection ON CertEngineSupervisionRecords (Corrects) WHERE Corrects IS NOT NULL;
