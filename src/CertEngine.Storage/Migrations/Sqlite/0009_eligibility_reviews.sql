-- CertEngine storage schema, version 9 (SQLite, embedded mode): the eligibility review queue (资格审核).
-- One row per application that needed a person's check, holding its latest state (pending, approved, rejected), kept by
-- the fact store from the candidate's review facts: a fact delivered late never overwrites a newer one. The queue lists
-- pending rows by track, oldest first, without activating a grain per candidate.
CREATE TABLE CertEngineEligibilityReviews (
    ReviewId     TEXT    NOT NULL PRIMARY KEY,
    TrackKey     TEXT    NOT NULL,
    IdNumber     TEXT    NOT NULL,
    ConditionId  TEXT    NOT NULL,
    EvidenceIds  TEXT    NOT NULL,
    ToCheck      TEXT    NOT NULL,
    Status       TEXT    NOT NULL,
    SubmittedUs  INTEGER NOT NULL,
    SubmittedBy  TEXT    NOT NULL,
    DecidedBy    TEXT    NOT NULL,
    Reason       TEXT    NOT NULL,
    FactId       TEXT    NOT NULL,
    AtUs         INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineEligibilityReviewsQueue ON CertEngineEligibilityReviews (Status, TrackKey, SubmittedUs, ReviewId);
CREATE INDEX CertEngineEligibilityReviewsCandidate ON CertEngineEligibilityReviews (IdNumber, TrackKey);
