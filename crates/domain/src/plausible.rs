//! What an activity's numbers and days may plausibly be, wherever they come from: the same rules
//! for an imported file as for a run typed by hand. A value outside them is not a run but damage
//! or a hostile file (a TCX claiming 1e300 m, a start in the year 9999), and is refused at the
//! edge with a message that says what is allowed, before it can reach a rule or a chart.
//!
//! Pure like the rest of the crate: "today" is an argument.

use crate::{DistanceM, DomainError, DurationS, LocalDay};

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
