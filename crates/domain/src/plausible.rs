//! What an activity's numbers and days may plausibly be, wherever they come from: the same rules
//! for an imported file as for a run typed by hand. A value outside them is not a run but damage
//! or a hostile file (a TCX claiming 1e300 m, a start in the year 9999), and is refused at the
//! edge with a message that says what is allowed, before it can reach a rule or a chart.
//!
//! A run typed by hand is held to tighter bounds as well ([`entered_run`]): values a typo gives
//! (800 km for 8.00, "45" for 45:00) but a real run could still have, which the runner may keep
//! once she confirms them.
//!
//! Pure like the rest of the crate: "today" is an argument.

use crate::text::{Arg, Text};
use crate::{DistanceM, DistanceUnit, DomainError, DurationS, LocalDay, Sport};

/// The earliest year an activity may be in: consumer GPS recorders start here, and FIT's clock
/// starts at the end of 1989.
pub const EARLIEST_YEAR: i16 = 1990;
/// How many years after today's an activity may be in: a device clock a little ahead at New
/// Year, a time zone east of the runner's.
pub const YEARS_AHEAD: i16 = 1;
/// The longest distance one activity may cover (m): 1,000 km, beyond the longest multi-day
/// event a runner records as one activity.
pub const MAX_DISTANCE_M: f64 = 1_000_000.0;
/// The longest one activity may last (s): 14 days.
pub const MAX_DURATION_S: f64 = 14.0 * 86_400.0;
/// The most climbing or descending one activity may have (m): 100 km, more than eleven times
/// Everest's height.
pub const MAX_CLIMB_M: f64 = 100_000.0;

/// The fastest pace a run typed by hand may have without a confirmation (s/km): 2:00 /km, faster
/// than any world record over any distance a runner logs.
pub const ENTRY_FASTEST_PACE_S_PER_KM: f64 = 120.0;
/// The slowest (s/km): 30:00 /km, slower than walking.
pub const ENTRY_SLOWEST_PACE_S_PER_KM: f64 = 1800.0;
/// The longest distance a run typed by hand may have without a confirmation (m): 300 km.
pub const ENTRY_MAX_DISTANCE_M: f64 = 300_000.0;
/// The longest it may last (s): 48 hours.
pub const ENTRY_MAX_DURATION_S: f64 = 48.0 * 3600.0;

/// A value of a run typed by hand that looks wrong, with the field it belongs to and a message
/// that says what looks wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Doubt {
    /// `distance_km` or `duration`.
    pub field: &'static str,
    /// In English.
    pub message: String,
    /// The same, for a page in the runner's language (`forms.ftl`).
    pub text: Text,
}

/// What looks wrong about a run typed by hand: a distance over 300 km, a duration over 48 hours,
/// or, for running, a pace outside 2:00–30:00 /km (each bound itself allowed). Empty when
/// nothing does. The messages speak `unit`, the one the runner typed the distance in.
pub fn entered_run(
    sport: Sport,
    distance: DistanceM,
    duration: DurationS,
    unit: DistanceUnit,
) -> Vec<Doubt> {
    let mut doubts = Vec::new();
    let km = distance.get() / 1000.0;
    if distance.get() > ENTRY_MAX_DISTANCE_M {
        doubts.push(Doubt {
            field: "distance_km",
            message: format!(
                "{} is more than one run covers ({} at most): check the distance, which is in \
                 {}",
                unit.short(distance.get()),
                unit.whole(ENTRY_MAX_DISTANCE_M),
                unit.plural()
            ),
            text: Text::new("form-doubt-too-far")
                .with("distance", Arg::Distance(distance.get(), unit))
                .with("most", Arg::WholeDistance(ENTRY_MAX_DISTANCE_M, unit))
                .with("unit", Arg::Verbatim(unit.id().to_owned())),
        });
    }
    if duration.get() > ENTRY_MAX_DURATION_S {
        doubts.push(Doubt {
            field: "duration",
            message: format!(
                "{duration} is more than 48 hours: check the time, e.g. 45:00 for 45 minutes or \
                 1:05:00 for an hour and five minutes"
            ),
            text: Text::new("form-doubt-too-long")
                .with("time", Arg::Verbatim(duration.to_string())),
        });
    }
    if sport.is_running() && distance.get() > 0.0 {
        let pace = duration.get() / km;
        // A pace per the runner's unit, as a watch shows it.
        let per_unit = |s_per_km: f64| {
            let shown = DurationS::new(s_per_km * unit.metres() / 1000.0);
            format!("{} /{}", shown.map(|p| p.to_string()).unwrap_or_default(), unit.id())
        };
        let what = if pace < ENTRY_FASTEST_PACE_S_PER_KM {
            Some(("faster", ENTRY_FASTEST_PACE_S_PER_KM))
        } else if pace > ENTRY_SLOWEST_PACE_S_PER_KM {
            Some(("slower", ENTRY_SLOWEST_PACE_S_PER_KM))
        } else {
            None
        };
        if let Some((than, bound)) = what {
            let verbatim = |text: String| Arg::Verbatim(text);
            doubts.push(Doubt {
                field: "distance_km",
                message: format!(
                    "{} in {duration} is a pace of {}, {than} than {}: check the distance and \
                     the time",
                    unit.show(distance.get()),
                    per_unit(pace),
                    per_unit(bound)
                ),
                text: Text::new("form-doubt-pace")
                    .with("distance", Arg::Number(distance.get() / unit.metres(), 2))
                    .with("unit", verbatim(unit.id().to_owned()))
                    .with("time", verbatim(duration.to_string()))
                    .with("pace", verbatim(per_unit(pace)))
                    .with("than", verbatim(than.to_owned()))
                    .with("bound", verbatim(per_unit(bound))),
            });
        }
    }
    doubts
}

fn within(
    value: f64,
    most: f64,
    what: &str,
    unit: &str,
    shown_most: &str,
) -> Result<f64, DomainError> {
    if value.is_finite() && (0.0..=most).contains(&value) {
        return Ok(value);
    }
    // 1e300 written out is three hundred digits.
    let shown = if value.abs() < 1e9 { format!("{value}") } else { format!("{value:e}") };
    Err(DomainError::Value(format!(
        "{what} of {shown} {unit} is not plausible for one activity: it must be from 0 to \
         {shown_most}"
    )))
}

/// A distance of one activity, in metres.
pub fn distance_m(value: f64) -> Result<DistanceM, DomainError> {
    within(value, MAX_DISTANCE_M, "a distance", "m", "1,000 km")?;
    DistanceM::new(value)
}

/// A duration of one activity (moving or elapsed), in seconds.
pub fn duration_s(value: f64) -> Result<DurationS, DomainError> {
    within(value, MAX_DURATION_S, "a duration", "s", "14 days")?;
    DurationS::new(value)
}

/// An ascent or descent of one activity, in metres.
pub fn climb_m(value: f64) -> Result<DistanceM, DomainError> {
    within(value, MAX_CLIMB_M, "a climb", "m", "100 km")?;
    DistanceM::new(value)
}

/// The first day an activity may be on.
pub fn first_day() -> LocalDay {
    LocalDay::new(jiff::civil::date(EARLIEST_YEAR, 1, 1))
}

/// The last day an activity may be on, given today.
pub fn last_day(today: LocalDay) -> LocalDay {
    let year = today.date().year().saturating_add(YEARS_AHEAD).min(9999);
    LocalDay::new(jiff::civil::date(year, 12, 31))
}

/// `day`, if it lies from [`first_day`] to [`last_day`].
pub fn day(day: LocalDay, today: LocalDay) -> Result<LocalDay, DomainError> {
    let (first, last) = (first_day(), last_day(today));
    if (first..=last).contains(&day) {
        Ok(day)
    } else {
        Err(DomainError::Value(format!(
            "{day} is not a plausible day for a run: days from {first} to {last} are allowed"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KM: DistanceUnit = DistanceUnit::Km;

    #[test]
    fn a_run_typed_by_hand_is_doubted_outside_its_bounds_and_never_at_them() {
        // (sport, km, seconds, fields doubted)
        let check = |sport: Sport, km: f64, s: f64, fields: &[&str]| {
            let doubts =
                entered_run(sport, DistanceM::from_km(km).unwrap(), DurationS::new(s).unwrap(), KM);
            let found: Vec<_> = doubts.iter().map(|d| d.field).collect();
            assert_eq!(found, fields, "{sport:?} {km} km in {s} s: {doubts:?}");
        };
        check(Sport::Run, 10.0, 1200.0, &[]); // 2:00 /km exactly
        check(Sport::Run, 10.0, 1199.0, &["distance_km"]);
        check(Sport::Run, 1.0, 1800.0, &[]); // 30:00 /km exactly
        check(Sport::Run, 1.0, 1801.0, &["distance_km"]);
        check(Sport::Run, 300.0, 40.0 * 3600.0, &[]); // 300 km exactly
        check(Sport::Run, 300.001, 40.0 * 3600.0, &["distance_km"]);
        check(Sport::Run, 200.0, 48.0 * 3600.0, &[]); // 48 h exactly
        check(Sport::Run, 200.0, 48.0 * 3600.0 + 1.0, &["duration"]);
        check(Sport::Run, 800.0, 2700.0, &["distance_km", "distance_km"]);
        check(Sport::TrailRun, 5.0, 300.0, &["distance_km"]);
        check(Sport::Ride, 40.0, 3600.0, &[]); // a ride has no running pace
        check(Sport::Swim, 0.1, 3600.0, &[]);
        let said = |unit: DistanceUnit| {
            let (distance, time) = (DistanceM::from_km(800.0).unwrap(), DurationS::new(2700.0));
            let doubts = entered_run(Sport::Run, distance, time.unwrap(), unit);
            doubts.into_iter().map(|d| d.message).collect::<Vec<_>>()
        };
        assert_eq!(
            said(KM),
            [
                "800.0 km is more than one run covers (300 km at most): check the distance, \
                 which is in kilometres",
                "800.00 km in 45:00 is a pace of 0:03 /km, faster than 2:00 /km: check the \
                 distance and the time"
            ]
        );
        // A runner who typed miles reads miles: 497.1 mi, at most 186 mi, 3:13 /mi.
        assert_eq!(
            said(DistanceUnit::Mi),
            [
                "497.1 mi is more than one run covers (186 mi at most): check the distance, \
                 which is in miles",
                "497.10 mi in 45:00 is a pace of 0:05 /mi, faster than 3:13 /mi: check the \
                 distance and the time"
            ]
        );
    }

    fn today() -> LocalDay {
        LocalDay::parse("2026-03-14").unwrap()
    }

    #[test]
    fn values_are_judged_at_their_bounds() {
        let check = |f: fn(f64) -> Result<(), DomainError>, value: f64, ok: bool| {
            assert_eq!(f(value).is_ok(), ok, "{value}");
        };
        let distance = |v| distance_m(v).map(drop);
        let duration = |v| duration_s(v).map(drop);
        let climb = |v| climb_m(v).map(drop);
        check(distance, 0.0, true);
        check(distance, 42_195.0, true);
        check(distance, MAX_DISTANCE_M, true);
        check(distance, MAX_DISTANCE_M + 1.0, false);
        check(distance, 1e300, false);
        check(distance, f64::INFINITY, false);
        check(distance, f64::NAN, false);
        check(distance, -1.0, false);
        check(duration, 3600.0, true);
        check(duration, MAX_DURATION_S, true);
        check(duration, MAX_DURATION_S + 1.0, false);
        check(duration, 1e300, false);
        check(climb, 8848.0, true);
        check(climb, 1e9, false);
        let err = distance_m(1e300).unwrap_err().to_string();
        assert!(err.contains("of 1e300 m") && err.contains("from 0 to 1,000 km"), "{err}");
    }

    #[test]
    fn days_run_from_1990_to_the_end_of_next_year() {
        let check = |text: &str, ok: bool| {
            let d = LocalDay::parse(text).unwrap();
            assert_eq!(day(d, today()).is_ok(), ok, "{text}");
        };
        check("1989-12-31", false);
        check("1990-01-01", true);
        check("2026-03-14", true);
        check("2027-12-31", true);
        check("2028-01-01", false);
        check("0001-01-01", false);
        check("9999-12-31", false);
        let err = day(LocalDay::parse("9999-12-31").unwrap(), today()).unwrap_err().to_string();
        assert!(err.contains("from 1990-01-01 to 2027-12-31"), "{err}");
        assert_eq!(last_day(LocalDay::parse("9999-06-01").unwrap()).to_string(), "9999-12-31");
    }
}
