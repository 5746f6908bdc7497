-- CertEngine storage schema, version 16 (PostgreSQL, cluster mode): item analysis sums kept as facts arrive (issue 20,
-- bound 5 s over 100,000 attempts). Item analysis counts each theory attempt once, at its latest fact (a regrade
-- supersedes the submission). certengineitemsumattempts names that fact per attempt, with its bank version, track and
-- total score (the score distribution and the 27 % groups are read from it); certengineitemsums holds, per bank version,
-- track, item (id and version), answer and attempt total X, the number of responses n, Σu (full points), Σw, Σw² and
-- Σuw (w: the item's points). ΣX, ΣX², ΣuX and ΣXw follow as X·n, X²·n, X·Σu and X·Σw, and the upper and lower groups
-- as the rows above and below the cuts, so an analysis reads one row per item, answer and score, not one per response.
-- The fact store updates both in the transaction that appends an attempt fact (only when the fact is new, so a
-- retried append changes nothing): a later fact of the same attempt takes the earlier one's sums out and puts its own in;
-- an earlier fact delivered late changes nothing. Sums are numeric, so taking a fact out is exact. This migration fills
-- both from the facts already stored.
CREATE TABLE certengineitemsumattempts (
    attemptkey  text    NOT NULL PRIMARY KEY,
    factid      text    NOT NULL,
    atus        bigint  NOT NULL,
    bankcode    text    NOT NULL,
    bankversion integer NOT NULL,
    trackkey    text    NOT NULL,
    score       numeric NOT NULL
);

CREATE INDEX certengineitemsumattemptsbank ON certengineitemsumattempts (bankcode, bankversion, trackkey, score);

CREATE TABLE certengineitemsums (
    bankcode          text    NOT NULL,
    bankversion       integer NOT NULL,
    trackkey          text    NOT NULL,
    itemid            text    NOT NULL,
    itemversion       integer NOT NULL,
    answer            text    NOT NULL,
    score             numeric NOT NULL,
    responses         bigint  NOT NULL,
    correct           bigint  NOT NULL,
    sumawarded        numeric NOT NULL,
    sumawardedsquared numeric NOT NULL,
    sumcorrectawarded numeric NOT NULL,
    PRIMARY KEY (bankcode, bankversion, trackkey, itemid, itemversion, answer, score)
);

INSERT INTO certengineitemsumattempts (attemptkey, factid, atus, bankcode, bankversion, trackkey, score)
SELECT a.attemptkey, a.factid, a.atus, a.bankcode, a.bankversion, a.trackkey, a.score FROM certenginetheoryattempts a
WHERE NOT EXISTS (SELECT 1 FROM certenginetheoryattempts later WHERE later.attemptkey = a.attemptkey
    AND (later.atus > a.atus OR (later.atus = a.atus AND later.factid > a.factid)));

INSERT INTO certengineitemsums (bankcode, bankversion, trackkey, itemid, itemversion, answer, score, responses, correct, sumawarded,
    sumawardedsquared, sumcorrectawarded)
SELECT t.bankcode, t.bankversion, t.trackkey, r.itemid, r.itemversion, r.answer, t.score, COUNT(*), SUM(r.correct), SUM(r.awarded),
    SUM(r.awarded * r.awarded), SUM(r.correct * r.awarded)
FROM certengineitemsumattempts t JOIN certengineresponses r ON r.factid = t.factid
GROUP BY t.bankcode, t.bankversion, t.trackkey, r.itemid, r.itemversion, r.answer, t.score;
