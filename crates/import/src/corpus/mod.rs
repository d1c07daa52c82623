//! Synthetic activity files, made with the same writers other tools use (`rustyfit`'s FIT
//! encoder, plain XML for GPX and TCX), for tests, fuzzing seeds and the decode benchmark; and a
//! synthetic ten-year Strava export (`activities.csv` plus gzipped FIT, GPX and TCX files in a
//! ZIP) for measuring an import's time and memory; and, in [`hostile`], the small inputs that
//! would buy large costs (issue 12), each sized by its arguments. Nothing here is read by an
//! import.
//!
//! `cargo run -p runwell-import --release --bin make-corpus -- write DIR` writes the export,
//! `… -- hostile DIR` the hostile files at full size.

pub mod hostile;

use std::fmt::Write as _;
use std::io::{self, Seek, Write};

use flate2::Compression;
use flate2::write::GzEncoder;
use rustyfit::Encoder;
use rustyfit::profile::{mesgdef, typedef};
use rustyfit::proto::Message;

/// The shared corpus of real device files (`../shared/testdata` beside the workspace, found
/// from a crate's `CARGO_MANIFEST_DIR`). Its licences forbid copying it into the repository, so
/// a machine without it skips the tests that need it, with a word, and CI (`CI=true`) fails
/// instead of passing by skipping.
pub fn shared_testdata(manifest_dir: &str) -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(manifest_dir).join("../../../shared/testdata");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("the test corpus is missing at {} and CI needs it", dir.display());
    }
    eprintln!("skipped: no test corpus at {}", dir.display());
    None
}

/// One synthetic run: per-second samples of a steady jog with some variation.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    /// Unix seconds.
    pub start: i64,
    pub seconds: u32,
    /// Varies the route, pace and heart rate.
    pub seed: u64,
}

#[derive(Debug, Clone, Copy)]
struct Point {
    t: i64,
    lat: f64,
    lon: f64,
    altitude: f64,
    hr: u8,
    /// Per leg, as devices write it.
    cadence: u8,
    distance: f64,
    speed: f64,
}

/// A small deterministic generator (xorshift), so every corpus is the same.
fn next(state: &mut u64) -> f64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    (*state >> 11) as f64 / (1u64 << 53) as f64
}

fn points(run: &Run) -> Vec<Point> {
    let mut state = run.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let (mut lat, mut lon) = (51.4 + next(&mut state) * 0.2, -0.2 + next(&mut state) * 0.3);
    let heading = next(&mut state) * std::f64::consts::TAU;
    let base_speed = 2.6 + next(&mut state) * 0.8;
    let mut distance = 0.0;
    (0..=run.seconds)
        .map(|s| {
            let speed = base_speed + (f64::from(s) / 90.0).sin() * 0.3 + next(&mut state) * 0.1;
            if s > 0 {
                distance += speed;
                let turn = heading + f64::from(s) / 600.0;
                lat += speed * turn.cos() / 111_195.0;
                lon += speed * turn.sin() / (111_195.0 * lat.to_radians().cos());
            }
            Point {
                t: run.start + i64::from(s),
                lat,
                lon,
                altitude: 40.0 + (f64::from(s) / 300.0).sin() * 15.0,
                hr: (130.0 + f64::from(s.min(600)) / 20.0 + next(&mut state) * 4.0) as u8,
                cadence: (84.0 + next(&mut state) * 3.0) as u8,
                distance,
                speed,
            }
        })
        .collect()
}

/// An in-memory cursor for rustyfit's encoder, which writes through `embedded-io`.
struct Cursor {
    bytes: Vec<u8>,
    at: usize,
}

impl embedded_io::ErrorType for Cursor {
    type Error = core::convert::Infallible;
}

impl embedded_io::Write for Cursor {
    fn write(&mut self, buf: &[u8]) -> Result<usize, Self::Error> {
        let end = self.at + buf.len();
        if end > self.bytes.len() {
            self.bytes.resize(end, 0);
        }
        self.bytes[self.at..end].copy_from_slice(buf);
        self.at = end;
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

impl embedded_io::Seek for Cursor {
    fn seek(&mut self, pos: embedded_io::SeekFrom) -> Result<u64, Self::Error> {
        let at = match pos {
            embedded_io::SeekFrom::Start(n) => i64::try_from(n).unwrap_or(i64::MAX),
            embedded_io::SeekFrom::End(n) => self.bytes.len() as i64 + n,
            embedded_io::SeekFrom::Current(n) => self.at as i64 + n,
        };
        self.at = usize::try_from(at).unwrap_or(0);
        Ok(self.at as u64)
    }
}

/// A FIT activity file of the run: file id, timer events, a record a second, a lap, a session
/// and the activity message, as a Garmin watch writes them.
pub fn fit(run: &Run) -> Vec<u8> {
    let points = points(run);
    let (Some(first), Some(last)) = (points.first().copied(), points.last().copied()) else {
        return Vec::new();
    };
    let time = typedef::DateTime::from_unix_timestamp;
    let mut messages: Vec<Message> = Vec::with_capacity(points.len() + 8);
    let mut file_id = mesgdef::FileId::new();
    file_id.r#type = typedef::File::ACTIVITY;
    file_id.manufacturer = typedef::Manufacturer::DEVELOPMENT;
    file_id.product = 1;
    file_id.time_created = time(first.t);
    messages.push(file_id.into());
    let timer = |t: i64, kind: typedef::EventType| {
        let mut e = mesgdef::Event::new();
        e.timestamp = time(t);
        e.event = typedef::Event::TIMER;
        e.event_type = kind;
        Message::from(e)
    };
    messages.push(timer(first.t, typedef::EventType::START));
    for p in &points {
        let mut r = mesgdef::Record::new();
        r.timestamp = time(p.t);
        r.position_lat = rustyfit::semconv::to_semicircles(p.lat).unwrap_or(i32::MAX);
        r.position_long = rustyfit::semconv::to_semicircles(p.lon).unwrap_or(i32::MAX);
        r.enhanced_altitude = ((p.altitude + 500.0) * 5.0) as u32;
        r.heart_rate = p.hr;
        r.cadence = p.cadence;
        r.distance = (p.distance * 100.0) as u32;
        r.enhanced_speed = (p.speed * 1000.0) as u32;
        messages.push(r.into());
    }
    messages.push(timer(last.t, typedef::EventType::STOP_ALL));
    let seconds = (last.t - first.t) as u32;
    let mean = |f: fn(&Point) -> f64| points.iter().map(f).sum::<f64>() / points.len() as f64;
    let mut lap = mesgdef::Lap::new();
    lap.timestamp = time(last.t);
    lap.start_time = time(first.t);
    lap.total_elapsed_time = seconds * 1000;
    lap.total_timer_time = seconds * 1000;
    lap.total_distance = (last.distance * 100.0) as u32;
    lap.sport = typedef::Sport::RUNNING;
    messages.push(lap.into());
    let mut session = mesgdef::Session::new();
    session.timestamp = time(last.t);
    session.start_time = time(first.t);
    session.sport = typedef::Sport::RUNNING;
    session.sub_sport = typedef::SubSport::STREET;
    session.total_elapsed_time = seconds * 1000;
    session.total_timer_time = seconds * 1000;
    session.total_distance = (last.distance * 100.0) as u32;
    session.avg_heart_rate = mean(|p| f64::from(p.hr)) as u8;
    session.max_heart_rate = points.iter().map(|p| p.hr).max().unwrap_or(0);
    session.avg_cadence = mean(|p| f64::from(p.cadence)) as u8;
    session.num_laps = 1;
    messages.push(session.into());
    let mut activity = mesgdef::Activity::new();
    activity.timestamp = time(last.t);
    activity.local_timestamp = typedef::LocalDateTime::from_unix_timestamp(last.t + 3600);
    activity.num_sessions = 1;
    activity.total_timer_time = seconds * 1000;
    messages.push(activity.into());
    let mut fit = rustyfit::proto::FIT { messages, ..Default::default() };
    let mut out = Cursor { bytes: Vec::with_capacity(points.len() * 40), at: 0 };
    // The messages above are valid by construction; a failure would leave an empty file.
    match Encoder::new().encode(&mut out, &mut fit) {
        Ok(()) => out.bytes,
        Err(_) => Vec::new(),
    }
}

fn iso(t: i64) -> String {
    jiff::Timestamp::from_second(t).map(|t| t.to_string()).unwrap_or_default()
}

/// A GPX 1.1 file of the run as Garmin Connect exports one, with TrackPointExtension heart rate
/// and cadence.
pub fn gpx(run: &Run) -> Vec<u8> {
    let points = points(run);
    let mut s = String::with_capacity(points.len() * 300);
    s.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx creator=\"runwell corpus\" version=\"1.1\" \
         xmlns=\"http://www.topografix.com/GPX/1/1\" \
         xmlns:ns3=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n",
    );
    let _ = write!(
        s,
        "  <metadata><time>{}</time></metadata>\n  <trk>\n    <name>Morning Run</name>\n    <type>running</type>\n    <trkseg>\n",
        iso(run.start)
    );
    for p in &points {
        let _ = write!(
            s,
            "      <trkpt lat=\"{:.7}\" lon=\"{:.7}\">\n        <ele>{:.1}</ele>\n        <time>{}</time>\n        \
             <extensions>\n          <ns3:TrackPointExtension>\n            <ns3:hr>{}</ns3:hr>\n            \
             <ns3:cad>{}</ns3:cad>\n          </ns3:TrackPointExtension>\n        </extensions>\n      </trkpt>\n",
            p.lat,
            p.lon,
            p.altitude,
            iso(p.t),
            p.hr,
            p.cadence
        );
    }
    s.push_str("    </trkseg>\n  </trk>\n</gpx>\n");
    s.into_bytes()
}

/// A TCX file of the run with one lap, heart rate and the TPX extension's speed and run cadence.
pub fn tcx(run: &Run) -> Vec<u8> {
    let points = points(run);
    let last = points.last().copied();
    let mut s = String::with_capacity(points.len() * 450);
    s.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase \
         xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" \
         xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n  <Activities>\n",
    );
    let _ = write!(
        s,
        "    <Activity Sport=\"Running\">\n      <Id>{start}</Id>\n      <Lap StartTime=\"{start}\">\n        \
         <TotalTimeSeconds>{}</TotalTimeSeconds>\n        <DistanceMeters>{:.2}</DistanceMeters>\n        \
         <Intensity>Active</Intensity>\n        <TriggerMethod>Manual</TriggerMethod>\n        <Track>\n",
        run.seconds,
        last.map_or(0.0, |p| p.distance),
        start = iso(run.start)
    );
    for p in &points {
        let _ = write!(
            s,
            "          <Trackpoint>\n            <Time>{}</Time>\n            <Position>\n              \
             <LatitudeDegrees>{:.7}</LatitudeDegrees>\n              <LongitudeDegrees>{:.7}</LongitudeDegrees>\n            \
             </Position>\n            <AltitudeMeters>{:.1}</AltitudeMeters>\n            <DistanceMeters>{:.2}</DistanceMeters>\n            \
             <HeartRateBpm><Value>{}</Value></HeartRateBpm>\n            <Extensions>\n              <ns3:TPX>\n                \
             <ns3:Speed>{:.3}</ns3:Speed>\n                <ns3:RunCadence>{}</ns3:RunCadence>\n              </ns3:TPX>\n            \
             </Extensions>\n          </Trackpoint>\n",
            iso(p.t),
            p.lat,
            p.lon,
            p.altitude,
            p.distance,
            p.hr,
            p.speed,
            p.cadence
        );
    }
    s.push_str("        </Track>\n      </Lap>\n      <Creator><Name>runwell corpus</Name></Creator>\n    </Activity>\n  </Activities>\n</TrainingCenterDatabase>\n");
    s.into_bytes()
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::with_capacity(bytes.len() / 4), Compression::default());
    // Writing to a Vec cannot fail.
    let _ = e.write_all(bytes);
    e.finish().unwrap_or_default()
}

/// What [`strava_export`] wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportSummary {
    pub runs: usize,
    /// Bytes of the activity files before gzip.
    pub raw_bytes: u64,
}

/// Writes a Strava-style export of `runs` one-hour runs spread over ten years: `activities.csv`
/// (Strava's first 26 columns) and `activities/<id>.fit.gz`, `.gpx.gz` or `.tcx.gz`, three in
/// five FIT, one in four GPX, the rest TCX, as a ZIP.
pub fn strava_export(runs: usize, out: impl Write + Seek) -> io::Result<ExportSummary> {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(out);
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut csv = String::from(
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,\
         Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,\
         Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,\
         Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,Average Grade\n",
    );
    let mut summary = ExportSummary::default();
    let first = 1_451_633_400; // 2016-01-01T07:30:00Z
    let step = 10 * 365 * 86_400 / runs.max(1) as i64;
    for i in 0..runs {
        let run = Run { start: first + i as i64 * step, seconds: 3600, seed: i as u64 + 1 };
        let (extension, bytes) = match i % 20 {
            0..12 => ("fit", fit(&run)),
            12..17 => ("gpx", gpx(&run)),
            _ => ("tcx", tcx(&run)),
        };
        let id = 3_000_000_000u64 + i as u64;
        let name = format!("activities/{id}.{extension}.gz");
        zip.start_file(name.as_str(), stored)?;
        zip.write_all(&gzip(&bytes))?;
        summary.raw_bytes += bytes.len() as u64;
        summary.runs += 1;
        let date = jiff::Timestamp::from_second(run.start)
            .map(|t| t.strftime("%b %-d, %Y, %-I:%M:%S %p").to_string())
            .unwrap_or_default();
        let distance = points(&run).last().map_or(0.0, |p| p.distance);
        let gear = if i % 3 == 0 { "Pegasus 40" } else { "Novablast 4" };
        let _ = writeln!(
            csv,
            "{id},\"{date}\",Morning Run,Run,,3600,{:.2},,,false,,{gear},{name},,,3600.0,3600.0,{distance:.1},,,,,,,,",
            distance / 1000.0
        );
    }
    zip.start_file("activities.csv", deflated)?;
    zip.write_all(csv.as_bytes())?;
    zip.finish()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_reads_back_as_the_same_run() {
        let run = Run { start: 1_700_000_000, seconds: 600, seed: 7 };
        for (name, bytes) in [("fit", fit(&run)), ("gpx", gpx(&run)), ("tcx", tcx(&run))] {
            let parsed = crate::parse_file(&bytes).unwrap();
            let a = &parsed.activities[0];
            assert_eq!(a.start.as_second(), run.start, "{name}");
            assert_eq!(a.streams.len(), 601, "{name}");
            assert_eq!(a.sport, runwell_domain::Sport::Run, "{name}");
            assert!((a.elapsed_time.get() - 600.0).abs() < 0.5, "{name}");
            let cadence = a.avg_cadence_spm.unwrap();
            assert!((166.0..176.0).contains(&cadence), "{name}: {cadence}");
            assert!(parsed.warnings.is_empty(), "{name}: {:?}", parsed.warnings);
        }
        let d = |bytes: Vec<u8>| crate::parse_file(&bytes).unwrap().activities[0].distance.get();
        let (f, g, t) = (d(fit(&run)), d(gpx(&run)), d(tcx(&run)));
        assert!((f - t).abs() < 0.1 && (f - g).abs() / f < 0.01, "{f} {g} {t}");
    }
}
