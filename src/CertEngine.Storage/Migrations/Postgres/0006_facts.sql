-- CertEngine storage schema, version 6 (PostgreSQL, cluster mode): the record store's facts for reports and analysis.
-- Append-only rows under a stable fact id, written by the grains through the outbox in their state after their own
-- write (a retry never doubles a row; a correction is a new row). Scores are numeric, as exact as the
-- grains' decimals.
CREATE TABLE certenginetheoryattempts (
    factid        text    NOT NULL PRIMARY KEY,
    attemptkey    text    NOT NULL,
    kind          text    NOT NULL,
    sessionid     text    NOT NULL,
    seat          integer NOT NULL,
    trackkey      text    NOT NULL,
    idnumber      text    NOT NULL,
    bankcode      text    NOT NULL,
    bankversion   integer NOT NULL,
    gradedversion integer NOT NULL,
    level         integer NOT NULL,
    worktype      text    NOT NULL,
    score         numeric NOT NULL,
    passmark      numeric NOT NULL,
    actor         text    NOT NULL,
    atus          bigint  NOT NULL
);

CREATE INDEX certenginetheoryattemptsbank ON certenginetheoryattempts (bankcode, bankversion, atus);
CREATE INDEX certenginetheoryattemptstrack ON certenginetheoryattempts (trackkey, atus);

CREATE TABLE certengineresponses (
    factid      text    NOT NULL,
    position    integer NOT NULL,
    itemid      text    NOT NULL,
    itemversion integer NOT NULL,
    type        text    NOT NULL,
    shown       text    NOT NULL,
    answer      text    NOT NULL,
    correct     integer NOT NULL,
    awarded     numeric NOT NULL,
    points      numeric NOT NULL,
    PRIMARY KEY (factid, position)
);

CREATE INDEX certengineresponsesitem ON certengineresponses (itemid, itemversion);

CREATE TABLE certenginecomponentresults (
    factid    text    NOT NULL PRIMARY KEY,
    trackkey  text    NOT NULL,
    idnumber  text    NOT NULL,
    component text    NOT NULL,
    sessionid text    NOT NULL,
    score     numeric NOT NULL,
    passmark  numeric NOT NULL,
    examdate  text    NOT NULL,
    voided    integer NOT NULL,
    atus      bigint  NOT NULL
);

CREATE INDEX certenginecomponentresultstrack ON certenginecomponentresults (trackkey, idnumber, component, sessionid, atus);

CREATE TABLE certenginecertificates (
    factid         text    NOT NULL,
    number         text    NOT NULL PRIMARY KEY,
    kind           text    NOT NULL,
    trackkey       text    NOT NULL,
    idnumber       text    NOT NULL,
    holdername     text    NOT NULL,
    occupationcode text    NOT NULL,
    worktype       text    NOT NULL,
    level          integer,
    issuedon       text    NOT NULL,
    actor          text    NOT NULL,
    atus           bigint  NOT NULL
);

CREATE UNIQUE INDEX certenginecertificatesfact ON certenginecertificates (factid);
CREATE INDEX certenginecertificatestrack ON certenginecertificates (trackkey, atus, number);
CREATE INDEX certenginecertificatesholder ON certenginecertificates (idnumber);

CREATE TABLE certenginecertificateevents (
    factid     text    NOT NULL PRIMARY KEY,
    number     text    NOT NULL,
    sequence   integer NOT NULL,
    status     text    NOT NULL,
    reason     text    NOT NULL,
    actor      text    NOT NULL,
    replacedby text,
    atus       bigint  NOT NULL
);

CREATE UNIQUE INDEX certenginecertificateeventsnumber ON certenginecertificateevents (number, sequence);

CREATE TABLE certenginepracticalsheets (
    factid      text    NOT NULL PRIMARY KEY,
    attemptkey  text    NOT NULL,
    sessionid   text    NOT NULL,
    station     integer NOT NULL,
    trackkey    text    NOT NULL,
    idnumber    text    NOT NULL,
    bankcode    text    NOT NULL,
    bankversion integer NOT NULL,
    taskid      text    NOT NULL,
    assessor    text    NOT NULL,
    total       numeric NOT NULL,
    vetoes      text    NOT NULL,
    remark      text    NOT NULL,
    atus        bigint  NOT NULL
);

CREATE INDEX certenginepracticalsheetssession ON certenginepracticalsheets (sessionid, attemptkey, taskid);
CREATE INDEX certenginepracticalsheetsassessor ON certenginepracticalsheets (assessor, atus);

CREATE TABLE certenginepracticalmarks (
    factid    text NOT NULL,
    criterion text NOT NULL,
    points    numeric NOT NULL,
    PRIMARY KEY (factid, criterion)
);

CREATE TABLE certengineadjudications (
    factid     text    NOT NULL PRIMARY KEY,
    attemptkey text    NOT NULL,
    sessionid  text    NOT NULL,
    taskid     text    NOT NULL,
    chief      text    NOT NULL,
    score      numeric NOT NULL,
    reason     text    NOT NULL,
    atus       bigint  NOT NULL
);

CREATE INDEX certengineadjudicationssession ON certengineadjudications (sessionid, attemptkey, taskid);

CREATE TABLE certenginecandidates (
    factid     text    NOT NULL PRIMARY KEY,
    internalid text    NOT NULL,
    idnumber   text    NOT NULL,
    name       text    NOT NULL,
    county     text    NOT NULL,
    tags       text    NOT NULL,
    actor      text    NOT NULL,
    atus       bigint  NOT NULL
);

CREATE INDEX certenginecandidatesinternal ON certenginecandidates (internalid, atus);
CREATE INDEX certenginecandidatesidnumber ON certenginecandidates (idnumber);
