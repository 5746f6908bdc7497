-- CertEngine storage schema, version 1 (PostgreSQL, cluster mode).
-- Tables and queries for Orleans' ADO.NET grain storage, reminder and clustering providers. The providers ship no
-- SQL: they read the query text below from OrleansQuery by key and bind the parameters named there.
-- Identifiers are unquoted, so PostgreSQL folds them to lower case; result columns are aliased in double quotes
-- to the exact names the providers read.

CREATE TABLE orleansquery (
    querykey  varchar(64) NOT NULL PRIMARY KEY,
    querytext text        NOT NULL
);

-- Grain state. One row per (service, grain type, grain id). version is the ETag: every write and clear bumps it,
-- and a write or clear only succeeds when the caller names the current version (optimistic concurrency).
-- grainidextensionstring is '' when the grain has no key extension, so the primary key can cover it.
-- A cleared grain keeps its row with payloadbinary NULL, so its version keeps counting.
CREATE TABLE orleansstorage (
    grainidhash            integer      NOT NULL,
    graintypehash          integer      NOT NULL,
    serviceid              varchar(150) NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidextensionstring varchar(512) NOT NULL,
    version                integer      NOT NULL,
    payloadbinary          bytea        NULL,
    modifiedon             timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (grainidhash, graintypehash, serviceid, grainidn0, grainidn1, graintypestring, grainidextensionstring)
);

-- Reminders. grainhash is the grain's uniform hash stored as a signed 32-bit value; the reminder service asks for
-- ring ranges (BeginHash, EndHash] in that signed order. period is in milliseconds. version is the ETag.
CREATE TABLE orleansreminders (
    serviceid    varchar(150) NOT NULL,
    grainid      varchar(768) NOT NULL,
    remindername varchar(150) NOT NULL,
    starttime    timestamptz  NOT NULL,
    period       bigint       NOT NULL,
    grainhash    integer      NOT NULL,
    version      integer      NOT NULL,
    PRIMARY KEY (serviceid, grainid, remindername)
);

CREATE INDEX ix_orleansreminders_range ON orleansreminders (serviceid, grainhash);

-- Cluster membership. Orleans keys a cluster by its ClusterId, which the provider binds as @DeploymentId.
-- The version row is the table's ETag: every insert or update of a member must name the current version and
-- bumps it in the same statement, so two silos cannot both win a membership change.
CREATE TABLE orleansmembershipversion (
    deploymentid varchar(150) NOT NULL PRIMARY KEY,
    changedon    timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0
);

CREATE TABLE orleansmembership (
    deploymentid varchar(150)  NOT NULL REFERENCES orleansmembershipversion (deploymentid) ON DELETE CASCADE,
    address      varchar(45)   NOT NULL,
    port         integer       NOT NULL,
    generation   integer       NOT NULL,
    siloname     varchar(150)  NULL,
    hostname     varchar(150)  NULL,
    status       integer       NOT NULL,
    proxyport    integer       NOT NULL,
    suspecttimes varchar(8000) NULL,
    starttime    timestamptz   NOT NULL,
    iamalivetime timestamptz   NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $q$
SELECT payloadbinary AS "PayloadBinary", version AS "Version"
FROM orleansstorage
WHERE grainidhash = @GrainIdHash
  AND graintypehash = @GrainTypeHash
  AND serviceid = @ServiceId
  AND grainidn0 = @GrainIdN0
  AND grainidn1 = @GrainIdN1
  AND graintypestring = @GrainTypeString
  AND grainidextensionstring = coalesce(@GrainIdExtensionString, '');
$q$),

-- Exactly one branch can change a row: the UPDATE when the caller holds an ETag, the INSERT when it holds none.
-- Either returns the new version; a stale or missing ETag returns no row, which the provider turns into
-- InconsistentStateException. A concurrent first write of the same grain loses on the primary key.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleansstorage
    SET payloadbinary = @PayloadBinary, version = version + 1, modifiedon = now()
    WHERE @GrainStateVersion IS NOT NULL
      AND grainidhash = @GrainIdHash
      AND graintypehash = @GrainTypeHash
      AND serviceid = @ServiceId
      AND grainidn0 = @GrainIdN0
      AND grainidn1 = @GrainIdN1
      AND graintypestring = @GrainTypeString
      AND grainidextensionstring = coalesce(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version
), inserted AS (
    INSERT INTO orleansstorage (grainidhash, graintypehash, serviceid, grainidn0, grainidn1, graintypestring,
                                grainidextensionstring, version, payloadbinary)
    SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1, @GrainTypeString,
           coalesce(@GrainIdExtensionString, ''), 1, @PayloadBinary
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted;
$q$),

('ClearStorageKey', $q$
UPDATE orleansstorage
SET payloadbinary = NULL, version = version + 1, modifiedon = now()
WHERE grainidhash = @GrainIdHash
  AND graintypehash = @GrainTypeHash
  AND serviceid = @ServiceId
  AND grainidn0 = @GrainIdN0
  AND grainidn1 = @GrainIdN1
  AND graintypestring = @GrainTypeString
  AND grainidextensionstring = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version AS "Version";
$q$),

-- Used only with DeleteStateOnClear = true: removes the row. Returns a value unequal to the old ETag on success.
('DeleteStorageKey', $q$
DELETE FROM orleansstorage
WHERE grainidhash = @GrainIdHash
  AND graintypehash = @GrainTypeHash
  AND serviceid = @ServiceId
  AND grainidn0 = @GrainIdN0
  AND grainidn1 = @GrainIdN1
  AND graintypestring = @GrainTypeString
  AND grainidextensionstring = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version + 1 AS "Version";
$q$),

('UpsertReminderRowKey', $q$
INSERT INTO orleansreminders (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
SET starttime = excluded.starttime,
    period = excluded.period,
    grainhash = excluded.grainhash,
    version = orleansreminders.version + 1
RETURNING version AS "Version";
$q$),

('ReadReminderRowsKey', $q$
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime", period AS "Period", version AS "Version"
FROM orleansreminders
WHERE serviceid = @ServiceId AND grainid = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime", period AS "Period", version AS "Version"
FROM orleansreminders
WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName;
$q$),

-- (BeginHash, EndHash] when BeginHash < EndHash in signed order.
('ReadRangeRows1Key', $q$
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime", period AS "Period", version AS "Version"
FROM orleansreminders
WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash;
$q$),

-- The range wraps around the ring (or is the whole ring when BeginHash = EndHash).
('ReadRangeRows2Key', $q$
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime", period AS "Period", version AS "Version"
FROM orleansreminders
WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash);
$q$),

-- The provider expects one row with one boolean column: whether the row with that ETag was deleted.
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM orleansreminders
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName AND version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM deleted) AS "Deleted";
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleansreminders WHERE serviceid = @ServiceId;
$q$),

-- Membership. Reads return the version row even when the cluster has no member yet (all member columns NULL).
('MembershipReadAllKey', $q$
SELECT v.deploymentid AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.siloname AS "SiloName", m.hostname AS "HostName", m.status AS "Status", m.proxyport AS "ProxyPort",
       m.suspecttimes AS "SuspectTimes", m.starttime AS "StartTime", m.iamalivetime AS "IAmAliveTime",
       v.version AS "Version"
FROM orleansmembershipversion v
LEFT JOIN orleansmembership m ON m.deploymentid = v.deploymentid
WHERE v.deploymentid = @DeploymentId;
$q$),

('MembershipReadRowKey', $q$
SELECT v.deploymentid AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.siloname AS "SiloName", m.hostname AS "HostName", m.status AS "Status", m.proxyport AS "ProxyPort",
       m.suspecttimes AS "SuspectTimes", m.starttime AS "StartTime", m.iamalivetime AS "IAmAliveTime",
       v.version AS "Version"
FROM orleansmembershipversion v
LEFT JOIN orleansmembership m
       ON m.deploymentid = v.deploymentid AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deploymentid = @DeploymentId;
$q$),

('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO orleansmembershipversion (deploymentid) VALUES (@DeploymentId)
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS "Inserted";
$q$),

-- The version bump comes first: its row lock makes a concurrent change wait, re-check the version and fail.
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE orleansmembershipversion
    SET version = version + 1, changedon = now()
    WHERE deploymentid = @DeploymentId AND version = @Version
    RETURNING deploymentid
), inserted AS (
    INSERT INTO orleansmembership (deploymentid, address, port, generation, siloname, hostname, status, proxyport,
                                   starttime, iamalivetime)
    SELECT bumped.deploymentid, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
           @StartTime, @IAmAliveTime
    FROM bumped
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS "Inserted";
$q$),

('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE orleansmembershipversion
    SET version = version + 1, changedon = now()
    WHERE deploymentid = @DeploymentId AND version = @Version
    RETURNING deploymentid
), updated AS (
    UPDATE orleansmembership m
    SET status = @Status, suspecttimes = @SuspectTimes, iamalivetime = @IAmAliveTime
    FROM bumped
    WHERE m.deploymentid = bumped.deploymentid
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM updated) AS "Updated";
$q$),

('UpdateIAmAlivetimeKey', $q$
UPDATE orleansmembership
SET iamalivetime = @IAmAliveTime
WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;
$q$),

('GatewaysQueryKey', $q$
SELECT address AS "Address", proxyport AS "ProxyPort", generation AS "Generation"
FROM orleansmembership
WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0;
$q$),

-- Dead silos (status 6) whose last heartbeat is older than the cut-off; a live or joining silo is never removed.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleansmembership
WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status = 6;
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleansmembershipversion WHERE deploymentid = @DeploymentId;
$q$);
