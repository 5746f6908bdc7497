-- CertEngine storage schema, version 19 (PostgreSQL, cluster mode): mean time per item for item analysis, and one first
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
ALTER TABLE certengineitemsumattempts ADD COLUMN timed integer NOT NULL DEFAULT 0;

CREATE TABLE certengineitemtimes (
    bankcode    text    NOT NULL,
    bankversion integer NOT NULL,
    itemid      text    NOT NULL,
    itemversion integer NOT NULL,
    timed       bigint  NOT NULL,
    sumus       bigint  NOT NULL,
    PRIMARY KEY (bankcode, bankversion, itemid, itemversion)
);

CREATE INDEX certengineattemptconductattempt ON certengineattemptconduct (attemptkey);

INSERT INTO certengineitemtimes (bankcode, bankversion, itemid, itemversion, timed, sumus)
SELECT t.bankcode, t.bankversion, r.itemid, r.itemversion, COUNT(*), SUM(CASE WHEN g.us > 0 THEN g.us ELSE 0 END)
FROM (SELECT c.attemptkey, x.position,
          x.firstus - COALESCE(LAG(x.firstus) OVER (PARTITION BY x.factid ORDER BY x.firstus, x.position), c.startedus) AS us
      FROM certengineattemptconduct c JOIN certengineanswertimings x ON x.factid = c.factid) g
JOIN certengineitemsumattempts t ON t.attemptkey = g.attemptkey
JOIN certengineresponses r ON r.factid = t.factid AND r.position = g.position
GROUP BY t.bankcode, t.bankversion, r.itemid, r.itemversion;

UPDATE certengineitemsumattempts SET timed = 1
WHERE EXISTS (SELECT 1 FROM certengineattemptconduct c WHERE c.attemptkey = certengineitemsumattempts.attemptkey);

-- The first signature. A sitting's supervision record is signed once; what follows is a correction naming the signed
-- record it corrects (docs/web.md, 督导 supervision). Two 督导 signing at the same instant on two silos must not both be "the
-- first", nor two corrections both correct the same record: the store refuses the second (the filing answers it as
-- already signed, or as correcting a record no longer current). Records a store might hold from before (such a race)
-- are first made a chain: a later duplicate corrects the signed record just before it.
UPDATE certenginesupervisionrecords SET corrects = (
    SELECT p.recordid FROM certenginesupervisionrecords p
    WHERE p.sessionid = certenginesupervisionrecords.sessionid AND p.signed = 1
      AND (p.atus < certenginesupervisionrecords.atus OR (p.atus = certenginesupervisionrecords.atus AND p.recordid < certenginesupervisionrecords.recordid))
    ORDER BY p.atus DESC, p.recordid DESC LIMIT 1)
WHERE signed = 1 AND EXISTS (
    SELECT 1 FROM certenginesupervisionrecords e
    WHERE e.sessionid = certenginesupervisionrecords.sessionid AND e.signed = 1
      AND ((e.corrects IS NULL AND certenginesupervisionrecords.corrects IS NULL) OR e.corrects = certenginesupervisionrecords.corrects)
      AND (e.atus < certenginesupervisionrecords.atus OR (e.atus = certenginesupervisionrecords.atus AND e.recordid < certenginesupervisionrecords.recordid)));

CREATE UNIQUE INDEX certenginesupervisionrecordsfirstsigned ON certenginesupervisionrecords (sessionid) WHERE signed = 1 AND corrects IS NULL;
CREATE UNIQUE INDEX certenginesupervisionrecordscorrection ON certenginesupervisionrecords (corrects) WHERE corrects IS NOT NULL;
