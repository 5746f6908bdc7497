-- Placeholder for migration 0015, which another branch of this session adds: the catalog refuses gaps, and
-- this branch's 0017 needs 0014–0016. DELETE THIS FILE AT MERGE (the real 0015 replaces it).
SELECT 1;
