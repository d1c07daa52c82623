//! The types and rules of runwell, with no input or output of their own.
//!
//! Everything a runner's data is made of lives here: units that carry their unit in the name
//! ([`DistanceM`], [`DurationS`]), scores checked on construction ([`PainScore`], [`Rpe`]), local
//! calendar days in the runner's IANA time zone ([`LocalDay`], [`RunnerZone`]), the runner's
//! [`Profile`], and the hip programme itself ([`programme::Programme`]: movements, dosage
//! ladders, routines, pages, sources and gear).
//!
//! This crate is pure: it never reads a file, the network or the clock. "Today" and the time
//! zone are always arguments, which is what makes every rule testable as a table. It must not
//! depend on any other runwell crate, nor on anything that does IO.

pub mod adherence;
pub mod advice;
pub mod cadence;
mod calendar;
pub mod cap;
mod days;
pub mod diary;
pub mod distance_unit;
mod error;
pub mod evidence;
mod light;
pub mod load;
pub mod pain;
pub mod plan;
pub mod plausible;
mod profile;
pub mod programme;
pub mod progression;
mod reason;
mod run;
pub mod session;
pub mod shoes;
mod stats;
pub mod streams;
pub mod surfaces;
pub mod text;
mod thresholds;
pub mod trend;
pub mod triage;
mod units;

pub use calendar::{LocalDay, MONTH_NAMES, MONTHS, RunnerZone, Weekday, WeekdaySet};
pub use distance_unit::DistanceUnit;
pub use error::DomainError;
pub use light::Light;
pub use profile::{Profile, ProfileWarning, Sex, ShoeThresholds};
pub use reason::{Badge, Reason};
pub use run::{Sport, Surface};
pub use text::{Arg, Text};
pub use thresholds::Thresholds;
pub use units::{DistanceM, DurationS, HeartRate, PainScore, Rpe};
