-- CertEngine storage schema, version 14: reserved for the supervision records (issue 20, item 4) being built alongside.
-- This placeholder only keeps the numbering without a gap on a branch that has 0015 before that one is merged; when both
-- are merged, the real 0014 replaces this file.
SELECT 1;
