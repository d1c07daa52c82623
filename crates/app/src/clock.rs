//! The clock, read in one place: "today" is an argument everywhere else.

use runwell_domain::{LocalDay, Profile};

/// The runner's local calendar day now. The one place runwell reads the clock for advice.
pub fn local_today(profile: &Profile) -> LocalDay {
    profile.time_zone.day_of(jiff::Timestamp::now())
}

/// Today in UTC, for the plausibility of a day whose bound is a whole year ahead (an imported
/// activity, a page's `?today=`), where the runner's own zone does not matter.
pub fn utc_today() -> LocalDay {
    LocalDay::new(jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date())
}
