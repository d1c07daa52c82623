//! Writes the synthetic ten-year Strava export, or imports one and reports time and memory.
//!
//!     make-corpus write DIR [RUNS]    DIR/strava-export.zip with RUNS one-hour runs (default 2000)
//!     make-corpus hostile DIR         issue 12's hostile files at full size, one per line of output
//!     make-corpus walk PATH...        import PATH(s) as the app would; print counts, time, peak memory
//!     make-corpus inflate ZIP         the floor: inflate every entry (and the gzip inside) on one
//!                                     thread, decoding nothing; print bytes and seconds

use std::error::Error;
use std::path::PathBuf;
use std::time::Instant;

use runwell_import::{Limits, corpus, walk};

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("write") => {
            let dir = PathBuf::from(args.get(1).ok_or("write needs a folder")?);
            let runs = args.get(2).map(|r| r.parse()).transpose()?.unwrap_or(2000);
            std::fs::create_dir_all(&dir)?;
            let path = dir.join("strava-export.zip");
            let started = Instant::now();
            let file = std::io::BufWriter::new(std::fs::File::create(&path)?);
            let summary = corpus::strava_export(runs, file)?;
            let size = std::fs::metadata(&path)?.len();
            println!(
                "wrote {} ({} runs, {:.0} MB of activity files, {:.0} MB zipped) in {:.1} s",
                path.display(),
                summary.runs,
                summary.raw_bytes as f64 / 1e6,
                size as f64 / 1e6,
                started.elapsed().as_secs_f64()
            );
        }
        Some("hostile") => {
            let dir = PathBuf::from(args.get(1).ok_or("hostile needs a folder")?);
            std::fs::create_dir_all(&dir)?;
            for file in corpus::hostile::full_size() {
                let path = dir.join(file.name);
                let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
                (file.write)(&mut out)?;
                std::io::Write::flush(&mut out)?;
                let size = std::fs::metadata(&path)?.len();
                println!("{}\t{}\t{}", path.display(), size, file.what);
            }
        }
        Some("walk") => {
            let paths: Vec<PathBuf> = args[1..].iter().map(PathBuf::from).collect();
            let started = Instant::now();
            let mut samples = 0usize;
            let summary = walk(&paths, &Limits::default(), |outcome| {
                if let Ok(parsed) = &outcome.result {
                    samples += parsed.activities.iter().map(|a| a.streams.len()).sum::<usize>();
                }
            });
            let seconds = started.elapsed().as_secs_f64();
            println!("{summary:?}, {samples} samples in {seconds:.1} s");
            if let Some(peak) = peak_memory_kib() {
                println!("peak memory (VmHWM): {:.0} MB", peak as f64 / 1024.0);
            }
        }
        Some("inflate") => {
            let path = PathBuf::from(args.get(1).ok_or("inflate needs a ZIP")?);
            let started = Instant::now();
            let (entries, bytes) = inflate_all(&path)?;
            let seconds = started.elapsed().as_secs_f64();
            println!("inflated {entries} entries to {bytes} bytes in {seconds:.3} s");
        }
        _ => {
            return Err(
                "usage: make-corpus write DIR [RUNS] | make-corpus hostile DIR | make-corpus walk PATH... | make-corpus inflate ZIP"
                    .into(),
            );
        }
    }
    Ok(())
}

/// Reads every entry of a ZIP to its end, and a gzipped entry's gzip too: the least any import of
/// the archive must do. Returns the entries and the bytes they inflate to.
fn inflate_all(path: &std::path::Path) -> Result<(u64, u64), Box<dyn Error>> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(std::fs::File::open(path)?))?;
    let (mut entries, mut bytes) = (0u64, 0u64);
    let mut buffer = Vec::new();
    let mut inflated = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i)?;
        buffer.clear();
        entry.read_to_end(&mut buffer)?;
        if buffer.starts_with(&[0x1f, 0x8b]) {
            inflated.clear();
            flate2::bufread::MultiGzDecoder::new(&buffer[..]).read_to_end(&mut inflated)?;
            bytes += inflated.len() as u64;
        } else {
            bytes += buffer.len() as u64;
        }
        entries += 1;
    }
    Ok((entries, bytes))
}

/// The process's peak resident memory, where Linux reports it.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
