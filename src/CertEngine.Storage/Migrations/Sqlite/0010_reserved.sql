-- Placeholder for version 10, taken by another branch of issue 19 (versions must run 1, 2, 3 … without gaps).
-- Drop this file when that branch's 0010 is merged.
SELECT 1;
