//! A run with positioned samples as GPX 1.1: one track, one segment, a track point per sample
//! that has a position, with its time, elevation, and heart rate and cadence in Garmin's
//! TrackPointExtension v1 (which Strava and Garmin Connect read). Cadence is written per leg
//! (strides a minute), as Garmin's files have it; runwell's steps a minute are twice that.

use std::fmt::Write as _;

use runwell_domain::streams::Streams;

/// GPX's own namespace and Garmin's extension, with where their schemas live.
const HEADER: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>"#,
    "\n",
    r#"<gpx version="1.1" creator="runwell" xmlns="http://www.topografix.com/GPX/1/1" "#,
    r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#,
    r#"xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" "#,
    r#"xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd "#,
    r#"http://www.garmin.com/xmlschemas/TrackPointExtension/v1 http://www8.garmin.com/xmlschemas/TrackPointExtensionv1.xsd">"#,
    "\n"
);

/// `<`, `>`, `&` and quotes as entities, for text and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 cannot carry other control characters at all.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// The GPX for a run starting at `start_utc` (epoch seconds) with `streams`; `None` when no
/// sample has a position (a treadmill run has nothing to draw).
/// `per_leg` halves the cadence (a sport on foot, whose cadence runwell keeps for both feet).
pub(crate) fn gpx(
    name: &str,
    (sport, per_leg): (&str, bool),
    start_utc: i64,
    streams: &Streams,
) -> Option<String> {
    let c = streams.columns();
    if !c.position_e7.iter().any(Option::is_some) {
        return None;
    }
    let start = jiff::Timestamp::from_second(start_utc).ok()?;
    let mut out = String::from(HEADER);
    let _ = writeln!(out, "<metadata><name>{}</name><time>{start}</time></metadata>", escape(name));
    let _ =
        writeln!(out, "<trk><name>{}</name><type>{}</type><trkseg>", escape(name), escape(sport));
    for i in 0..c.time_ms.len() {
        let Some((lat, lon)) = c.position_e7[i] else { continue };
        let Some(time) = start.checked_add(jiff::SignedDuration::from_millis(c.time_ms[i])).ok()
        else {
            continue;
        };
        let _ = write!(
            out,
            r#"<trkpt lat="{:.7}" lon="{:.7}">"#,
            f64::from(lat) / 1e7,
            f64::from(lon) / 1e7
        );
        if let Some(dm) = c.altitude_dm[i] {
            let _ = write!(out, "<ele>{:.1}</ele>", f64::from(dm) / 10.0);
        }
        let _ = write!(out, "<time>{time}</time>");
        let hr = c.heart_rate_bpm[i];
        let per_minute = if per_leg { 20.0 } else { 10.0 };
        let cad = c.cadence_dpm[i].map(|d| (f64::from(d) / per_minute).round() as i64);
        if hr.is_some() || cad.is_some() {
            out.push_str("<extensions><gpxtpx:TrackPointExtension>");
            if let Some(hr) = hr {
                let _ = write!(out, "<gpxtpx:hr>{hr}</gpxtpx:hr>");
            }
            if let Some(cad) = cad {
                let _ = write!(out, "<gpxtpx:cad>{cad}</gpxtpx:cad>");
            }
            out.push_str("</gpxtpx:TrackPointExtension></extensions>");
        }
        out.push_str("</trkpt>\n");
    }
    out.push_str("</trkseg></trk>\n</gpx>\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use runwell_domain::streams::{LatLon, Sample};

    use super::*;

    #[test]
    fn names_are_escaped_and_controls_dropped() {
        let check = |text: &str, expected: &str| assert_eq!(escape(text), expected, "{text:?}");
        check("Morning Run", "Morning Run");
        check("<a href=\"x\">&'", "&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
        check("bell\u{7}\u{1b}[31m", "bell[31m");
    }

    #[test]
    fn a_run_without_positions_has_no_gpx_and_one_with_has_its_points() {
        let sample = |t: f64, position: Option<LatLon>| Sample {
            time_s: t,
            distance_m: None,
            position,
            altitude_m: Some(12.3),
            heart_rate_bpm: Some(150),
            cadence_per_min: Some(172.0),
            speed_m_s: None,
        };
        let mut indoor = Streams::new();
        indoor.push(sample(0.0, None));
        assert_eq!(gpx("x", ("run", true), 0, &indoor), None);
        let mut outdoor = Streams::new();
        outdoor.push(sample(0.0, Some(LatLon { lat_deg: 55.5, lon_deg: 12.25 })));
        outdoor.push(sample(1.5, None));
        let text = gpx("A & B", ("run", true), 1_767_225_600, &outdoor).unwrap();
        assert!(text.contains("<name>A &amp; B</name>"), "{text}");
        assert!(text.contains(r#"<trkpt lat="55.5000000" lon="12.2500000"><ele>12.3</ele><time>2026-01-01T00:00:00Z</time>"#), "{text}");
        assert!(text.contains("<gpxtpx:hr>150</gpxtpx:hr><gpxtpx:cad>86</gpxtpx:cad>"), "{text}");
        assert_eq!(text.matches("<trkpt").count(), 1, "a sample without a position is left out");
    }
}
