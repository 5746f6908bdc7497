-- CertEngine storage schema, version 10 (PostgreSQL, cluster mode): 成绩公示 (results published for objection).
-- A notice (one sitting, or a track's complete results in a date range) with its period, the lines it published as they
-- were (masked name and ID number for the public page, the full ID number for objections and the issuance gate), and the
-- objections lodged against its lines with their answers. Notices and lines never change once written; an objection's
-- row holds its latest state (open, answered, closed), each change also in the audit log.
CREATE TABLE certenginepublicity (
    publicityid  text    NOT NULL PRIMARY KEY,
    trackkey     text    NOT NULL,
    sessionid    text    NOT NULL,
    fromdate     text    NOT NULL,
    todate       text    NOT NULL,
    components   text    NOT NULL,
    startson     text    NOT NULL,
    endson       text    NOT NULL,
    workingdays  bigint NOT NULL,
    linecount    bigint NOT NULL,
    publishedby  text    NOT NULL,
    publishedus  bigint NOT NULL
);

CREATE INDEX certenginepublicitytrack ON certenginepublicity (trackkey, publishedus);
CREATE INDEX certenginepublicitysession ON certenginepublicity (sessionid);

CREATE TABLE certenginepublicitylines (
    publicityid  text    NOT NULL,
    idnumber     text    NOT NULL,
    trackkey     text    NOT NULL,
    ticket       text    NOT NULL,
    maskedname   text    NOT NULL,
    maskedid     text    NOT NULL,
    occupation   text    NOT NULL,
    worktype     text    NOT NULL,
    level        text    NOT NULL,
    scores       text    NOT NULL,
    passed       bigint NOT NULL,
    PRIMARY KEY (publicityid, idnumber)
);

CREATE INDEX certenginepublicitylinescandidate ON certenginepublicitylines (trackkey, idnumber, passed);

CREATE TABLE certenginepublicityobjections (
    objectionid  text    NOT NULL PRIMARY KEY,
    publicityid  text    NOT NULL,
    idnumber     text    NOT NULL,
    ticket       text    NOT NULL,
    body         text    NOT NULL,
    lodgedus     bigint NOT NULL,
    status       text    NOT NULL,
    answer       text    NOT NULL,
    answeredby   text    NOT NULL,
    answeredus   bigint NOT NULL,
    closedby     text    NOT NULL,
    closedus     bigint NOT NULL
);

CREATE INDEX certenginepublicityobjectionsqueue ON certenginepublicityobjections (status, lodgedus, objectionid);
CREATE INDEX certenginepublicityobjectionsline ON certenginepublicityobjections (publicityid, idnumber, status);
