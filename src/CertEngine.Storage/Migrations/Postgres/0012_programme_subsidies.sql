-- CertEngine storage schema, version 12 (PostgreSQL, cluster mode): the 太行家政 programme's targets and 培训补贴 claims.
-- Targets are entered by an Admin (one row per programme and year, the years it counts from, audited); a claim is one
-- row per person, occupation and level (the rule: one claim each), holding its certificate and current state, with its
-- history in the events table (append-only). Indexes let the programme report and the claims list group by date in
-- the database without scanning every fact.
CREATE TABLE certengineprogrammetargets (
    programme text    NOT NULL,
    year      integer NOT NULL,
    fromyear  integer NOT NULL,
    target    integer NOT NULL,
    actor     text    NOT NULL,
    atus      bigint  NOT NULL,
    PRIMARY KEY (programme, year)
);

CREATE TABLE certenginesubsidyclaims (
    claimkey       text    NOT NULL PRIMARY KEY,
    number         text    NOT NULL,
    idnumber       text    NOT NULL,
    occupationcode text    NOT NULL,
    level          integer,
    trackkey       text    NOT NULL,
    issuedon       text    NOT NULL,
    amount         numeric NOT NULL,
    state          text    NOT NULL,
    reason         text    NOT NULL,
    version        integer NOT NULL,
    actor          text    NOT NULL,
    atus           bigint  NOT NULL
);

CREATE UNIQUE INDEX certenginesubsidyclaimsnumber ON certenginesubsidyclaims (number);
CREATE INDEX certenginesubsidyclaimsissued ON certenginesubsidyclaims (issuedon, state);

CREATE TABLE certenginesubsidyclaimevents (
    claimkey text    NOT NULL,
    version  integer NOT NULL,
    number   text    NOT NULL,
    state    text    NOT NULL,
    reason   text    NOT NULL,
    actor    text    NOT NULL,
    atus     bigint  NOT NULL,
    PRIMARY KEY (claimkey, version)
);

CREATE INDEX certenginecertificatesissuedon ON certenginecertificates (issuedon, number);
CREATE INDEX certenginecertificatesclaimkey ON certenginecertificates (idnumber, occupationcode, level, issuedon);
CREATE INDEX certenginecertificateeventsreplacedby ON certenginecertificateevents (replacedby);
CREATE INDEX certenginecomponentresultsexamdate ON certenginecomponentresults (examdate);
CREATE INDEX certengineenrolmentsatus ON certengineenrolments (atus);
