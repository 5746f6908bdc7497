-- Placeholder for the migration number 0015 that another branch of the same session uses (the catalog refuses gaps).
-- DELETE THIS FILE AT MERGE: it exists only so that branch wip17/reports, whose migration is 0016, builds and tests alone.
SELECT 1;
