//! The load benchmark on a server database shared by many runners (issue 16): `--database-url
//! URL --runners N [--years Y]` fills one runner with Y years of data through the app, copies it
//! to N-1 new runners (`runwell db copy`'s path), serves each runner's Today from its own web
//! app on a loopback port, and asks for `/` from 32 connections, each request for the next
//! runner on a new connection, while a writer logs a pain entry for one runner after another
//! every 100 ms (so that runner's next Today is computed from the database again).

use std::time::{Duration, Instant};

use runwell_app::{App, Database, PainInput};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use crate::{Options, fill, latencies};

/// One request on a new connection, read to the end.
async fn once(port: u16) -> anyhow::Result<Duration> {
    let sent = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    stream.set_nodelay(true)?;
    let request = format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut answer = Vec::with_capacity(64 * 1024);
    stream.read_to_end(&mut answer).await?;
    anyhow::ensure!(
        answer.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer[..answer.len().min(200)])
    );
    Ok(sent.elapsed())
}

/// `o.runners` runners in the database `at`, each with `o.years` of data: runner 1 filled
/// through the app (a fresh database gets it from `open_at`), the others copies of it made
/// with `db copy`'s code; a database filled before is reused as it is.
pub(crate) async fn runners(o: &Options, at: &Database) -> anyhow::Result<Vec<App>> {
    let first = match App::open_for(at, Some(1)).await {
        Ok(app) => app,
        Err(_) => App::open_at(at).await?,
    };
    let runs = o.years * 365 * 5 / 9;
    fill(&first, runs, runs * 9 / 5).await?;
    let mut apps = vec![first.clone()];
    for id in 2..=o.runners as i64 {
        let app = match first.acting_for(id).await {
            Ok(app) => app,
            Err(_) => {
                let copied = first.copy_to(at, Some(&format!("runner {id}"))).await?;
                first.acting_for(copied.runner_id).await?
            }
        };
        apps.push(app);
    }
    Ok(apps)
}

pub(crate) fn run(o: &Options, url: &str) -> anyhow::Result<()> {
    let server =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let at = Database::Url(url.to_owned());
    let (apps, ports, fill_s) = server.block_on(async {
        let started = Instant::now();
        let apps = runners(o, &at).await?;
        let fill_s = started.elapsed().as_secs_f64();
        let mut ports = Vec::new();
        for app in &apps {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            let addr = listener.local_addr()?;
            let config = runwell_web::WebConfig::new(addr);
            let served = app.clone();
            tokio::spawn(async move { runwell_web::serve_on(listener, served, config).await });
            ports.push(addr.port());
        }
        anyhow::Ok((apps, ports, fill_s))
    })?;
    println!(
        "runwell-web load test on PostgreSQL: {} runners of {} years ({} runs each) in one database \
         (filled or found in {fill_s:.1} s), {} connections, {} s, {} cores",
        apps.len(),
        o.years,
        o.years * 365 * 5 / 9,
        o.connections,
        o.seconds,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    // Today computed from the database after a write, for one runner after another (the
    // first on a pool that has yet to open its connections).
    let mut cold = server.block_on(async {
        let mut times = Vec::new();
        for i in 0..9 {
            write(&apps[i % apps.len()], i).await?;
            let t = Instant::now();
            apps[i % apps.len()].today(None).await?;
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        anyhow::Ok(times)
    })?;
    cold.sort_by(f64::total_cmp);
    println!(
        "Today computed after a write (9 times): median {:.2} ms, worst {:.2} ms",
        cold[cold.len() / 2],
        cold[cold.len() - 1]
    );
    // Every runner's Today once, so that the measure starts from each one's snapshot.
    let client = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    client.block_on(async {
        for &port in &ports {
            once(port).await?;
        }
        anyhow::Ok(())
    })?;
    let until = Instant::now() + Duration::from_secs(o.seconds);
    // The writer runs beside the server, as a runner logging from a phone would.
    let writes = server.spawn({
        let apps = apps.clone();
        async move {
            let mut n = 0;
            while Instant::now() < until {
                write(&apps[n % apps.len()], n).await?;
                n += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            anyhow::Ok(n)
        }
    });
    let (all, elapsed) = client.block_on(crate::spread(o.connections, until, {
        let ports = ports.clone();
        move |n| {
            let port = ports[n % ports.len()];
            once(port)
        }
    }))?;
    let writes = server.block_on(writes)??;
    let label = format!("/ across {} runners", ports.len());
    latencies(&label, all, elapsed, &format!("  ({writes} pain entries written meanwhile)"));
    drop(server);
    Ok(())
}

async fn write(app: &App, n: usize) -> anyhow::Result<()> {
    app.log_pain(&PainInput {
        date: "2026-03-01".into(),
        when: "daily".into(),
        score: (n % 3).to_string(),
        ..PainInput::default()
    })
    .await?;
    Ok(())
}
