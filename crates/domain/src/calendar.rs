//! Local calendar days in the runner's own time zone.
//!
//! A run at 23:30 in Copenhagen belongs to that evening's day, not to the next UTC day, and a
//! training week runs Monday to Sunday where the runner lives. Instants are stored in UTC; every
//! grouping by day or week goes through [`RunnerZone`].

use std::fmt;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use crate::DomainError;

/// One calendar day where the runner lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocalDay(Date);

impl LocalDay {
    pub fn new(date: Date) -> Self {
        Self(date)
    }

    /// Parses `YYYY-MM-DD`, refusing days that do not exist (2026-02-30).
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let trimmed = text.trim();
        let well_formed = trimmed.len() == 10
            && trimmed.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !well_formed {
            return Err(DomainError::Date(text.to_owned()));
        }
        // Ten checked digits and dashes: the numbers are read straight off them (the diary is
        // thousands of days, read on every cold command), and jiff refuses a day that does
        // not exist.
        let b = trimmed.as_bytes();
        let number = |from: usize, to: usize| {
            b[from..to].iter().fold(0i16, |n, d| n * 10 + i16::from(d - b'0'))
        };
        let (year, month, day) = (number(0, 4), number(5, 7), number(8, 10));
        i8::try_from(month)
            .ok()
            .zip(i8::try_from(day).ok())
            .and_then(|(month, day)| Date::new(year, month, day).ok())
            .map(Self)
            .ok_or_else(|| DomainError::Date(text.to_owned()))
    }

    pub fn date(self) -> Date {
        self.0
    }

    pub fn weekday(self) -> Weekday {
        Weekday::from_jiff(self.0.weekday())
    }

    /// The day `n` days later (earlier when negative).
    pub fn plus_days(self, n: i32) -> Self {
        // Dates within runwell's range (years 1–9999 less a margin) never overflow.
        Self(self.0.checked_add(jiff::Span::new().days(n)).unwrap_or(self.0))
    }

    /// Whole days from `earlier` to `self` (negative when `earlier` is later).
    pub fn days_since(self, earlier: LocalDay) -> i32 {
        // Day numbers rather than a calendar span: every rule asks this for every entry, and
        // the span arithmetic cost more than the rest of a long trend put together.
        self.day_number() - earlier.day_number()
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
    /// `days_from_civil`), exact for every year runwell allows.
    fn day_number(self) -> i32 {
        let (y, m, d) =
            (i32::from(self.0.year()), i32::from(self.0.month()), i32::from(self.0.day()));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The Monday that starts this day's training week.
    pub fn week_start(self) -> Self {
        let back = i32::from(self.0.weekday().to_monday_zero_offset());
        self.plus_days(-back)
    }

    /// "Sat 28 Nov", as lists and headings show a day (ISO stays in JSON).
    pub fn weekday_date(self) -> String {
        let long = self.weekday().long();
        format!(
            "{} {} {}",
            &long[..3],
            self.0.day(),
            MONTHS[usize::from(self.0.month().unsigned_abs()) - 1]
        )
    }

    /// "Sat 28 Nov 2026", for a day that may lie in another year.
    pub fn weekday_date_year(self) -> String {
        format!("{} {}", self.weekday_date(), self.0.year())
    }

    /// "November 2026", a calendar month's heading.
    pub fn month_title(self) -> String {
        format!("{} {}", MONTH_NAMES[usize::from(self.0.month().unsigned_abs()) - 1], self.0.year())
    }
}

/// The months in English, short and long (runwell-words has the other languages beside them).
pub const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl fmt::Display for LocalDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl TryFrom<String> for LocalDay {
    type Error = DomainError;
    fn try_from(value: String) -> Result<Self, DomainError> {
        Self::parse(&value)
    }
}

impl From<LocalDay> for String {
    fn from(value: LocalDay) -> String {
        value.to_string()
    }
}

impl std::str::FromStr for LocalDay {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, DomainError> {
        Self::parse(s)
    }
}

/// The runner's IANA time zone, kept with its name so that it can be stored and shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RunnerZone {
    name: String,
    tz: TimeZone,
}

impl RunnerZone {
    pub fn new(name: &str) -> Result<Self, DomainError> {
        let name = name.trim();
        // Only real IANA names: a fixed offset such as "+02:00" would get daylight saving wrong.
        if name.is_empty() || name.starts_with(['+', '-']) {
            return Err(DomainError::TimeZone(name.to_owned()));
        }
        let tz = zones().get(name).map_err(|_| DomainError::TimeZone(name.to_owned()))?;
        let name = tz.iana_name().unwrap_or(name).to_owned();
        Ok(Self { name, tz })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn tz(&self) -> &TimeZone {
        &self.tz
    }

    /// The local day on which an instant falls for this runner.
    pub fn day_of(&self, instant: jiff::Timestamp) -> LocalDay {
        LocalDay(self.tz.to_datetime(instant).date())
    }
}

/// The time-zone database runwell resolves zones in: the copy built into the binary, so a zone
/// resolves the same on every machine and no file is read. jiff's default database prefers the
/// system's `/usr/share/zoneinfo`, and walks that whole folder for its list of names the first
/// time it is asked: most of a millisecond, or more on a cold disk, before every cold command.
fn zones() -> &'static jiff::tz::TimeZoneDatabase {
    static ZONES: std::sync::OnceLock<jiff::tz::TimeZoneDatabase> = std::sync::OnceLock::new();
    ZONES.get_or_init(jiff::tz::TimeZoneDatabase::bundled)
}

impl TryFrom<String> for RunnerZone {
    type Error = DomainError;
    fn try_from(value: String) -> Result<Self, DomainError> {
        Self::new(&value)
    }
}

impl From<RunnerZone> for String {
    fn from(value: RunnerZone) -> String {
        value.name
    }
}

/// A day of the week, Monday first as in a training week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// 0 for Monday up to 6 for Sunday.
    pub fn index(self) -> u8 {
        self as u8
    }

    pub fn short(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][usize::from(self.index())]
    }

    pub fn long(self) -> &'static str {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            [usize::from(self.index())]
    }

    /// The day after, Sunday wrapping to Monday.
    pub fn next(self) -> Self {
        Self::ALL[usize::from((self.index() + 1) % 7)]
    }

    fn from_jiff(day: jiff::civil::Weekday) -> Self {
        Self::ALL[usize::from(day.to_monday_zero_offset() as u8)]
    }
}

impl std::str::FromStr for Weekday {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, DomainError> {
        let lower = s.trim().to_ascii_lowercase();
        Weekday::ALL
            .into_iter()
            .find(|d| {
                lower == d.short() || lower == d.long().to_ascii_lowercase() || {
                    // Accept common short forms such as "tues" and "thurs".
                    lower.len() >= 3 && d.long().to_ascii_lowercase().starts_with(&lower)
                }
            })
            .ok_or_else(|| DomainError::Weekday(s.to_owned()))
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.short())
    }
}

/// A set of weekdays, e.g. the days a runner runs or does the strength session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[serde(from = "Vec<Weekday>", into = "Vec<Weekday>")]
pub struct WeekdaySet(u8);

impl WeekdaySet {
    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.index()) != 0
    }

    pub fn insert(&mut self, day: Weekday) {
        self.0 |= 1 << day.index();
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        Weekday::ALL.into_iter().filter(move |d| self.contains(*d))
    }

    /// Pairs of days in the set that follow one another (Sunday then Monday included).
    pub fn consecutive_pairs(self) -> Vec<(Weekday, Weekday)> {
        self.iter().filter(|d| self.contains(d.next())).map(|d| (d, d.next())).collect()
    }

    /// Parses `mon,wed,sat` (spaces allowed; an empty text is the empty set).
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        text.split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(str::parse::<Weekday>)
            .collect::<Result<Vec<_>, _>>()
            .map(Self::from)
    }
}

impl From<Vec<Weekday>> for WeekdaySet {
    fn from(days: Vec<Weekday>) -> Self {
        days.into_iter().collect()
    }
}

impl From<WeekdaySet> for Vec<Weekday> {
    fn from(set: WeekdaySet) -> Self {
        set.iter().collect()
    }
}

impl FromIterator<Weekday> for WeekdaySet {
    fn from_iter<I: IntoIterator<Item = Weekday>>(iter: I) -> Self {
        let mut set = Self::default();
        for day in iter {
            set.insert(day);
        }
        set
    }
}

impl fmt::Display for WeekdaySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Weekday::short).collect();
        f.write_str(&names.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_counts_the_calendar_days_across_leap_years_and_eras() {
        // Against the calendar's own span arithmetic, over every day of several centuries.
        let start = LocalDay::parse("1899-12-25").unwrap();
        let mut day = start;
        for n in 0..(366 * 140) {
            assert_eq!(day.days_since(start), n, "{day}");
            assert_eq!(start.days_since(day), -n, "{day}");
            assert_eq!(day.days_since(start), (day.0 - start.0).get_days(), "{day}");
            day = day.plus_days(1);
        }
        let far =
            |a: &str, b: &str| LocalDay::parse(a).unwrap().days_since(LocalDay::parse(b).unwrap());
        assert_eq!(far("9999-12-31", "0001-01-01"), 3_652_058);
        assert_eq!(far("1970-01-01", "1969-12-31"), 1);
        assert_eq!(far("2000-03-01", "2000-02-28"), 2);
        assert_eq!(far("1900-03-01", "1900-02-28"), 1);
    }

    #[test]
    fn local_days_parse_only_real_dates() {
        let check =
            |input: &str, ok: bool| assert_eq!(LocalDay::parse(input).is_ok(), ok, "{input}");
        check("2026-03-14", true);
        check("2024-02-29", true);
        check("2026-02-29", false);
        check("2026-02-30", false);
        check("2026-13-01", false);
        check("2026-3-14", false);
        check("14/03/2026", false);
        check("", false);
        check("2026-00-10", false);
        check("2026-01-00", false);
        // Read off the digits, a day is what jiff's own reading of it is.
        for year in ["0000", "1900", "2000", "2024", "2026", "9999"] {
            for month in 0..=13 {
                for day in 0..=32 {
                    let text = format!("{year}-{month:02}-{day:02}");
                    let jiff = text.parse::<Date>().ok();
                    assert_eq!(LocalDay::parse(&text).ok().map(LocalDay::date), jiff, "{text}");
                }
            }
        }
    }

    #[test]
    fn week_starts_on_monday() {
        let check = |day: &str, monday: &str| {
            assert_eq!(LocalDay::parse(day).unwrap().week_start().to_string(), monday, "{day}")
        };
        check("2026-11-23", "2026-11-23"); // a Monday
        check("2026-11-26", "2026-11-23");
        check("2026-11-29", "2026-11-23"); // a Sunday
        check("2026-11-30", "2026-11-30");
        check("2027-01-01", "2026-12-28"); // across a year
    }

    #[test]
    fn day_arithmetic() {
        let day = LocalDay::parse("2026-03-01").unwrap();
        assert_eq!(day.plus_days(-1).to_string(), "2026-02-28");
        assert_eq!(day.plus_days(30).days_since(day), 30);
        assert_eq!(day.weekday(), Weekday::Sun);
    }

    #[test]
    fn a_late_run_belongs_to_the_runners_own_day() {
        let zone = RunnerZone::new("Europe/Copenhagen").unwrap();
        // 22:30 UTC on 2026-07-01 is 00:30 on 2 July in Copenhagen (CEST, UTC+2).
        let instant: jiff::Timestamp = "2026-07-01T22:30:00Z".parse().unwrap();
        assert_eq!(zone.day_of(instant).to_string(), "2026-07-02");
        let ny = RunnerZone::new("America/New_York").unwrap();
        assert_eq!(ny.day_of(instant).to_string(), "2026-07-01");
    }

    #[test]
    fn time_zones_must_be_iana_names() {
        assert!(RunnerZone::new("Europe/Copenhagen").is_ok());
        assert!(RunnerZone::new("Mars/Olympus_Mons").is_err());
        assert!(RunnerZone::new("+02:00").is_err());
        assert!(RunnerZone::new("").is_err());
        let err = RunnerZone::new("Europe/Copenhagn").unwrap_err().to_string();
        assert!(err.contains("Europe/London"), "{err}");
    }

    #[test]
    fn days_read_as_people_write_them() {
        let check = |iso: &str, short: &str, long: &str, month: &str| {
            let d = LocalDay::parse(iso).unwrap();
            assert_eq!((d.weekday_date().as_str(), d.weekday_date_year().as_str()), (short, long));
            assert_eq!(d.month_title(), month);
        };
        check("2026-11-28", "Sat 28 Nov", "Sat 28 Nov 2026", "November 2026");
        check("2015-08-15", "Sat 15 Aug", "Sat 15 Aug 2015", "August 2015");
        check("2027-01-04", "Mon 4 Jan", "Mon 4 Jan 2027", "January 2027");
    }

    #[test]
    fn weekday_sets_parse_and_find_consecutive_days() {
        let set = WeekdaySet::parse("mon, wed,Sat").unwrap();
        assert_eq!(set.to_string(), "mon,wed,sat");
        assert_eq!(set.len(), 3);
        assert!(set.consecutive_pairs().is_empty());
        let wrap = WeekdaySet::parse("sun,mon").unwrap();
        assert_eq!(wrap.consecutive_pairs(), vec![(Weekday::Sun, Weekday::Mon)]);
        assert_eq!(WeekdaySet::parse("tuesday,thurs").unwrap().to_string(), "tue,thu");
        assert!(WeekdaySet::parse("mon,funday").is_err());
        assert!(WeekdaySet::parse("").unwrap().is_empty());
    }
}
