-- Placeholder for migration 0014, which another branch of this session adds: the catalog refuses gaps, and
-- this branch's 0017 needs 0014–0016. DELETE THIS FILE AT MERGE (the real 0014 replaces it).
SELECT 1;
