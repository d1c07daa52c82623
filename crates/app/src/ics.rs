//! The plan as an iCalendar file (RFC 5545) for the runner's own calendar app.
//!
//! One all-day event per run day (the warm-up before and the cool-down after, with their
//! movements and doses) and one per strength day. All-day dates (`DTSTART;VALUE=DATE`) need no
//! time zone, so the file carries no VTIMEZONE — `icalendar` writes none — and a day stays the
//! runner's day wherever the calendar app is. Each UID is made from the kind and the date
//! (`strength-2026-11-24@runwell.local`), so importing a newer file updates the events instead
//! of adding copies. DTSTAMP is passed in: the same inputs give the same bytes.
//!
//! The doses are those at the runner's levels when the file is made; the description says so,
//! because levels move on (PROG-2) while an exported calendar does not.
//!
//! Each event carries a display alarm (VALARM) some minutes before its day begins: an hour by
//! default, which for an all-day event is 23:00 the evening before, a reminder to plan the day.

use icalendar::{Calendar, Component as _, Event, Property};
use runwell_domain::LocalDay;
use runwell_domain::plan::PlannedDay;
use runwell_domain::programme::{RoutineDose, RoutineKind};

/// The domain part of every UID: events are runwell's, made on the runner's machine.
const UID_DOMAIN: &str = "runwell.local";
const PRODID: &str = "-//runwell//runwell plan//EN";

/// The weeks a calendar file holds unless asked otherwise, the same from the CLI and the web.
pub const ICS_WEEKS: u32 = 12;
/// Minutes before each day's start its alarm goes off, unless asked otherwise.
pub const ICS_ALARM_MINUTES: u32 = 60;
/// The earliest an alarm may be set: a week before.
pub(crate) const ICS_ALARM_MAX_MINUTES: u32 = 7 * 24 * 60;

/// The two kinds of day that get an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayKind {
    Run,
    Strength,
}

impl DayKind {
    fn id(self) -> &'static str {
        match self {
            DayKind::Run => "run",
            DayKind::Strength => "strength",
        }
    }
}

/// The stable UID of a planned day's event.
pub(crate) fn uid(kind: DayKind, day: LocalDay) -> String {
    format!("{}-{day}@{UID_DOMAIN}", kind.id())
}

/// The calendar for `plan`, describing each routine from `doses` (a routine missing there is
/// named without its movements). `dtstamp_utc_s` is the moment the file is made, in UTC epoch
/// seconds as the store keeps instants. Lines end in CRLF and are folded at 75 octets.
/// `alarm_minutes` before each day starts, a display alarm goes off (none for `None`).
pub(crate) fn plan_calendar(
    plan: &[PlannedDay],
    doses: &[RoutineDose],
    dtstamp_utc_s: i64,
    alarm_minutes: Option<u32>,
) -> String {
    let stamp = utc_stamp(dtstamp_utc_s);
    let made_on = &stamp[..8];
    let footer = format!(
        "Doses at your levels on {}-{}-{}; runwell routine shows today's. Made by runwell.",
        &made_on[..4],
        &made_on[4..6],
        &made_on[6..]
    );

    let mut calendar = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("X-WR-CALNAME", "runwell"),
    ] {
        calendar.append_property(Property::new(key, value));
    }
    for day in plan {
        if day.run {
            let description = [
                routine_text("Before the run: ", RoutineKind::Warmup, doses, ""),
                routine_text("After the run: ", RoutineKind::Cooldown, doses, ""),
                footer.clone(),
            ]
            .join("\n\n");
            let summary = "Run: warm-up before, cool-down after";
            calendar.push(event(DayKind::Run, day.day, summary, &description, &stamp));
        }
        if day.has(RoutineKind::Strength) {
            let often = ", 2–3 times a week on non-consecutive days (PROG-1)";
            let description =
                [routine_text("", RoutineKind::Strength, doses, often), footer.clone()]
                    .join("\n\n");
            let summary = "Hip strength session";
            calendar.push(event(DayKind::Strength, day.day, summary, &description, &stamp));
        }
    }
    let text = calendar.to_string();
    match alarm_minutes {
        Some(minutes) => text.replace("END:VEVENT\r\n", &(alarm_block(minutes) + "END:VEVENT\r\n")),
        None => text,
    }
}

fn event(kind: DayKind, day: LocalDay, summary: &str, description: &str, stamp: &str) -> Event {
    Event::new()
        .uid(&uid(kind, day))
        .summary(summary)
        .description(description)
        .append_property(Property::new("DTSTAMP", stamp))
        .append_property(date_property("DTSTART", day))
        // The day after: RFC 5545's end of an all-day event is exclusive.
        .append_property(date_property("DTEND", day.plus_days(1)))
        // An exercise reminder should not mark the runner busy all day.
        .append_property(Property::new("TRANSP", "TRANSPARENT"))
        .done()
}

/// A display alarm `minutes` before its event starts. Written as text rather than through
/// `icalendar`'s `Alarm`, which adds a random UID and the clock's DTSTAMP to every alarm: the
/// same inputs must give the same bytes.
fn alarm_block(minutes: u32) -> String {
    format!(
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT{minutes}M\r\n\
         DESCRIPTION:runwell: the routines of the day\r\nEND:VALARM\r\n"
    )
}

fn date_property(key: &str, day: LocalDay) -> Property {
    Property::new(key, day.to_string().replace('-', "")).add_parameter("VALUE", "DATE").done()
}

/// "Before the run: Warm-up, about 8 min." and one line per movement with its dose and level.
fn routine_text(prefix: &str, kind: RoutineKind, doses: &[RoutineDose], suffix: &str) -> String {
    let Some(dose) = doses.iter().find(|d| d.id == kind) else {
        return format!("{prefix}the {kind} routine{suffix}.");
    };
    let minutes = dose.about_minutes();
    let mut text = format!("{prefix}{}, about {minutes} min{suffix}.", dose.name);
    for item in &dose.items {
        text.push_str(&format!(
            "\n- {}: {} (level {} of {})",
            item.name, item.dose_text, item.level, item.top_level
        ));
    }
    text
}

/// `YYYYMMDDTHHMMSSZ` for UTC epoch seconds (RFC 5545's UTC DATE-TIME form).
fn utc_stamp(epoch_s: i64) -> String {
    let (days, secs) = (epoch_s.div_euclid(86_400), epoch_s.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z", secs / 3600, secs / 60 % 60, secs % 60)
}

/// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's
/// `civil_from_days`), so this module needs no time crate of its own.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use runwell_domain::WeekdaySet;
    use runwell_domain::plan::plan;

    use super::*;

    /// 2026-11-26T08:30:00Z.
    const STAMP: i64 = 1_795_681_800;

    fn day(text: &str) -> LocalDay {
        LocalDay::parse(text).unwrap()
    }

    fn calendar() -> String {
        let programme = runwell_content::embedded().unwrap();
        let doses: Vec<RoutineDose> = RoutineKind::ALL
            .iter()
            .map(|&kind| {
                programme.routine_dose(kind, |m| if m.id == "clamshell" { 2 } else { 1 }).unwrap()
            })
            .collect();
        let days = plan(
            WeekdaySet::parse("mon,thu,sat").unwrap(),
            WeekdaySet::parse("tue,thu").unwrap(),
            day("2026-11-23"),
            1,
        );
        plan_calendar(&days, &doses, STAMP, Some(ICS_ALARM_MINUTES))
    }

    #[test]
    fn the_file_reads_as_the_runner_sees_it() {
        let text = calendar();
        // Every line ends in CRLF and fits 75 octets (RFC 5545 §3.1).
        assert!(text.ends_with("\r\n"));
        for line in text.split("\r\n") {
            assert!(!line.contains('\n'), "bare LF in {line:?}");
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        insta::assert_snapshot!(text.replace("\r\n", "\n"));
    }

    #[test]
    fn it_parses_back_with_one_event_per_run_and_strength_day() {
        let text = calendar();
        let unfolded = icalendar::parser::unfold(&text);
        let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
        let events: Vec<_> = parsed.components.iter().filter(|c| c.name == "VEVENT").collect();
        // Runs Mon, Thu, Sat; strength Tue, Thu: Thursday has both.
        assert_eq!(events.len(), 5);
        assert!(parsed.components.iter().all(|c| c.name != "VTIMEZONE"));
        let value = |c: &icalendar::parser::Component<'_>, key: &str| {
            c.find_prop(key).map(|p| p.val.as_str().to_owned()).unwrap_or_default()
        };
        let uids: Vec<String> = events.iter().map(|e| value(e, "UID")).collect();
        assert_eq!(
            uids,
            [
                "run-2026-11-23@runwell.local",
                "strength-2026-11-24@runwell.local",
                "run-2026-11-26@runwell.local",
                "strength-2026-11-26@runwell.local",
                "run-2026-11-28@runwell.local",
            ]
        );
        assert_eq!(uids.iter().collect::<BTreeSet<_>>().len(), uids.len());
        let first = events[0];
        assert_eq!(value(first, "DTSTART"), "20261123");
        assert_eq!(value(first, "DTEND"), "20261124");
        assert_eq!(value(first, "DTSTAMP"), "20261126T083000Z");
        assert!(first.find_prop("DTSTART").unwrap().params.iter().any(|p| p.key == "VALUE"));
        assert!(value(first, "DESCRIPTION").contains("Leg swings"));
        assert!(value(events[1], "DESCRIPTION").contains("Clamshell"));
        // Every event has its alarm, an hour before its day starts.
        for e in &events {
            let alarms: Vec<_> = e.components.iter().filter(|c| c.name == "VALARM").collect();
            assert_eq!(alarms.len(), 1, "{}", value(e, "UID"));
            assert_eq!(value(alarms[0], "TRIGGER"), "-PT60M");
            assert_eq!(value(alarms[0], "ACTION"), "DISPLAY");
        }
        assert_eq!(
            parsed.properties.iter().find(|p| p.name == "PRODID").unwrap().val.as_str(),
            PRODID
        );
    }

    #[test]
    fn uids_are_stable_across_generations() {
        let uids = |text: &str| -> Vec<String> {
            text.split("\r\n").filter_map(|l| l.strip_prefix("UID:")).map(str::to_owned).collect()
        };
        // Same inputs, same bytes; a later stamp changes only DTSTAMP and the footer's date.
        assert_eq!(calendar(), calendar());
        let programme = runwell_content::embedded().unwrap();
        let doses = vec![programme.routine_dose(RoutineKind::Strength, |_| 3).unwrap()];
        let days = plan(
            WeekdaySet::default(),
            WeekdaySet::parse("tue,thu").unwrap(),
            day("2026-11-23"),
            2,
        );
        let a = plan_calendar(&days, &doses, STAMP, None);
        let b = plan_calendar(&days, &doses, STAMP + 86_400 * 3, None);
        assert_eq!(uids(&a), uids(&b));
        assert_eq!(uids(&a).len(), 4);
        assert_ne!(a, b);
        // A routine missing from the doses is still named.
        let bare = plan_calendar(
            &plan(WeekdaySet::parse("mon").unwrap(), WeekdaySet::default(), day("2026-11-23"), 1),
            &[],
            STAMP,
            Some(30),
        );
        assert!(bare.contains("TRIGGER:-PT30M"), "{bare}");
        assert!(!a.contains("VALARM"), "no alarm asked for");
        assert!(
            icalendar::parser::unfold(&bare).contains("Before the run: the warmup routine."),
            "{bare}"
        );
    }

    #[test]
    fn utc_stamps_are_rfc_5545_date_times() {
        let check =
            |epoch_s: i64, expected: &str| assert_eq!(utc_stamp(epoch_s), expected, "{epoch_s}");
        check(0, "19700101T000000Z");
        check(-1, "19691231T235959Z");
        check(951_782_400, "20000229T000000Z");
        check(STAMP, "20261126T083000Z");
        check(4_102_444_799, "20991231T235959Z");
    }
}
