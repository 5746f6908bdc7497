-- Placeholder so that migration 0020 (issue 20) runs on this branch alone: the lead's merge replaces it with the real
-- migration 0019 of another branch. Does nothing.
SELECT 1;
