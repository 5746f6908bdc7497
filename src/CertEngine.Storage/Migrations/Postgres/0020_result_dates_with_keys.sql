-- CertEngine storage schema, migration 0020 (PostgreSQL, cluster mode): the results of a date range with their candidate
-- and track in the index (issue 19, reports to the authority). A results export by exam dates counts and reads the
-- distinct (ID number, track) pairs of the results in the range; with 0012's index on the date alone each of those results
-- was read from the table. This index lets the read be an index-only scan. (IF NOT EXISTS: tests that take a store back
-- to an older schema re-apply the later migrations over what they left.)
CREATE INDEX IF NOT EXISTS certenginecomponentresultsexamdatekeys ON certenginecomponentresults (examdate, idnumber, trackkey);
