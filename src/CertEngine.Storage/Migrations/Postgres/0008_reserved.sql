-- Placeholder for version 8, taken by another branch of issue 16 (versions must run 1, 2, 3 … without gaps).
-- Drop this file when that branch's 0008 is merged.
SELECT 1;
