-- Placeholder on branch wip16/programme only: keeps the version numbers contiguous until the migrations 0010 of the
-- other issue-19 branches are merged. Drop this file when merging (theirs takes the number).
SELECT 1;
