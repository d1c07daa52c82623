//! GPX 1.0 and 1.1 as a schema of the shared XML reader (`xml.rs`), reading Garmin's
//! TrackPointExtension (and the plainer `hr`/`cadence` extensions of other apps) for heart rate
//! and cadence.
//!
//! A file's timed tracks become activities; tracks less than an hour apart are one activity
//! (recorders split a track at every pause), so a two-day file gives two. Points without a
//! time are left out, and a file whose points mostly lack times is a route, not a recording.
//! A file that does not name its sport is taken for a run unless its speed says otherwise.
//! Tracks count against `Limits::max_activities_per_file`, points and segments against
//! `max_samples_per_file`; reading stops at either, keeping what came before.

use std::sync::Arc;

use jiff::Timestamp;
use runwell_domain::Sport;
use runwell_domain::streams::{LatLon, Sample, Streams, distance_m};

use crate::activity::{Activity, Parsed, SourceFormat};
use crate::error::ImportError;
use crate::limits::Limits;
use crate::summary::{Summary, per_leg_factor};
use crate::text::Warnings;
use crate::xml::{self, Attributes, Open, Schema};
use crate::{points, sports};

/// Tracks further apart than this are separate activities (s).
const SAME_ACTIVITY_GAP_S: i64 = 3600;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Gpx,
    Metadata,
    Trk,
    Trkseg,
    Trkpt,
    Rtept,
    Wpt,
    Extensions,
    Name,
    Type,
    Time,
    Ele,
    Speed,
    Hr,
    Cad,
    Other,
}

#[derive(Debug, Default)]
struct Track {
    name: Option<Arc<str>>,
    kind: Option<Arc<str>>,
    /// Its points in file order, each segment's first marked.
    points: Vec<points::Point>,
}

/// The document as it is read.
#[derive(Debug)]
struct Gpx<'l> {
    limits: &'l Limits,
    warnings: Warnings,
    creator: Option<Arc<str>>,
    name: Option<Arc<str>>,
    tracks: Vec<Track>,
    point: Option<points::Point>,
    /// A segment has begun and its first point is still to come.
    new_segment: bool,
    /// Points and segments so far, against `max_samples_per_file`.
    samples: usize,
    route_points: usize,
    waypoints: usize,
    assumed_utc: bool,
}

impl Gpx<'_> {
    fn track(&mut self) -> &mut Track {
        if self.tracks.is_empty() {
            self.tracks.push(Track::default());
        }
        let last = self.tracks.len() - 1;
        &mut self.tracks[last]
    }

    fn full(&self) -> Option<Open> {
        xml::room(self.samples, self.limits, "points and segments")
    }
}

impl Schema for Gpx<'_> {
    type Tag = Tag;

    fn open(&mut self, t: Tag, above: &[Tag], attributes: &Attributes<'_>) -> Open {
        let parent = above.last().copied();
        match t {
            Tag::Gpx => {
                self.creator = attributes.get("creator").and_then(|c| self.warnings.text(c));
            }
            Tag::Trk if self.tracks.len() >= self.limits.max_activities_per_file => {
                let most = self.limits.max_activities_per_file;
                return Open::Stop(format!("it has more than {most} tracks"));
            }
            Tag::Trk => {
                self.tracks.push(Track::default());
                self.new_segment = true;
            }
            Tag::Trkseg => {
                if let Some(stop) = self.full() {
                    return stop;
                }
                self.samples += 1;
                self.new_segment = true;
            }
            Tag::Trkpt => {
                if let Some(stop) = self.full() {
                    return stop;
                }
                let (lat, lon) = attributes.get_two("lat", "lon");
                let pos = xml::lat_lon(lat, lon);
                self.point = Some(points::Point::at(pos));
            }
            Tag::Rtept => self.route_points += 1,
            Tag::Wpt => self.waypoints += 1,
            _ => {}
        }
        let in_extension = self.point.is_some() && above.contains(&Tag::Extensions);
        let wanted = match (parent, t) {
            (Some(Tag::Trkpt), Tag::Time | Tag::Ele | Tag::Speed) => true,
            (_, Tag::Hr | Tag::Cad | Tag::Speed) => in_extension,
            (Some(Tag::Trk), Tag::Name | Tag::Type) => true,
            (Some(Tag::Metadata | Tag::Gpx), Tag::Name) => true,
            _ => false,
        };
        if wanted { Open::Text } else { Open::Skip }
    }

    fn text(&mut self, t: Tag, above: &[Tag], text: &str) {
        let parent = above.last().copied().unwrap_or(Tag::Other);
        if let Some(p) = self.point.as_mut() {
            match t {
                Tag::Time => self.assumed_utc |= p.read_time(text),
                Tag::Ele => p.altitude_m = points::value(xml::number(text)),
                Tag::Speed => p.speed_m_s = points::value(xml::number(text).filter(|s| *s >= 0.0)),
                Tag::Hr => p.heart_rate_bpm = xml::heart_rate(text).unwrap_or(0),
                Tag::Cad => p.cadence = points::value(xml::number(text).filter(|c| *c >= 0.0)),
                _ => {}
            }
            return;
        }
        match (t, parent) {
            (Tag::Name, Tag::Trk) => {
                let name = self.warnings.text(text);
                self.track().name = name;
            }
            (Tag::Type, Tag::Trk) => {
                let kind = self.warnings.text(text);
                self.track().kind = kind;
            }
            (Tag::Name, _) if self.name.is_none() => self.name = self.warnings.text(text),
            _ => {}
        }
    }

    fn close(&mut self, t: Tag, _: &[Tag]) {
        if t == Tag::Trkpt
            && let Some(mut p) = self.point.take()
        {
            self.samples += 1;
            let new_segment = std::mem::take(&mut self.new_segment);
            let track = self.track();
            p.new_segment = new_segment || track.points.is_empty();
            track.points.push(p);
        }
    }

    fn warnings(&mut self) -> &mut Warnings {
        &mut self.warnings
    }

    // Dispatched on the length first: one comparison picks the few names of that length,
    // where a flat match would compare the name with every arm in turn.
    fn tag(local: &[u8]) -> Tag {
        match local.len() {
            2 => match local {
                b"hr" => Tag::Hr,
                _ => Tag::Other,
            },
            3 => match local {
                b"gpx" => Tag::Gpx,
                b"trk" => Tag::Trk,
                b"wpt" => Tag::Wpt,
                b"ele" => Tag::Ele,
                b"cad" => Tag::Cad,
                _ => Tag::Other,
            },
            4 => match local {
                b"name" => Tag::Name,
                b"type" => Tag::Type,
                b"time" => Tag::Time,
                _ => Tag::Other,
            },
            5 => match local {
                b"trkpt" => Tag::Trkpt,
                b"rtept" => Tag::Rtept,
                b"speed" => Tag::Speed,
                _ => Tag::Other,
            },
            6 => match local {
                b"trkseg" => Tag::Trkseg,
                _ => Tag::Other,
            },
            7 => match local {
                b"cadence" | b"Cadence" => Tag::Cad,
                _ => Tag::Other,
            },
            8 => match local {
                b"metadata" => Tag::Metadata,
                _ => Tag::Other,
            },
            9 => match local {
                b"heartrate" | b"HeartRate" => Tag::Hr,
                _ => Tag::Other,
            },
            10 => match local {
                b"extensions" => Tag::Extensions,
                b"heart_rate" => Tag::Hr,
                b"RunCadence" => Tag::Cad,
                _ => Tag::Other,
            },
            _ => Tag::Other,
        }
    }
}

pub(crate) fn parse(bytes: &[u8], limits: &Limits) -> Result<Parsed, ImportError> {
    let mut doc = Gpx {
        limits,
        warnings: Warnings::new(limits),
        creator: None,
        name: None,
        tracks: Vec::new(),
        point: None,
        new_segment: false,
        samples: 0,
        route_points: 0,
        waypoints: 0,
        assumed_utc: false,
    };
    let end = xml::read(bytes, &mut doc, limits)?;
    let points: usize = doc.tracks.iter().map(|t| t.points.len()).sum();
    end.judge("GPX", points == 0, &mut doc.warnings)?;
    if doc.assumed_utc {
        doc.warnings.push("some times have no time zone and were taken as UTC".to_owned());
    }
    let timed = doc.tracks.iter().flat_map(|t| &t.points).filter(|p| p.timed()).count();
    if points == 0 {
        return Err(match (doc.route_points, doc.waypoints) {
            (0, 0) => ImportError::NoData("a GPX file with no track".to_owned()),
            (0, _) => ImportError::NotActivity("a GPX file of waypoints only".to_owned()),
            _ => ImportError::NotActivity("a GPX route (a planned path)".to_owned()),
        });
    }
    if timed * 2 < points {
        return Err(ImportError::NotActivity(
            "a GPX track without times (a planned route, not a recording)".to_owned(),
        ));
    }
    if timed < points {
        doc.warnings.push(format!("{} points without a time were left out", points - timed));
    }
    let activities =
        activities(doc.tracks, &doc.creator, &doc.name, end.partial(), &mut doc.warnings);
    if activities.is_empty() {
        return Err(ImportError::NoData(
            "no GPX track has points at two different times".to_owned(),
        ));
    }
    Ok(Parsed { activities, warnings: doc.warnings.finish() })
}

/// Timed points in time order, each pause (a new track or segment) marked.
type Timed = Vec<points::Point>;

fn activities(
    tracks: Vec<Track>,
    creator: &Option<Arc<str>>,
    doc_name: &Option<Arc<str>>,
    partial: bool,
    warnings: &mut Warnings,
) -> Vec<Activity> {
    // Each track's timed points, grouped into activities by the gaps between tracks.
    let mut timed: Vec<(Track, Timed)> = tracks
        .into_iter()
        .map(|mut t| {
            let points = points::timed(std::mem::take(&mut t.points));
            (t, points)
        })
        .filter(|(_, points)| !points.is_empty())
        .collect();
    timed.sort_by_key(|(_, points)| points.first().map(|p| p.time_ms));
    let mut groups: Vec<(Vec<Track>, Timed)> = Vec::new();
    for (track, mut points) in timed {
        let first = points.first().map(|p| p.time_ms);
        let joins = match (groups.last().and_then(|g| g.1.last()).map(|p| p.time_ms), first) {
            (Some(last), Some(first)) => first - last <= SAME_ACTIVITY_GAP_S * 1000,
            _ => false,
        };
        match groups.last_mut() {
            Some(group) if joins => {
                group.0.push(track);
                group.1.append(&mut points);
            }
            _ => groups.push((vec![track], points)),
        }
    }
    let mut out = Vec::new();
    for (tracks, points) in groups {
        let (Some(start_ms), Some(end_ms)) =
            (points.first().map(|p| p.time_ms), points.last().map(|p| p.time_ms))
        else {
            continue;
        };
        if points.len() < 2 || end_ms - start_ms < 1000 {
            let name = tracks.first().and_then(|t| t.name.as_deref()).unwrap_or("unnamed");
            warnings.push(format!("the track \"{name}\" has no time span and was left out"));
            continue;
        }
        let Ok(start) = Timestamp::from_millisecond(start_ms) else { continue };
        let kind = tracks.iter().find_map(|t| t.kind.clone());
        let sport = match kind.as_deref().map(sports::from_words) {
            Some(Some(sport)) => sport,
            Some(None) => Sport::Other,
            None => guess_sport(&points, warnings),
        };
        let mut summary = Summary::new(start, sport, SourceFormat::Gpx);
        summary.sport_in_file = kind;
        summary.name = tracks.iter().find_map(|t| t.name.clone()).or_else(|| doc_name.clone());
        summary.device = creator.clone();
        summary.partial = partial;
        summary.index_in_file = u32::try_from(out.len()).unwrap_or(u32::MAX);
        let raw_cadence: Vec<f64> = points.iter().filter_map(|p| p.cadence()).collect();
        let (factor, note) = per_leg_factor(sport, &raw_cadence);
        warnings.extend(note);
        out.push(summary.finish(streams(&points, start_ms, factor)));
    }
    out
}

/// Cumulative distance along the points, not counting the jump across a pause between segments.
fn streams(points: &[points::Point], start_ms: i64, cadence_factor: f64) -> Streams {
    let mut streams = Streams::with_capacity(points.len());
    let mut distance = 0.0;
    let mut last_pos: Option<LatLon> = None;
    let has_positions = points.iter().any(|p| p.position().is_some());
    for p in points {
        if let Some(pos) = p.position() {
            if let (Some(last), false) = (last_pos, p.new_segment) {
                distance += distance_m(last, pos);
            }
            last_pos = Some(pos);
        }
        streams.push(Sample {
            time_s: (p.time_ms - start_ms) as f64 / 1000.0,
            distance_m: (has_positions && last_pos.is_some()).then_some(distance),
            position: p.position(),
            altitude_m: p.altitude(),
            heart_rate_bpm: p.heart_rate(),
            cadence_per_min: p.cadence().map(|c| c * cadence_factor),
            speed_m_s: p.speed(),
        });
    }
    streams
}

/// A file that does not name its sport is taken for a run (runwell's runners mostly import
/// runs), unless the median moving speed is beyond a runner's: over 6.5 m/s (23 km/h) a ride,
/// over 12 m/s (43 km/h) a motor vehicle.
fn guess_sport(points: &[points::Point], warnings: &mut Warnings) -> Sport {
    let mut speeds: Vec<f64> = points
        .windows(2)
        .filter(|w| !w[1].new_segment)
        .filter_map(|w| {
            let dt = (w[1].time_ms - w[0].time_ms) as f64 / 1000.0;
            let d = distance_m(w[0].position()?, w[1].position()?);
            (dt > 0.0).then(|| d / dt).filter(|v| *v >= runwell_domain::streams::MOVING_SPEED_M_S)
        })
        .collect();
    let median = if speeds.is_empty() {
        None
    } else {
        let middle = speeds.len() / 2;
        Some(*speeds.select_nth_unstable_by(middle, f64::total_cmp).1)
    };
    let sport = match median {
        Some(v) if v > 12.0 => Sport::Other,
        Some(v) if v > 6.5 => Sport::Ride,
        _ => Sport::Run,
    };
    let speed = median.map(|v| format!(" (median speed {:.1} km/h)", v * 3.6)).unwrap_or_default();
    warnings.push(format!(
        "{}, so it was taken for {}{speed}; change it if that is wrong",
        sports::GUESSED,
        match sport {
            Sport::Run => "a run",
            Sport::Ride => "a ride",
            _ => "a motor vehicle, not exercise",
        }
    ));
    sport
}

#[cfg(test)]
#[path = "gpx_tests.rs"]
mod tests;
