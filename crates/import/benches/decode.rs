//! Decode throughput per format over a synthetic corpus of one-hour runs with a record every
//! second (`runwell_import::corpus`): `parse_file` from bytes in memory to activities with their
//! streams, checksum and content hash included (no disk, no archive). Before divan's own table it
//! prints plain MB/s figures over the whole corpus, because those are what the issue asks for.
//! For `fit.gz` the bytes counted are the gzipped ones.

use std::hint::black_box;
use std::time::Instant;

use divan::counter::BytesCount;
use runwell_import::corpus::{self, Run};

const RUNS: u64 = 8;

fn corpus_of(format: &str) -> Vec<Vec<u8>> {
    (0..RUNS)
        .map(|i| {
            let run = Run { start: 1_600_000_000 + i as i64 * 86_400, seconds: 3600, seed: i + 1 };
            match format {
                "fit" => corpus::fit(&run),
                "fit.gz" => corpus::gzip(&corpus::fit(&run)),
                "gpx" => corpus::gpx(&run),
                "tcx" => corpus::tcx(&run),
                _ => Vec::new(),
            }
        })
        .collect()
}

const FORMATS: [&str; 4] = ["fit", "fit.gz", "gpx", "tcx"];

fn main() {
    for format in FORMATS {
        let files = corpus_of(format);
        let bytes: usize = files.iter().map(Vec::len).sum();
        // Three passes to warm caches, then the median of thirty timed passes: the machine is shared,
        // and the median resists a neighbour's burst.
        let mut rates: Vec<f64> = (0..33)
            .map(|_| {
                let started = Instant::now();
                for f in &files {
                    black_box(runwell_import::parse_file(black_box(f)).ok());
                }
                bytes as f64 / started.elapsed().as_secs_f64() / 1e6
            })
            .skip(3)
            .collect();
        rates.sort_by(f64::total_cmp);
        let median = rates[rates.len() / 2];
        println!(
            "decode {format:>6}: {median:>6.1} MB/s of file bytes ({} files of {:.0} kB, {:.1} ms each)",
            files.len(),
            bytes as f64 / files.len() as f64 / 1e3,
            bytes as f64 / files.len() as f64 / median / 1e3
        );
    }
    divan::main();
}

#[divan::bench(args = FORMATS, sample_count = 20)]
fn parse_file(bencher: divan::Bencher, format: &str) {
    let files = corpus_of(format);
    let bytes: usize = files.iter().map(Vec::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for f in &files {
            black_box(runwell_import::parse_file(black_box(f)).ok());
        }
    });
}
