-- CertEngine storage schema, migration 0020 (SQLite, embedded mode): the results of a date range with their candidate and
-- track in the index (issue 19, reports to the authority). A results export by exam dates counts and reads the distinct
-- (ID number, track) pairs of the results in the range; with 0012's index on the date alone each of those results was
-- looked up in the table by its fact id (100,000 lookups for a programme-sized year). This index covers the read. (IF NOT
-- EXISTS: tests that take a store back to an older schema re-apply the later migrations over what they left.)
CREATE INDEX IF NOT EXISTS CertEngineComponentResultsExamDateKeys ON CertEngineComponentResults (ExamDate, IdNumber, TrackKey);
