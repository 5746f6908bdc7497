-- CertEngine storage schema, version 9 (PostgreSQL, cluster mode): the eligibility review queue (资格审核).
-- One row per application that needed a person's check, holding its latest state (pending, approved, rejected), kept by
-- the fact store from the candidate's review facts: a fact delivered late never overwrites a newer one. The queue lists
-- pending rows by track, oldest first, without activating a grain per candidate.
CREATE TABLE certengineeligibilityreviews (
    reviewid     text   NOT NULL PRIMARY KEY,
    trackkey     text   NOT NULL,
    idnumber     text   NOT NULL,
    conditionid  text   NOT NULL,
    evidenceids  text   NOT NULL,
    tocheck      text   NOT NULL,
    status       text   NOT NULL,
    submittedus  bigint NOT NULL,
    submittedby  text   NOT NULL,
    decidedby    text   NOT NULL,
    reason       text   NOT NULL,
    factid       text   NOT NULL,
    atus         bigint NOT NULL
);

CREATE INDEX certengineeligibilityreviewsqueue ON certengineeligibilityreviews (status, trackkey, submittedus, reviewid);
CREATE INDEX certengineeligibilityreviewscandidate ON certengineeligibilityreviews (idnumber, trackkey);
