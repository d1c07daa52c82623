//! GPX 1.0 and 1.1 on quick-xml, matching elements by local name so that any namespace prefix
//! works, and reading Garmin's TrackPointExtension (and the plainer `hr`/`cadence` extensions
//! of other apps) for heart rate and cadence.
//!
//! A file's timed tracks become activities; tracks less than an hour apart are one activity
//! (recorders split a track at every pause), so a two-day file gives two. Points without a
//! time are left out, and a file whose points mostly lack times is a route, not a recording.
//! A file that does not name its sport is taken for a run unless its speed says otherwise.

use jiff::Timestamp;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::NsReader;
use runwell_domain::Sport;
use runwell_domain::streams::{LatLon, Sample, Streams, distance_m};

use crate::activity::{Parsed, SourceFormat};
use crate::error::ImportError;
use crate::summary::{Summary, per_leg_factor};
use crate::{sports, xml};

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

fn tag(local: &[u8]) -> Tag {
    match local {
        b"gpx" => Tag::Gpx,
        b"metadata" => Tag::Metadata,
        b"trk" => Tag::Trk,
        b"trkseg" => Tag::Trkseg,
        b"trkpt" => Tag::Trkpt,
        b"rtept" => Tag::Rtept,
        b"wpt" => Tag::Wpt,
        b"extensions" => Tag::Extensions,
        b"name" => Tag::Name,
        b"type" => Tag::Type,
        b"time" => Tag::Time,
        b"ele" => Tag::Ele,
        b"speed" => Tag::Speed,
        b"hr" | b"heartrate" | b"heart_rate" | b"HeartRate" => Tag::Hr,
        b"cad" | b"cadence" | b"Cadence" | b"RunCadence" => Tag::Cad,
        _ => Tag::Other,
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Point {
    time: Option<Timestamp>,
    pos: Option<LatLon>,
    ele: Option<f64>,
    hr: Option<u8>,
    cad: Option<f64>,
    speed: Option<f64>,
}

#[derive(Debug, Default)]
struct Track {
    name: Option<String>,
    kind: Option<String>,
    segments: Vec<Vec<Point>>,
}

#[derive(Debug, Default)]
struct Document {
    creator: Option<String>,
    name: Option<String>,
    tracks: Vec<Track>,
    route_points: usize,
    waypoints: usize,
    assumed_utc: bool,
}

pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let mut warnings = Vec::new();
    let text = xml::text(bytes, &mut warnings);
    let (doc, error) = read(&text);
    let points: usize = doc.tracks.iter().flat_map(|t| &t.segments).map(Vec::len).sum();
    if let Some(e) = &error {
        if points == 0 {
            return Err(ImportError::Corrupt(format!("the GPX is not well-formed XML ({e})")));
        }
        warnings
            .push(format!("the GPX file is damaged ({e}); the points before the damage are kept"));
    }
    if doc.assumed_utc {
        warnings.push("some times have no time zone and were taken as UTC".to_owned());
    }
    let timed =
        doc.tracks.iter().flat_map(|t| &t.segments).flatten().filter(|p| p.time.is_some()).count();
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
        warnings.push(format!("{} points without a time were left out", points - timed));
    }
    let partial = error.is_some();
    let activities = activities(&doc, partial, &mut warnings);
    if activities.is_empty() {
        return Err(ImportError::NoData(
            "no GPX track has points at two different times".to_owned(),
        ));
    }
    Ok(Parsed { activities, warnings })
}

fn read(text: &str) -> (Document, Option<String>) {
    let mut reader = NsReader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut doc = Document::default();
    let mut stack: Vec<Tag> = Vec::with_capacity(16);
    let mut point: Option<Point> = None;
    let mut capture: Option<(Tag, Tag)> = None;
    let mut buf = String::new();
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) if stack.is_empty() => return (doc, None),
            Ok(Event::Eof) => {
                finish_point(&mut doc, point.take());
                return (doc, Some("it ends before its closing tags".to_owned()));
            }
            Ok(e) => e,
            Err(e) => return (doc, Some(e.to_string())),
        };
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let t = tag(e.local_name().as_ref().as_bytes());
                let parent = stack.last().copied();
                match t {
                    Tag::Gpx => doc.creator = attribute(e, "creator").filter(|c| !c.is_empty()),
                    Tag::Trk => doc.tracks.push(Track::default()),
                    Tag::Trkseg => track(&mut doc).segments.push(Vec::new()),
                    Tag::Trkpt => {
                        point = Some(Point {
                            pos: xml::lat_lon(
                                attribute(e, "lat").as_deref(),
                                attribute(e, "lon").as_deref(),
                            ),
                            ..Point::default()
                        })
                    }
                    Tag::Rtept => doc.route_points += 1,
                    Tag::Wpt => doc.waypoints += 1,
                    _ => {}
                }
                if matches!(event, Event::Empty(_)) {
                    if t == Tag::Trkpt {
                        finish_point(&mut doc, point.take());
                    }
                    continue;
                }
                let in_extension = point.is_some() && stack.contains(&Tag::Extensions);
                let wanted = match (parent, t) {
                    (Some(Tag::Trkpt), Tag::Time | Tag::Ele | Tag::Speed) => true,
                    (_, Tag::Hr | Tag::Cad | Tag::Speed) => in_extension,
                    (Some(Tag::Trk), Tag::Name | Tag::Type) => true,
                    (Some(Tag::Metadata | Tag::Gpx), Tag::Name) => true,
                    _ => false,
                };
                if wanted {
                    capture = Some((t, parent.unwrap_or(Tag::Other)));
                    buf.clear();
                }
                stack.push(t);
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) if capture.is_some() => {
                xml::append_text(&event, &mut buf);
            }
            Event::End(_) => {
                let Some(t) = stack.pop() else { continue };
                if let Some((wanted, parent)) = capture.filter(|c| c.0 == t) {
                    capture = None;
                    store(&mut doc, point.as_mut(), wanted, parent, &buf);
                }
                if t == Tag::Trkpt {
                    finish_point(&mut doc, point.take());
                }
            }
            _ => {}
        }
    }
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().map(|a| a.value.trim().to_owned())
}

fn track(doc: &mut Document) -> &mut Track {
    if doc.tracks.is_empty() {
        doc.tracks.push(Track::default());
    }
    let last = doc.tracks.len() - 1;
    &mut doc.tracks[last]
}

fn finish_point(doc: &mut Document, point: Option<Point>) {
    let Some(p) = point else { return };
    let t = track(doc);
    if t.segments.is_empty() {
        t.segments.push(Vec::new());
    }
    if let Some(segment) = t.segments.last_mut() {
        segment.push(p);
    }
}

fn store(doc: &mut Document, point: Option<&mut Point>, tag: Tag, parent: Tag, text: &str) {
    let text = text.trim();
    match (point, tag) {
        (Some(p), Tag::Time) => {
            if let Some((t, assumed)) = xml::time(text) {
                p.time = Some(t);
                doc.assumed_utc |= assumed;
            }
        }
        (Some(p), Tag::Ele) => p.ele = xml::number(text),
        (Some(p), Tag::Speed) => p.speed = xml::number(text).filter(|s| *s >= 0.0),
        (Some(p), Tag::Hr) => {
            p.hr = xml::number(text).filter(|h| (1.0..=255.0).contains(h)).map(|h| h.round() as u8)
        }
        (Some(p), Tag::Cad) => p.cad = xml::number(text).filter(|c| *c >= 0.0),
        (_, Tag::Name) if parent == Tag::Trk => {
            track(doc).name = Some(text.to_owned()).filter(|n| !n.is_empty())
        }
        (_, Tag::Type) if parent == Tag::Trk => {
            track(doc).kind = Some(text.to_owned()).filter(|k| !k.is_empty())
        }
        (_, Tag::Name) if doc.name.is_none() && !text.is_empty() => {
            doc.name = Some(text.to_owned())
        }
        _ => {}
    }
}

/// A timed point and whether it starts a new segment (a pause: no distance across it).
type Timed = (Point, bool);

fn activities(
    doc: &Document,
    partial: bool,
    warnings: &mut Vec<String>,
) -> Vec<crate::activity::Activity> {
    // Each track's timed points, in time order, grouped into activities by the gaps between them.
    let mut tracks: Vec<(&Track, Vec<Timed>)> = doc
        .tracks
        .iter()
        .map(|t| {
            let mut points = Vec::new();
            for segment in &t.segments {
                let mut first = true;
                for p in segment.iter().filter(|p| p.time.is_some()) {
                    points.push((*p, std::mem::take(&mut first)));
                }
            }
            points.sort_by_key(|(p, _)| p.time);
            (t, points)
        })
        .filter(|(_, points)| !points.is_empty())
        .collect();
    tracks.sort_by_key(|(_, points)| points.first().and_then(|p| p.0.time));
    let mut groups: Vec<(Vec<&Track>, Vec<Timed>)> = Vec::new();
    for (track, points) in tracks {
        let first = points.first().and_then(|p| p.0.time);
        let joins = match (groups.last().and_then(|g| g.1.last()).and_then(|p| p.0.time), first) {
            (Some(last), Some(first)) => {
                first.as_second() - last.as_second() <= SAME_ACTIVITY_GAP_S
            }
            _ => false,
        };
        match groups.last_mut() {
            Some(group) if joins => {
                group.0.push(track);
                group.1.extend(points);
            }
            _ => groups.push((vec![track], points)),
        }
    }
    let mut out = Vec::new();
    for (tracks, points) in groups {
        let start = points.first().and_then(|p| p.0.time);
        let end = points.last().and_then(|p| p.0.time);
        let (Some(start), Some(end)) = (start, end) else { continue };
        if points.len() < 2 || end.duration_since(start).as_secs_f64() < 1.0 {
            let name = tracks.first().and_then(|t| t.name.as_deref()).unwrap_or("unnamed");
            warnings.push(format!("the track \"{name}\" has no time span and was left out"));
            continue;
        }
        let kind = tracks.iter().find_map(|t| t.kind.clone());
        let sport = match kind.as_deref().map(sports::from_words) {
            Some(Some(sport)) => sport,
            Some(None) => Sport::Other,
            None => guess_sport(&points, warnings),
        };
        let mut summary = Summary::new(start, sport, SourceFormat::Gpx);
        summary.sport_in_file = kind;
        summary.name = tracks.iter().find_map(|t| t.name.clone()).or_else(|| doc.name.clone());
        summary.device = doc.creator.clone();
        summary.partial = partial;
        summary.index_in_file = u32::try_from(out.len()).unwrap_or(u32::MAX);
        let raw_cadence: Vec<f64> = points.iter().filter_map(|p| p.0.cad).collect();
        let (factor, note) = per_leg_factor(sport, &raw_cadence);
        warnings.extend(note);
        out.push(summary.finish(streams(&points, start, factor)));
    }
    out
}

/// Cumulative distance along the points, not counting the jump across a pause between segments.
fn streams(points: &[Timed], start: Timestamp, cadence_factor: f64) -> Streams {
    let mut streams = Streams::with_capacity(points.len());
    let mut distance = 0.0;
    let mut last_pos: Option<LatLon> = None;
    let has_positions = points.iter().any(|p| p.0.pos.is_some());
    for &(p, new_segment) in points {
        if let Some(pos) = p.pos {
            if let (Some(last), false) = (last_pos, new_segment) {
                distance += distance_m(last, pos);
            }
            last_pos = Some(pos);
        }
        let time = p.time.unwrap_or(start);
        streams.push(Sample {
            time_s: time.duration_since(start).as_secs_f64(),
            distance_m: (has_positions && last_pos.is_some()).then_some(distance),
            position: p.pos,
            altitude_m: p.ele,
            heart_rate_bpm: p.hr,
            cadence_per_min: p.cad.map(|c| c * cadence_factor),
            speed_m_s: p.speed,
        });
    }
    streams
}

/// A file that does not name its sport is taken for a run (runwell's runners mostly import
/// runs), unless the median moving speed is beyond a runner's: over 6.5 m/s (23 km/h) a ride,
/// over 12 m/s (43 km/h) a motor vehicle.
fn guess_sport(points: &[Timed], warnings: &mut Vec<String>) -> Sport {
    let mut speeds: Vec<f64> = points
        .windows(2)
        .filter(|w| !w[1].1)
        .filter_map(|w| {
            let dt = w[1].0.time?.duration_since(w[0].0.time?).as_secs_f64();
            let d = distance_m(w[0].0.pos?, w[1].0.pos?);
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
mod tests {
    use super::*;

    fn gpx(body: &str) -> String {
        format!(
            "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" \
             xmlns=\"http://www.topografix.com/GPX/1/1\" \
             xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">{body}</gpx>"
        )
    }

    fn point(t: u32, lat: f64, extra: &str) -> String {
        format!(
            "<trkpt lat=\"{lat}\" lon=\"8.0\"><ele>100</ele><time>2024-05-01T06:{:02}:{:02}Z</time>{extra}</trkpt>",
            t / 60,
            t % 60
        )
    }

    #[test]
    fn a_garmin_run_with_heart_rate_and_cadence() {
        let ext = "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr>\
                   <gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>";
        let points: String =
            (0..=60).map(|t| point(t, 49.0 + f64::from(t) * 0.00003, ext)).collect();
        let doc = gpx(&format!(
            "<trk><name>Morning &amp; run</name><type>running</type><trkseg>{points}</trkseg></trk>"
        ));
        let parsed = parse(doc.as_bytes()).unwrap();
        let a = &parsed.activities[0];
        assert_eq!(a.sport, Sport::Run);
        assert_eq!(a.name.as_deref(), Some("Morning & run"));
        assert_eq!(a.device.as_deref(), Some("test"));
        assert_eq!(a.elapsed_time.get(), 60.0);
        assert!((a.distance.get() - 200.2).abs() < 0.5, "{}", a.distance.get());
        assert_eq!(a.avg_heart_rate.map(|h| h.bpm()), Some(150));
        assert_eq!(a.avg_cadence_spm, Some(170.0));
        assert_eq!(a.streams.len(), 61);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }

    #[test]
    fn routes_waypoints_and_untimed_tracks_are_not_activities() {
        let check = |body: &str, expected: &str| {
            let err = parse(gpx(body).as_bytes()).unwrap_err().to_string();
            assert!(err.contains(expected), "{err}");
        };
        check("<rte><rtept lat=\"1\" lon=\"1\"/></rte>", "route");
        check("<wpt lat=\"1\" lon=\"1\"/>", "waypoints only");
        check("", "no track");
        check(
            "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk>",
            "without times",
        );
        check(&format!("<trk><trkseg>{}</trkseg></trk>", point(0, 1.0, "")), "two different times");
    }

    #[test]
    fn tracks_an_hour_apart_are_separate_and_pauses_add_no_distance() {
        let seg = |from: u32| -> String {
            (from..from + 3).map(|t| point(t, 49.0 + f64::from(t) * 0.0001, "")).collect()
        };
        // Two segments of one track: the jump between them is a pause.
        let body = format!("<trk><trkseg>{}</trkseg><trkseg>{}</trkseg></trk>", seg(0), seg(30));
        let a = &parse(gpx(&body).as_bytes()).unwrap().activities[0];
        assert!((a.distance.get() - 4.0 * 11.1195).abs() < 0.1, "{}", a.distance.get());
        // Two tracks 3,000 s and more apart... are still one (gap under an hour).
        let body = format!(
            "<trk><trkseg>{}</trkseg></trk><trk><trkseg>{}</trkseg></trk>",
            seg(0),
            seg(3000)
        );
        assert_eq!(parse(gpx(&body).as_bytes()).unwrap().activities.len(), 1);
    }

    #[test]
    fn damaged_xml_keeps_what_came_before() {
        let points: String = (0..10).map(|t| point(t, 49.0, "")).collect();
        let doc = gpx(&format!("<trk><trkseg>{points}</trkseg></trk>"));
        let cut = &doc[..doc.len() - 40];
        let parsed = parse(cut.as_bytes()).unwrap();
        assert!(
            parsed.activities[0].partial || parsed.warnings.iter().any(|w| w.contains("damaged"))
        );
        assert!(matches!(parse(b"<gpx><trk></gpx>"), Err(ImportError::Corrupt(_))));
    }
}
