-- A run's cadence as the median over its moving, running stretches (CAD-1), computed from its
-- samples at import; `avg_cadence_spm` keeps the device's own average beside it.
ALTER TABLE runs ADD COLUMN cadence_median_spm REAL;
