//! Garmin's Training Center XML as a schema of the shared XML reader (`xml.rs`): activities
//! (also inside a multisport session) with their laps and trackpoints, heart rate, cadence and
//! the `TPX` extension's speed and `RunCadence`. Laps are the device's summary: their distance
//! and timer time win over the trackpoints; pauses show as gaps between `Track` elements.
//! Activities count against `Limits::max_activities_per_file`, trackpoints and laps against
//! `max_samples_per_file`; reading stops at either, keeping what came before.

use std::sync::Arc;

use jiff::Timestamp;
use runwell_domain::Sport;
use runwell_domain::streams::{Sample, Streams};

use crate::activity::{Activity, Parsed, SourceFormat};
use crate::error::ImportError;
use crate::limits::Limits;
use crate::points::{self, Point};
use crate::sports;
use crate::summary::{Summary, per_leg_factor};
use crate::text::Warnings;
use crate::xml::{self, Attributes, Open, Schema};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Activity,
    Id,
    Lap,
    Track,
    Trackpoint,
    Time,
    Position,
    Latitude,
    Longitude,
    Altitude,
    Distance,
    HeartRate,
    AverageHeartRate,
    MaximumHeartRate,
    Value,
    Cadence,
    RunCadence,
    AvgRunCadence,
    Speed,
    TotalTime,
    Creator,
    Name,
    Course,
    Workout,
    Other,
}

#[derive(Debug, Clone, Copy, Default)]
struct Lap {
    start: Option<Timestamp>,
    total_time_s: Option<f64>,
    distance_m: Option<f64>,
    avg_hr: Option<f64>,
    max_hr: Option<f64>,
    cadence: Option<f64>,
    run_cadence: Option<f64>,
}

#[derive(Debug, Default)]
struct Workout {
    sport: Option<Arc<str>>,
    id: Option<Timestamp>,
    laps: Vec<Lap>,
    points: Vec<Point>,
    creator: Option<Arc<str>>,
}

/// The document as it is read.
#[derive(Debug)]
struct Tcx<'l> {
    limits: &'l Limits,
    warnings: Warnings,
    activities: Vec<Workout>,
    point: Option<Point>,
    lap: Option<Lap>,
    /// Trackpoints and laps so far, against `max_samples_per_file`.
    samples: usize,
    courses: usize,
    workouts: usize,
    assumed_utc: bool,
}

impl Tcx<'_> {
    fn full(&self) -> Option<Open> {
        xml::room(self.samples, self.limits, "trackpoints and laps")
    }
}

impl Schema for Tcx<'_> {
    type Tag = Tag;

    // Dispatched on the length first: one comparison picks the few names of that length,
    // where a flat match would compare the name with every arm in turn.
    fn tag(local: &[u8]) -> Tag {
        match local.len() {
            2 => match local {
                b"Id" => Tag::Id,
                _ => Tag::Other,
            },
            3 => match local {
                b"Lap" => Tag::Lap,
                _ => Tag::Other,
            },
            4 => match local {
                b"Time" => Tag::Time,
                b"Name" => Tag::Name,
                _ => Tag::Other,
            },
            5 => match local {
                b"Track" => Tag::Track,
                b"Value" => Tag::Value,
                b"Speed" => Tag::Speed,
                _ => Tag::Other,
            },
            6 => match local {
                b"Course" => Tag::Course,
                _ => Tag::Other,
            },
            7 => match local {
                b"Cadence" => Tag::Cadence,
                b"Creator" => Tag::Creator,
                b"Workout" => Tag::Workout,
                _ => Tag::Other,
            },
            8 => match local {
                b"Activity" => Tag::Activity,
                b"Position" => Tag::Position,
                _ => Tag::Other,
            },
            10 => match local {
                b"Trackpoint" => Tag::Trackpoint,
                b"RunCadence" => Tag::RunCadence,
                _ => Tag::Other,
            },
            12 => match local {
                b"HeartRateBpm" => Tag::HeartRate,
                _ => Tag::Other,
            },
            13 => match local {
                b"AvgRunCadence" => Tag::AvgRunCadence,
                _ => Tag::Other,
            },
            14 => match local {
                b"AltitudeMeters" => Tag::Altitude,
                b"DistanceMeters" => Tag::Distance,
                _ => Tag::Other,
            },
            15 => match local {
                b"LatitudeDegrees" => Tag::Latitude,
                _ => Tag::Other,
            },
            16 => match local {
                b"LongitudeDegrees" => Tag::Longitude,
                b"TotalTimeSeconds" => Tag::TotalTime,
                _ => Tag::Other,
            },
            19 => match local {
                b"AverageHeartRateBpm" => Tag::AverageHeartRate,
                b"MaximumHeartRateBpm" => Tag::MaximumHeartRate,
                _ => Tag::Other,
            },
            _ => Tag::Other,
        }
    }

    fn open(&mut self, t: Tag, above: &[Tag], attributes: &Attributes<'_>) -> Open {
        match t {
            Tag::Activity if self.activities.len() >= self.limits.max_activities_per_file => {
                let most = self.limits.max_activities_per_file;
                return Open::Stop(format!("it has more than {most} activities"));
            }
            Tag::Activity => {
                let sport = attributes.get("Sport").and_then(|s| self.warnings.text(s));
                self.activities.push(Workout { sport, ..Workout::default() });
            }
            Tag::Lap | Tag::Trackpoint => {
                if let Some(stop) = self.full() {
                    return stop;
                }
                if t == Tag::Lap && above.contains(&Tag::Activity) {
                    self.samples += 1;
                    let start = attributes.get("StartTime").and_then(xml::time);
                    self.lap = Some(Lap { start: start.map(|t| t.0), ..Lap::default() });
                } else if t == Tag::Trackpoint && self.lap.is_some() {
                    self.point = Some(Point::new());
                }
            }
            Tag::Course => self.courses += 1,
            Tag::Workout => self.workouts += 1,
            _ => {}
        }
        let parent = above.last().copied().unwrap_or(Tag::Other);
        if wanted(t, parent, self.point.is_some(), self.lap.is_some()) {
            Open::Text
        } else {
            Open::Skip
        }
    }

    fn text(&mut self, t: Tag, above: &[Tag], text: &str) {
        let parent = above.last().copied().unwrap_or(Tag::Other);
        // Read only by the elements that hold a number: a time or a name is not parsed as one.
        let number = || xml::number(text);
        if let Some(p) = self.point.as_mut() {
            match t {
                Tag::Time => self.assumed_utc |= p.read_time(text),
                Tag::Latitude => p.lat_deg = number().unwrap_or(f64::NAN),
                Tag::Longitude => p.lon_deg = number().unwrap_or(f64::NAN),
                Tag::Altitude => p.altitude_m = points::value(number()),
                Tag::Distance => {
                    p.distance_m = number().filter(|d| *d >= 0.0).unwrap_or(f64::NAN);
                }
                Tag::Value => p.heart_rate_bpm = xml::heart_rate(text).unwrap_or(0),
                Tag::Cadence => p.cadence = points::value(number().filter(|c| *c >= 0.0)),
                Tag::RunCadence => p.run_cadence = points::value(number().filter(|c| *c >= 0.0)),
                Tag::Speed => p.speed_m_s = points::value(number().filter(|s| *s >= 0.0)),
                _ => {}
            }
            return;
        }
        if let Some(l) = self.lap.as_mut() {
            let number = number();
            match (t, parent) {
                (Tag::TotalTime, _) => l.total_time_s = number.filter(|t| *t >= 0.0),
                (Tag::Distance, _) => l.distance_m = number.filter(|d| *d >= 0.0),
                (Tag::Cadence, _) => l.cadence = number.filter(|c| *c > 0.0),
                (Tag::AvgRunCadence, _) => l.run_cadence = number.filter(|c| *c > 0.0),
                (Tag::Value, Tag::AverageHeartRate) => l.avg_hr = number.filter(|h| *h > 0.0),
                (Tag::Value, Tag::MaximumHeartRate) => l.max_hr = number.filter(|h| *h > 0.0),
                _ => {}
            }
            return;
        }
        let creator = match t {
            Tag::Name => self.warnings.text(text),
            _ => None,
        };
        let Some(w) = self.activities.last_mut() else { return };
        match t {
            Tag::Id => {
                if let Some((time, assumed)) = xml::time(text) {
                    w.id = Some(time);
                    self.assumed_utc |= assumed;
                }
            }
            Tag::Name if creator.is_some() => w.creator = creator,
            _ => {}
        }
    }

    fn close(&mut self, t: Tag, _: &[Tag]) {
        let Some(w) = self.activities.last_mut() else { return };
        match t {
            Tag::Trackpoint => {
                if let Some(p) = self.point.take() {
                    self.samples += 1;
                    w.points.push(p);
                }
            }
            Tag::Lap => w.laps.extend(self.lap.take()),
            _ => {}
        }
    }

    fn warnings(&mut self) -> &mut Warnings {
        &mut self.warnings
    }
}

/// Whether an element's text is one runwell keeps, judged by where it sits.
fn wanted(t: Tag, parent: Tag, in_point: bool, in_lap: bool) -> bool {
    if in_point {
        return matches!(
            (t, parent),
            (Tag::Time | Tag::Altitude | Tag::Distance | Tag::Cadence, Tag::Trackpoint)
                | (Tag::Latitude | Tag::Longitude, Tag::Position)
                | (Tag::Value, Tag::HeartRate)
                | (Tag::Speed | Tag::RunCadence, _)
        );
    }
    if in_lap {
        return matches!(
            (t, parent),
            (Tag::TotalTime | Tag::Distance | Tag::Cadence, Tag::Lap)
                | (Tag::Value, Tag::AverageHeartRate | Tag::MaximumHeartRate)
                | (Tag::AvgRunCadence, _)
        );
    }
    matches!((t, parent), (Tag::Id, Tag::Activity) | (Tag::Name, Tag::Creator))
}

pub(crate) fn parse(bytes: &[u8], limits: &Limits) -> Result<Parsed, ImportError> {
    let mut doc = Tcx {
        limits,
        warnings: Warnings::new(limits),
        activities: Vec::new(),
        point: None,
        lap: None,
        samples: 0,
        courses: 0,
        workouts: 0,
        assumed_utc: false,
    };
    let end = xml::read(bytes, &mut doc, limits)?;
    let nothing = doc.activities.iter().all(|a| a.points.is_empty() && a.laps.is_empty());
    end.judge("TCX", nothing, &mut doc.warnings)?;
    if doc.assumed_utc {
        doc.warnings.push("some times have no time zone and were taken as UTC".to_owned());
    }
    if doc.activities.is_empty() {
        return Err(match (doc.courses, doc.workouts) {
            (0, 0) => ImportError::NoData("a TCX file with no activity".to_owned()),
            (0, _) => ImportError::NotActivity("a TCX workout (a planned session)".to_owned()),
            _ => ImportError::NotActivity("a TCX course (a planned route)".to_owned()),
        });
    }
    let mut activities = Vec::new();
    for w in doc.activities {
        if let Some(mut a) = activity(w, end.partial(), &mut doc.warnings) {
            a.index_in_file = u32::try_from(activities.len()).unwrap_or(u32::MAX);
            activities.push(a);
        }
    }
    if activities.is_empty() {
        return Err(ImportError::NoData("TCX activities without times".to_owned()));
    }
    Ok(Parsed { activities, warnings: doc.warnings.finish() })
}

fn activity(w: Workout, partial: bool, warnings: &mut Warnings) -> Option<Activity> {
    let points = points::timed(w.points);
    let first_point = points.first().and_then(Point::time);
    let mut start = w.id.or(w.laps.first().and_then(|l| l.start)).or(first_point)?;
    let mut laps_agree = true;
    if let Some(first) = first_point
        && first.duration_since(start).as_secs_f64().abs() > 86_400.0
    {
        // Edited or stitched files: the samples are the recording, so their times stand.
        warnings.push(format!(
            "the activity's start ({start}) and its samples ({first}) are days apart; the \
             samples' times were used"
        ));
        start = first;
        laps_agree = false;
    }
    let sport = w.sport.as_deref().and_then(sports::from_words).unwrap_or(Sport::Other);
    let lap_time: f64 = w.laps.iter().filter_map(|l| l.total_time_s).sum();
    let lap_end = w
        .laps
        .iter()
        .filter(|_| laps_agree)
        .filter_map(|l| Some(l.start?.as_second() as f64 + l.total_time_s?))
        .reduce(f64::max);
    let point_end = points.last().and_then(Point::time).map(|t| t.as_second() as f64);
    let end = [lap_end, point_end].into_iter().flatten().reduce(f64::max);
    let weighted = |value: fn(&Lap) -> Option<f64>| -> Option<f64> {
        let (sum, weight) = w
            .laps
            .iter()
            .filter_map(|l| Some((value(l)?, l.total_time_s.unwrap_or(0.0))))
            .fold((0.0, 0.0), |(s, n), (v, t)| (s + v * t, n + t));
        (weight > 0.0).then(|| sum / weight)
    };
    let on_foot = Activity::on_foot(sport);
    let cadence_of =
        |p: &Point| if on_foot { p.run_cadence().or(p.cadence()) } else { p.cadence() };
    let raw_cadence: Vec<f64> = points.iter().filter_map(cadence_of).collect();
    let (factor, note) = per_leg_factor(sport, &raw_cadence);
    warnings.extend(note);
    let lap_cadence = if on_foot {
        weighted(|l| l.run_cadence).or_else(|| weighted(|l| l.cadence))
    } else {
        weighted(|l| l.cadence)
    };
    let mut summary = Summary::new(start, sport, SourceFormat::Tcx);
    summary.sport_in_file = w.sport.clone();
    summary.device = w.creator.clone();
    summary.distance_m = w.laps.iter().filter_map(|l| l.distance_m).reduce(|a, b| a + b);
    summary.moving_s = (lap_time > 0.0).then_some(lap_time);
    summary.elapsed_s = end.map(|e| e - start.as_second() as f64);
    summary.avg_hr = weighted(|l| l.avg_hr);
    summary.max_hr = w.laps.iter().filter_map(|l| l.max_hr).reduce(f64::max);
    summary.avg_cadence = lap_cadence.map(|c| c * factor);
    summary.partial = partial;
    if points.is_empty() && summary.distance_m.is_none() && summary.moving_s.is_none() {
        warnings.push("an activity without trackpoints or laps was left out".to_owned());
        return None;
    }
    let start_ms = start.as_millisecond();
    let mut streams = Streams::with_capacity(points.len());
    for p in &points {
        streams.push(Sample {
            time_s: (p.time_ms - start_ms) as f64 / 1000.0,
            distance_m: p.distance(),
            position: p.position(),
            altitude_m: p.altitude(),
            heart_rate_bpm: p.heart_rate(),
            cadence_per_min: cadence_of(p).map(|c| c * factor),
            speed_m_s: p.speed(),
        });
    }
    Some(summary.finish(streams))
}

#[cfg(test)]
#[path = "tcx_tests.rs"]
mod tests;
