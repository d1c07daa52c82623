//! The small settings runwell keeps beside the runner's records, by key.

/// The runner's longest recent run in km, asked for while history is short (SPIKE-1) or there
/// is no basis for a distance (DATA-5).
pub(crate) const RECENT_LONGEST_KM: &str = "recent_longest_km";
/// The local day it was given on: after a break, only a fresh answer is a basis (DATA-5).
pub(crate) const RECENT_LONGEST_DAY: &str = "recent_longest_day";
/// The surface given to runs that do not tell their own.
pub(crate) const DEFAULT_SURFACE: &str = "default_surface";
/// The unit distances are shown and typed in: `km` or `mi` (everything stored stays metric).
pub(crate) const DISTANCE_UNIT: &str = "distance_unit";
/// The language the runner chose (`en`, `da`, `sv`); empty or absent, the browser's or the
/// terminal's language decides.
pub(crate) const LANGUAGE: &str = "language";
