//! Turning a FIT file's collected messages into activities: one per session, or one from the
//! records when the file has no session.

use jiff::Timestamp;
use runwell_domain::Sport;
use runwell_domain::streams::{LatLon, Sample, Streams};

use super::collect::{Collected, Rec, Session};
use super::names;
use crate::activity::{Activity, SourceFormat};
use crate::summary::{Summary, per_leg_factor};
use crate::text::Warnings;

/// FIT counts seconds from 1989-12-31T00:00:00Z.
const FIT_EPOCH_UNIX_S: i64 = 631_065_600;
/// Below this, a FIT time counts seconds since the device was switched on, not since the epoch.
const FIT_ABSOLUTE_MIN: u32 = 0x1000_0000;
/// Records further than this from the file's median time are damage, not data (s).
const MAX_DISTANCE_FROM_MEDIAN_S: u32 = 7 * 86_400;
/// The largest UTC offset in use (Kiribati), in seconds.
const MAX_UTC_OFFSET_S: i64 = 14 * 3600;

pub(super) fn activities(
    mut c: Collected,
    partial: bool,
    warnings: &mut Warnings,
) -> Vec<Activity> {
    let utc_offset_s = settle_clock(&mut c, warnings);
    c.records.sort_by_key(|r| r.t);
    drop_outliers(&mut c.records, warnings);
    let heart_rates = std::mem::take(&mut c.heart_rates);
    if heart_rates.skipped_messages > 0 {
        warnings.push(format!(
            "{} heart-rate messages could not be placed in time and were left out",
            heart_rates.skipped_messages
        ));
    }
    if !heart_rates.is_empty() {
        heart_rates.merge_into(&mut c.records, |r| f64::from(r.t), |r, bpm| r.hr = Some(bpm));
    }
    let device = {
        let (maker, product, name) = c.device.clone().unwrap_or_default();
        let words = match maker {
            Some(_) => names::device(maker, product, name.as_deref()),
            None => c.creator.as_ref().and_then(|(m, p, n)| names::device(*m, *p, n.as_deref())),
        };
        words.and_then(|w| warnings.text(&w))
    };
    let mut sessions = c.sessions.clone();
    sessions.dedup();
    sessions.sort_by_key(|s| s.start.unwrap_or(u32::MAX));
    let mut out = Vec::new();
    if sessions.is_empty() {
        out.extend(without_session(&c, partial, warnings));
    } else {
        for (i, session) in sessions.iter().enumerate() {
            let next_start = sessions.get(i + 1).and_then(|s| s.start);
            if let Some(a) = from_session(session, next_start, &c.records, partial, warnings) {
                out.push(a);
            }
        }
    }
    for (i, a) in out.iter_mut().enumerate() {
        a.utc_offset_s = utc_offset_s;
        a.device = device.clone();
        a.index_in_file = u32::try_from(i).unwrap_or(u32::MAX);
    }
    out
}

/// Puts every time on the FIT epoch and returns the runner's UTC offset, if the file gives it.
/// Old watches (ANT-FS dumps) count from power-on and give only a local date for the activity:
/// then local time stands in for UTC, with a warning.
fn settle_clock(c: &mut Collected, warnings: &mut Warnings) -> Option<i32> {
    let relative = c.records.first().map(|r| r.t).or(c.sessions.first().and_then(|s| s.start));
    let relative = relative.is_some_and(|t| t < FIT_ABSOLUTE_MIN);
    match c.activity_times {
        Some((t, local)) if relative && t < FIT_ABSOLUTE_MIN && local >= FIT_ABSOLUTE_MIN => {
            let shift = local - t;
            let move_time = |x: &mut u32| *x = x.saturating_add(shift);
            c.records.iter_mut().for_each(|r| move_time(&mut r.t));
            for s in &mut c.sessions {
                s.start.as_mut().map(move_time);
                s.end.as_mut().map(move_time);
            }
            c.timer_events.iter_mut().for_each(|e| move_time(&mut e.0));
            warnings.push(
                "the device recorded only local time, so the start time is shown as if it were \
                 UTC"
                .to_owned(),
            );
            None
        }
        _ if relative => {
            warnings.push(
                "the device did not record the date: times count from when it was switched on"
                    .to_owned(),
            );
            None
        }
        Some((t, local)) if t >= FIT_ABSOLUTE_MIN && local >= FIT_ABSOLUTE_MIN => {
            let offset = i64::from(local) - i64::from(t);
            (offset.abs() <= MAX_UTC_OFFSET_S)
                .then(|| ((offset as f64 / 900.0).round() * 900.0) as i32)
        }
        _ => None,
    }
}

/// Drops records far from the median time: a damaged file can end in records dated decades away.
fn drop_outliers(records: &mut Vec<Rec>, warnings: &mut Warnings) {
    let Some(median) = records.get(records.len() / 2).map(|r| r.t) else { return };
    let before = records.len();
    records.retain(|r| r.t.abs_diff(median) <= MAX_DISTANCE_FROM_MEDIAN_S);
    let dropped = before - records.len();
    if dropped > 0 {
        warnings.push(format!("{dropped} records with impossible times were left out"));
    }
}

fn timestamp(fit_s: u32) -> Option<Timestamp> {
    Timestamp::from_second(FIT_EPOCH_UNIX_S + i64::from(fit_s)).ok()
}

fn from_session(
    s: &Session,
    next_start: Option<u32>,
    records: &[Rec],
    partial: bool,
    warnings: &mut Warnings,
) -> Option<Activity> {
    let elapsed_ms = s.elapsed_s.map(|e| (e * 1000.0) as u64);
    let start = s
        .start
        .or_else(|| s.end?.checked_sub(u32::try_from(elapsed_ms? / 1000).ok()?))
        .or_else(|| records.first().map(|r| r.t))?;
    // A session runs to the next one's start; the last one keeps every record after its start
    // (devices write a last record or two after the session's own end).
    let from = records.partition_point(|r| r.t < start);
    let to = match next_start {
        Some(next) => records.partition_point(|r| r.t < next),
        None => records.len(),
    };
    let window = records.get(from..to.max(from)).unwrap_or_default();
    let sport = names::sport(s.sport, s.sub_sport);
    if window.is_empty() && s.distance_m.unwrap_or(0.0) <= 0.0 && s.elapsed_s.unwrap_or(0.0) <= 0.0
    {
        warnings.push(format!(
            "an empty {} session was left out",
            names::sport_words(s.sport, s.sub_sport)
        ));
        return None;
    }
    let (factor, note) = cadence_factor(sport, window);
    warnings.extend(note);
    let mut summary = Summary::new(timestamp(start)?, sport, SourceFormat::Fit);
    summary.sport_in_file = warnings.text(&names::sport_words(s.sport, s.sub_sport));
    summary.elapsed_s = s.elapsed_s;
    summary.moving_s = s.moving_s.or(s.timer_s);
    summary.distance_m = s.distance_m;
    summary.ascent_m = s.ascent_m;
    summary.descent_m = s.descent_m;
    summary.avg_hr = s.avg_hr.filter(|&h| h > 0).map(f64::from);
    summary.max_hr = s.max_hr.filter(|&h| h > 0).map(f64::from);
    summary.avg_cadence = s.avg_cadence.filter(|&c| c > 0.0).map(|c| c * factor);
    summary.partial = partial;
    Some(summary.finish(streams(window, start, factor)))
}

fn without_session(c: &Collected, partial: bool, warnings: &mut Warnings) -> Option<Activity> {
    let first = c.records.first()?;
    let last = c.records.last()?;
    let hinted = c.sport_hint;
    let sport = match hinted {
        Some((sport, sub)) => names::sport(sport, sub),
        None => match majority_activity_type(&c.records) {
            Some(sport) => sport,
            None => {
                warnings.push(format!(
                    "{}; change it if it was not other exercise",
                    crate::sports::GUESSED
                ));
                Sport::Other
            }
        },
    };
    let (factor, note) = cadence_factor(sport, &c.records);
    warnings.extend(note);
    let mut summary = Summary::new(timestamp(first.t)?, sport, SourceFormat::Fit);
    summary.sport_in_file = hinted.and_then(|(s, sub)| warnings.text(&names::sport_words(s, sub)));
    summary.elapsed_s = Some(f64::from(last.t - first.t));
    summary.moving_s = timer_time_s(&c.timer_events, first.t, last.t);
    summary.partial = partial;
    Some(summary.finish(streams(&c.records, first.t, factor)))
}

fn majority_activity_type(records: &[Rec]) -> Option<Sport> {
    let mut counts = [0usize; 9];
    for r in records {
        if let Some(sport) = r.activity_type.and_then(names::activity_type) {
            counts[Sport::ALL.iter().position(|s| *s == sport).unwrap_or(8)] += 1;
        }
    }
    let (i, n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (*n > 0).then(|| Sport::ALL[i])
}

/// Time between timer starts and stops, for files that have such events but no session.
fn timer_time_s(events: &[(u32, bool)], first: u32, last: u32) -> Option<f64> {
    if events.is_empty() {
        return None;
    }
    let mut events = events.to_vec();
    events.sort_by_key(|e| e.0);
    let (mut total, mut since) = (0u64, Some(first));
    if events.first().is_some_and(|e| e.1) {
        since = None;
    }
    for (t, start) in events {
        match (start, since) {
            (true, None) => since = Some(t),
            (false, Some(s)) => {
                total += u64::from(t.saturating_sub(s));
                since = None;
            }
            _ => {}
        }
    }
    if let Some(s) = since {
        total += u64::from(last.saturating_sub(s));
    }
    Some(total as f64)
}

/// The factor that turns the file's cadence into steps per minute (CAD-3).
fn cadence_factor(sport: Sport, records: &[Rec]) -> (f64, Option<String>) {
    let values: Vec<f64> = records.iter().filter_map(|r| r.cadence).map(f64::from).collect();
    per_leg_factor(sport, &values)
}

fn streams(records: &[Rec], start: u32, cadence_factor: f64) -> Streams {
    const SEMICIRCLE_DEG: f64 = 180.0 / 2_147_483_648.0;
    let mut streams = Streams::with_capacity(records.len());
    for r in records {
        streams.push(Sample {
            time_s: f64::from(r.t) - f64::from(start),
            distance_m: r.distance_cm.map(|d| f64::from(d) / 100.0),
            position: r.pos.map(|(lat, lon)| LatLon {
                lat_deg: f64::from(lat) * SEMICIRCLE_DEG,
                lon_deg: f64::from(lon) * SEMICIRCLE_DEG,
            }),
            altitude_m: r.altitude_m.map(f64::from),
            heart_rate_bpm: r.hr,
            cadence_per_min: r.cadence.map(|c| f64::from(c) * cadence_factor),
            speed_m_s: r.speed_mm_s.map(|v| f64::from(v) / 1000.0),
        });
    }
    streams
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timer_time_sums_running_stretches() {
        let check = |events: &[(u32, bool)], expected: Option<f64>| {
            assert_eq!(timer_time_s(events, 100, 200), expected, "{events:?}");
        };
        check(&[], None);
        check(&[(100, true), (200, false)], Some(100.0));
        check(&[(100, true), (120, false), (150, true), (200, false)], Some(70.0));
        check(&[(120, false), (150, true)], Some(70.0));
        check(&[(150, true), (100, true)], Some(100.0));
        check(&[(100, true), (120, false), (130, false)], Some(20.0));
    }
}
