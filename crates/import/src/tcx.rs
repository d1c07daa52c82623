//! Garmin's Training Center XML on quick-xml, by local names: activities (also inside a
//! multisport session) with their laps and trackpoints, heart rate, cadence and the `TPX`
//! extension's speed and `RunCadence`. Laps are the device's summary: their distance and timer
//! time win over the trackpoints; pauses show as gaps between `Track` elements.

use jiff::Timestamp;
use quick_xml::events::Event;
use quick_xml::reader::NsReader;
use runwell_domain::Sport;
use runwell_domain::streams::{LatLon, Sample, Streams};

use crate::activity::{Activity, Parsed, SourceFormat};
use crate::error::ImportError;
use crate::summary::{Summary, per_leg_factor};
use crate::{sports, xml};

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

fn tag(local: &[u8]) -> Tag {
    match local {
        b"Activity" => Tag::Activity,
        b"Id" => Tag::Id,
        b"Lap" => Tag::Lap,
        b"Track" => Tag::Track,
        b"Trackpoint" => Tag::Trackpoint,
        b"Time" => Tag::Time,
        b"Position" => Tag::Position,
        b"LatitudeDegrees" => Tag::Latitude,
        b"LongitudeDegrees" => Tag::Longitude,
        b"AltitudeMeters" => Tag::Altitude,
        b"DistanceMeters" => Tag::Distance,
        b"HeartRateBpm" => Tag::HeartRate,
        b"AverageHeartRateBpm" => Tag::AverageHeartRate,
        b"MaximumHeartRateBpm" => Tag::MaximumHeartRate,
        b"Value" => Tag::Value,
        b"Cadence" => Tag::Cadence,
        b"RunCadence" => Tag::RunCadence,
        b"AvgRunCadence" => Tag::AvgRunCadence,
        b"Speed" => Tag::Speed,
        b"TotalTimeSeconds" => Tag::TotalTime,
        b"Creator" => Tag::Creator,
        b"Name" => Tag::Name,
        b"Course" => Tag::Course,
        b"Workout" => Tag::Workout,
        _ => Tag::Other,
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Point {
    time: Option<Timestamp>,
    lat: Option<f64>,
    lon: Option<f64>,
    altitude: Option<f64>,
    distance: Option<f64>,
    hr: Option<u8>,
    cadence: Option<f64>,
    run_cadence: Option<f64>,
    speed: Option<f64>,
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
    sport: Option<String>,
    id: Option<Timestamp>,
    laps: Vec<Lap>,
    points: Vec<Point>,
    creator: Option<String>,
}

#[derive(Debug, Default)]
struct Document {
    activities: Vec<Workout>,
    courses: usize,
    workouts: usize,
    assumed_utc: bool,
}

pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let mut warnings = Vec::new();
    let text = xml::text(bytes, &mut warnings);
    let (doc, error) = read(&text);
    let points: usize = doc.activities.iter().map(|a| a.points.len()).sum();
    let laps: usize = doc.activities.iter().map(|a| a.laps.len()).sum();
    if let Some(e) = &error {
        if points == 0 && laps == 0 {
            return Err(ImportError::Corrupt(format!("the TCX is not well-formed XML ({e})")));
        }
        warnings.push(format!("the TCX file is damaged ({e}); what came before is kept"));
    }
    if doc.assumed_utc {
        warnings.push("some times have no time zone and were taken as UTC".to_owned());
    }
    if doc.activities.is_empty() {
        return Err(match (doc.courses, doc.workouts) {
            (0, 0) => ImportError::NoData("a TCX file with no activity".to_owned()),
            (0, _) => ImportError::NotActivity("a TCX workout (a planned session)".to_owned()),
            _ => ImportError::NotActivity("a TCX course (a planned route)".to_owned()),
        });
    }
    let mut activities = Vec::new();
    for w in &doc.activities {
        if let Some(mut a) = activity(w, error.is_some(), &mut warnings) {
            a.index_in_file = u32::try_from(activities.len()).unwrap_or(u32::MAX);
            activities.push(a);
        }
    }
    if activities.is_empty() {
        return Err(ImportError::NoData("TCX activities without times".to_owned()));
    }
    Ok(Parsed { activities, warnings })
}

fn read(text: &str) -> (Document, Option<String>) {
    let mut reader = NsReader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut doc = Document::default();
    let mut stack: Vec<Tag> = Vec::with_capacity(16);
    let mut point: Option<Point> = None;
    let mut lap: Option<Lap> = None;
    let mut capture: Option<(Tag, Tag, Tag)> = None;
    let mut buf = String::new();
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) if stack.is_empty() => return (doc, None),
            Ok(Event::Eof) => {
                finish(&mut doc, point.take(), lap.take());
                return (doc, Some("it ends before its closing tags".to_owned()));
            }
            Ok(e) => e,
            Err(e) => {
                finish(&mut doc, point.take(), lap.take());
                return (doc, Some(e.to_string()));
            }
        };
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let t = tag(e.local_name().as_ref().as_bytes());
                let parent = stack.last().copied().unwrap_or(Tag::Other);
                let grandparent = stack
                    .len()
                    .checked_sub(2)
                    .and_then(|i| stack.get(i))
                    .copied()
                    .unwrap_or(Tag::Other);
                match t {
                    Tag::Activity => doc.activities.push(Workout {
                        sport: e
                            .try_get_attribute("Sport")
                            .ok()
                            .flatten()
                            .map(|a| a.value.trim().to_owned()),
                        ..Workout::default()
                    }),
                    Tag::Lap if stack.contains(&Tag::Activity) => {
                        let start = e.try_get_attribute("StartTime").ok().flatten();
                        lap = Some(Lap {
                            start: start.and_then(|a| xml::time(&a.value)).map(|t| t.0),
                            ..Lap::default()
                        });
                    }
                    Tag::Trackpoint if lap.is_some() => point = Some(Point::default()),
                    Tag::Course => doc.courses += 1,
                    Tag::Workout => doc.workouts += 1,
                    _ => {}
                }
                if matches!(event, Event::Empty(_)) {
                    if t == Tag::Trackpoint {
                        finish(&mut doc, point.take(), None);
                    }
                    continue;
                }
                if wanted(t, parent, grandparent, point.is_some(), lap.is_some()) {
                    capture = Some((t, parent, grandparent));
                    buf.clear();
                }
                stack.push(t);
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) if capture.is_some() => {
                xml::append_text(&event, &mut buf);
            }
            Event::End(_) => {
                let Some(t) = stack.pop() else { continue };
                if let Some((wanted, parent, grandparent)) = capture.filter(|c| c.0 == t) {
                    capture = None;
                    store(
                        &mut doc,
                        point.as_mut(),
                        lap.as_mut(),
                        (wanted, parent, grandparent),
                        &buf,
                    );
                }
                match t {
                    Tag::Trackpoint => finish(&mut doc, point.take(), None),
                    Tag::Lap => finish(&mut doc, None, lap.take()),
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

/// Whether an element's text is one runwell keeps, judged by where it sits.
fn wanted(t: Tag, parent: Tag, grandparent: Tag, in_point: bool, in_lap: bool) -> bool {
    if in_point {
        return matches!(
            (t, parent, grandparent),
            (Tag::Time | Tag::Altitude | Tag::Distance | Tag::Cadence, Tag::Trackpoint, _)
                | (Tag::Latitude | Tag::Longitude, Tag::Position, _)
                | (Tag::Value, Tag::HeartRate, _)
                | (Tag::Speed | Tag::RunCadence, _, _)
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

fn store(
    doc: &mut Document,
    point: Option<&mut Point>,
    lap: Option<&mut Lap>,
    at: (Tag, Tag, Tag),
    text: &str,
) {
    let number = xml::number(text);
    if let Some(p) = point {
        match at {
            (Tag::Time, ..) => {
                if let Some((t, assumed)) = xml::time(text) {
                    p.time = Some(t);
                    doc.assumed_utc |= assumed;
                }
            }
            (Tag::Latitude, ..) => p.lat = number,
            (Tag::Longitude, ..) => p.lon = number,
            (Tag::Altitude, ..) => p.altitude = number,
            (Tag::Distance, ..) => p.distance = number.filter(|d| *d >= 0.0),
            (Tag::Value, ..) => {
                p.hr = number.filter(|h| (1.0..=255.0).contains(h)).map(|h| h.round() as u8)
            }
            (Tag::Cadence, ..) => p.cadence = number.filter(|c| *c >= 0.0),
            (Tag::RunCadence, ..) => p.run_cadence = number.filter(|c| *c >= 0.0),
            (Tag::Speed, ..) => p.speed = number.filter(|s| *s >= 0.0),
            _ => {}
        }
        return;
    }
    if let Some(l) = lap {
        match at {
            (Tag::TotalTime, ..) => l.total_time_s = number.filter(|t| *t >= 0.0),
            (Tag::Distance, ..) => l.distance_m = number.filter(|d| *d >= 0.0),
            (Tag::Cadence, ..) => l.cadence = number.filter(|c| *c > 0.0),
            (Tag::AvgRunCadence, ..) => l.run_cadence = number.filter(|c| *c > 0.0),
            (Tag::Value, Tag::AverageHeartRate, _) => l.avg_hr = number.filter(|h| *h > 0.0),
            (Tag::Value, Tag::MaximumHeartRate, _) => l.max_hr = number.filter(|h| *h > 0.0),
            _ => {}
        }
        return;
    }
    let Some(w) = doc.activities.last_mut() else { return };
    match at {
        (Tag::Id, ..) => {
            if let Some((t, assumed)) = xml::time(text) {
                w.id = Some(t);
                doc.assumed_utc |= assumed;
            }
        }
        (Tag::Name, ..) if !text.trim().is_empty() => w.creator = Some(text.trim().to_owned()),
        _ => {}
    }
}

fn finish(doc: &mut Document, point: Option<Point>, lap: Option<Lap>) {
    let Some(w) = doc.activities.last_mut() else { return };
    if let Some(p) = point {
        w.points.push(p);
    }
    if let Some(l) = lap {
        w.laps.push(l);
    }
}

fn activity(w: &Workout, partial: bool, warnings: &mut Vec<String>) -> Option<Activity> {
    let mut points: Vec<Point> = w.points.iter().filter(|p| p.time.is_some()).copied().collect();
    points.sort_by_key(|p| p.time);
    let first_point = points.first().and_then(|p| p.time);
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
    let point_end = points.last().and_then(|p| p.time).map(|t| t.as_second() as f64);
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
    let raw_cadence: Vec<f64> = points
        .iter()
        .filter_map(|p| if on_foot { p.run_cadence.or(p.cadence) } else { p.cadence })
        .collect();
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
    let mut streams = Streams::with_capacity(points.len());
    for p in &points {
        let position = match (p.lat, p.lon) {
            (Some(lat_deg), Some(lon_deg)) => Some(LatLon { lat_deg, lon_deg }),
            _ => None,
        };
        let cadence = if on_foot { p.run_cadence.or(p.cadence) } else { p.cadence };
        streams.push(Sample {
            time_s: p.time.unwrap_or(start).duration_since(start).as_secs_f64(),
            distance_m: p.distance,
            position,
            altitude_m: p.altitude,
            heart_rate_bpm: p.hr,
            cadence_per_min: cadence.map(|c| c * factor),
            speed_m_s: p.speed,
        });
    }
    Some(summary.finish(streams))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tcx(sport: &str, laps: &str) -> String {
        format!(
            "<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" \
             xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\"><Activities>\
             <Activity Sport=\"{sport}\"><Id>2024-05-01T06:00:00Z</Id>{laps}\
             <Creator><Name>Forerunner 955</Name></Creator></Activity></Activities></TrainingCenterDatabase>"
        )
    }

    fn lap(start_s: u32, seconds: u32, metres: f64) -> String {
        let points: String = (0..=seconds)
            .map(|t| {
                let s = start_s + t;
                format!(
                    "<Trackpoint><Time>2024-05-01T06:{:02}:{:02}Z</Time><DistanceMeters>{}</DistanceMeters>\
                     <HeartRateBpm><Value>140</Value></HeartRateBpm><Extensions><ns3:TPX>\
                     <ns3:RunCadence>84</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>",
                    s / 60,
                    s % 60,
                    f64::from(t) * metres / f64::from(seconds)
                )
            })
            .collect();
        format!(
            "<Lap StartTime=\"2024-05-01T06:{:02}:{:02}Z\"><TotalTimeSeconds>{seconds}</TotalTimeSeconds>\
             <DistanceMeters>{metres}</DistanceMeters><AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm>\
             <MaximumHeartRateBpm><Value>170</Value></MaximumHeartRateBpm><Track>{points}</Track></Lap>",
            start_s / 60,
            start_s % 60
        )
    }

    #[test]
    fn laps_are_the_summary_and_run_cadence_is_doubled() {
        let doc = tcx("Running", &(lap(0, 100, 300.0) + &lap(200, 100, 310.0)));
        let a = &parse(doc.as_bytes()).unwrap().activities[0];
        assert_eq!(a.sport, Sport::Run);
        assert_eq!(a.distance.get(), 610.0);
        assert_eq!(a.moving_time.get(), 200.0);
        assert_eq!(a.elapsed_time.get(), 300.0);
        assert_eq!(a.avg_heart_rate.map(|h| h.bpm()), Some(150));
        assert_eq!(a.max_heart_rate.map(|h| h.bpm()), Some(170));
        assert_eq!(a.avg_cadence_spm, Some(168.0));
        assert_eq!(a.device.as_deref(), Some("Forerunner 955"));
        assert_eq!(a.streams.len(), 202);
    }

    #[test]
    fn sports_and_non_activities() {
        let sport =
            |s: &str| parse(tcx(s, &lap(0, 10, 50.0)).as_bytes()).unwrap().activities[0].sport;
        assert_eq!(sport("Biking"), Sport::Ride);
        assert_eq!(sport("Other"), Sport::Other);
        let course = "<TrainingCenterDatabase><Courses><Course><Name>x</Name></Course></Courses></TrainingCenterDatabase>";
        assert!(matches!(parse(course.as_bytes()), Err(ImportError::NotActivity(_))));
        assert!(matches!(
            parse(b"<TrainingCenterDatabase><Activities"),
            Err(ImportError::Corrupt(_))
        ));
    }
}
