//! The load benchmark: ten years of data (2,000 runs and a daily pain diary: a morning entry
//! every day and an after-run entry for every run, about 5,600 entries, written through the
//! app), the real server on a loopback port, and 32 keep-alive connections asking for `/` and
//! `/runs` for a bounded time. Prints p50/p90/p99/max latency and requests per second per path.
//!
//! `cargo run --release -p runwell-web --example loadgen -- [--seconds 10] [--connections 32]
//! [--db PATH] [--fill-only]` (a database already filled is reused; without `--db` a temporary
//! one is made; `--fill-only` fills the database and stops, for `scripts/bench-answers`).
//! With `--database-url postgres://… [--runners 200] [--years 2]` it measures many runners in
//! one server database instead (`many.rs`); adding `--server` measures server mode, signed in as
//! runners and clinicians (`clinic.rs`).

mod clinic;
mod many;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use runwell_app::{App, PainInput, ProfileInput, RunInput};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

const RUNS: usize = 2_000;
/// The diary's days: one run every 1.8 days covers them.
const DAYS: usize = RUNS * 9 / 5;
const FIRST_DAY: &str = "2016-03-01";

struct Options {
    seconds: u64,
    connections: usize,
    db: Option<PathBuf>,
    fill_only: bool,
    database_url: Option<String>,
    runners: usize,
    years: usize,
    server: bool,
}

fn options() -> anyhow::Result<Options> {
    let mut o = Options {
        seconds: 10,
        connections: 32,
        db: None,
        fill_only: false,
        database_url: None,
        runners: 200,
        years: 2,
        server: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--fill-only" {
            o.fill_only = true;
            continue;
        }
        if arg == "--server" {
            o.server = true;
            continue;
        }
        let value = args.next().ok_or_else(|| anyhow::anyhow!("{arg} needs a value"))?;
        match arg.as_str() {
            "--seconds" => o.seconds = value.parse()?,
            "--connections" => o.connections = value.parse()?,
            "--db" => o.db = Some(value.into()),
            "--database-url" => o.database_url = Some(value),
            "--runners" => o.runners = value.parse()?,
            "--years" => o.years = value.parse()?,
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    // Bounded: the benchmark always stops by itself.
    o.seconds = o.seconds.clamp(1, 120);
    o.connections = o.connections.clamp(1, 256);
    o.runners = o.runners.clamp(1, 1_000);
    o.years = o.years.clamp(1, 10);
    Ok(o)
}

/// `runs` runs over `days` days of a runner's data (ten years: `RUNS` over `DAYS`), written
/// through the app as the front ends would.
async fn fill(app: &App, runs: usize, days: usize) -> anyhow::Result<()> {
    if app.profile().await.is_ok() && app.runs(None).await?.len() >= runs {
        eprintln!("reusing the filled database");
        return Ok(());
    }
    app.save_profile(&ProfileInput {
        time_zone: "Europe/London".into(),
        run_days: "tue,thu,sat,sun".into(),
        strength_days: "mon,wed,fri".into(),
        ..ProfileInput::default()
    })
    .await?;
    let start = runwell_domain::LocalDay::parse(FIRST_DAY)?;
    let started = Instant::now();
    for i in 0..runs {
        // One run every 1.8 days over ten years, 5 to 16 km, effort 3 to 8.
        let day = start.plus_days(i32::try_from(i * 9 / 5)?);
        let km = 5.0 + (i * 37 % 110) as f64 / 10.0;
        let minutes = (km * 5.5) as u32;
        app.log_run(&RunInput {
            date: day.to_string(),
            time: Some("07:15".into()),
            distance_km: km.to_string(),
            duration: format!("{minutes}:{:02}", i % 60),
            rpe: Some((3 + i % 6).to_string()),
            surface: Some(["road", "grass", "trail", "track"][i % 4].into()),
            shoe: Some(["Pegasus", "Speedgoat", "Clifton"][i / 400 % 3].into()),
            ..RunInput::default()
        })
        .await?;
    }
    let mut entries = 0;
    for d in 0..days {
        // A morning every day, mostly settled (0-2/10), a worse one now and then.
        let day = start.plus_days(i32::try_from(d)?);
        let morning = if d % 23 == 0 { 4 } else { d * 7 % 3 };
        app.log_pain(&PainInput {
            date: day.to_string(),
            when: "morning".into(),
            score: morning.to_string(),
            ..PainInput::default()
        })
        .await?;
        entries += 1;
    }
    for i in 0..runs {
        // After every run, 0-5/10.
        let day = start.plus_days(i32::try_from(i * 9 / 5)?);
        app.log_pain(&PainInput {
            date: day.to_string(),
            when: "after".into(),
            score: (i * 7 % 6).to_string(),
            ..PainInput::default()
        })
        .await?;
        entries += 1;
    }
    eprintln!(
        "filled {runs} runs and {entries} pain entries in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// One keep-alive connection asking for `path` until `until`; the latency of each answer.
async fn drive(port: u16, path: &'static str, until: Instant) -> anyhow::Result<Vec<Duration>> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    stream.set_nodelay(true)?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    let mut latencies = Vec::new();
    let mut buffer = Vec::with_capacity(256 * 1024);
    let mut chunk = vec![0u8; 64 * 1024];
    while Instant::now() < until {
        let sent = Instant::now();
        stream.write_all(request.as_bytes()).await?;
        buffer.clear();
        // Read the head, then exactly Content-Length bytes of body.
        let (head_end, length) = loop {
            let n = stream.read(&mut chunk).await?;
            anyhow::ensure!(n > 0, "the server closed the connection");
            buffer.extend_from_slice(&chunk[..n]);
            if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = std::str::from_utf8(&buffer[..at])?;
                anyhow::ensure!(head.starts_with("HTTP/1.1 200"), "{path}: {head}");
                let length: usize = head
                    .lines()
                    .find_map(|l| {
                        let (name, value) = l.split_once(':')?;
                        if name.eq_ignore_ascii_case("content-length") {
                            value.trim().parse().ok()
                        } else {
                            None
                        }
                    })
                    .ok_or_else(|| anyhow::anyhow!("{path}: no content-length"))?;
                break (at + 4, length);
            }
        };
        while buffer.len() < head_end + length {
            let n = stream.read(&mut chunk).await?;
            anyhow::ensure!(n > 0, "the server closed the connection");
            buffer.extend_from_slice(&chunk[..n]);
        }
        latencies.push(sent.elapsed());
    }
    Ok(latencies)
}

/// `connections` tasks, each asking `ask(n)` for n = 7·c, 7·c + 1, … until `until` (so that the
/// tasks start on different runners or cookies); every latency, and how long it took in all.
pub(crate) async fn spread<F, Fut>(
    connections: usize,
    until: Instant,
    ask: F,
) -> anyhow::Result<(Vec<Duration>, f64)>
where
    F: Fn(usize) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = anyhow::Result<Duration>> + Send,
{
    let started = Instant::now();
    let tasks: Vec<_> = (0..connections)
        .map(|c| {
            let ask = ask.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut next = c * 7;
                while Instant::now() < until {
                    latencies.push(ask(next).await?);
                    next += 1;
                }
                anyhow::Ok(latencies)
            })
        })
        .collect();
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await??);
    }
    Ok((all, started.elapsed().as_secs_f64()))
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn measure(port: u16, path: &'static str, o: &Options) -> anyhow::Result<()> {
    let until = Instant::now() + Duration::from_secs(o.seconds);
    let started = Instant::now();
    let tasks: Vec<_> =
        (0..o.connections).map(|_| tokio::spawn(drive(port, path, until))).collect();
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await??);
    }
    latencies(&format!("{path:<8}"), all, started.elapsed().as_secs_f64(), "");
    Ok(())
}

/// Prints the requests' rate and latencies, labelled.
fn latencies(label: &str, mut all: Vec<Duration>, elapsed: f64, note: &str) {
    all.sort();
    println!(
        "{label} {:>7} requests  {:>8.0} req/s  p50 {:>6.2} ms  p90 {:>6.2} ms  p99 {:>6.2} ms  max {:>6.2} ms{note}",
        all.len(),
        all.len() as f64 / elapsed,
        percentile(&all, 0.50),
        percentile(&all, 0.90),
        percentile(&all, 0.99),
        all.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
    );
}

fn main() -> anyhow::Result<()> {
    let o = options()?;
    if let Some(url) = o.database_url.clone() {
        if o.server {
            return clinic::run(&o, &url);
        }
        return many::run(&o, &url);
    }
    let dir = tempfile::tempdir()?;
    let db = o.db.clone().unwrap_or_else(|| dir.path().join("loadgen.db"));
    // The server gets its own two-worker runtime, as `runwell serve` would have; the load
    // generator runs on this thread, so both share the machine's cores as they would for real.
    let server =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    if o.fill_only {
        return server.block_on(async { fill(&App::open(Some(&db)).await?, RUNS, DAYS).await });
    }
    let (app, port) = server.block_on(async {
        let app = App::open(Some(&db)).await?;
        fill(&app, RUNS, DAYS).await?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let config = runwell_web::WebConfig::new(addr);
        let served = app.clone();
        tokio::spawn(async move { runwell_web::serve_on(listener, served, config).await });
        anyhow::Ok((app, addr.port()))
    })?;
    // How long Today takes to compute when the data has just changed (the cached answer is
    // dropped on every write), measured through the app.
    let (cold, runs_read) = server.block_on(async {
        let mut worst = Duration::ZERO;
        for i in 0..5 {
            app.log_pain(&PainInput {
                date: "2026-03-01".into(),
                when: "daily".into(),
                score: (i % 3).to_string(),
                ..PainInput::default()
            })
            .await?;
            let t = Instant::now();
            app.today(None).await?;
            worst = worst.max(t.elapsed());
        }
        // And what the runs list asks of the app: every run, read from the store.
        let t = Instant::now();
        for _ in 0..20 {
            app.runs(None).await?;
        }
        anyhow::Ok((worst, t.elapsed() / 20))
    })?;
    println!(
        "runwell-web load test: {RUNS} runs, a daily pain diary over {DAYS} days, {} connections, {} s per path, {} cores",
        o.connections,
        o.seconds,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("Today computed after a write (worst of 5): {:.2} ms", cold.as_secs_f64() * 1000.0);
    println!(
        "App::runs(None), all {RUNS} runs from the store (mean of 20): {:.2} ms",
        runs_read.as_secs_f64() * 1000.0
    );
    let client = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    client.block_on(async {
        // Warm up: the first answer fills the app's snapshot.
        drive(port, "/", Instant::now() + Duration::from_millis(200)).await?;
        drive(port, "/runs", Instant::now() + Duration::from_millis(200)).await?;
        measure(port, "/", &o).await?;
        measure(port, "/runs", &o).await?;
        anyhow::Ok(())
    })?;
    drop(server);
    Ok(())
}
