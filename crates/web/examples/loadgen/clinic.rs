//! The load benchmark of server mode (issue 18): `--database-url URL --server [--runners 200]
//! [--years 2]` fills runners as `many.rs` does (one through the app, copied to the rest), gives
//! 50 of them an account and 5 clinicians 10 sharing runners each, serves them all from one
//! `runwell serve --server` on a loopback port, signs every account in over HTTP, and asks from 32
//! connections (each request on a new connection with its account's session cookie) for the
//! runners' Today and then for the clinicians' clinic page, while a writer logs a pain entry
//! for one runner after another every 100 ms. Prints p50/p90/p99 for each.

use std::time::{Duration, Instant};

use runwell_app::{Account, AccountRole, App, Database, PainInput, Server};
use runwell_web::{ServerMode, WebConfig};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use crate::{Options, latencies, many};

const RUNNER_ACCOUNTS: usize = 50;
const CLINICIANS: usize = 5;
const PASSWORD: &str = "the load test's password";

/// One request on a new connection with `cookie`, read to the end; its answer's head.
async fn ask(
    port: u16,
    method: &str,
    path: &str,
    cookie: &str,
    body: &str,
) -> anyhow::Result<(Duration, String)> {
    let sent = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    stream.set_nodelay(true)?;
    let host = format!("127.0.0.1:{port}");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\nSec-Fetch-Site: same-origin\r\n\
         Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await?;
    let mut answer = Vec::with_capacity(64 * 1024);
    stream.read_to_end(&mut answer).await?;
    let head = String::from_utf8_lossy(&answer[..answer.len().min(2_000)]).into_owned();
    Ok((sent.elapsed(), head))
}

async fn get(port: u16, path: &str, cookie: &str) -> anyhow::Result<Duration> {
    let (took, head) = ask(port, "GET", path, cookie, "").await?;
    anyhow::ensure!(head.starts_with("HTTP/1.1 200"), "{path}: {}", &head[..head.len().min(300)]);
    Ok(took)
}

async fn sign_in(port: u16, email: &str) -> anyhow::Result<String> {
    let form = format!(
        "email={email}&password={}&next=/",
        PASSWORD.replace(' ', "+").replace('\'', "%27")
    );
    let (_, head) = ask(port, "POST", "/signin", "", &form).await?;
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: ").or_else(|| l.strip_prefix("Set-Cookie: ")))
        .and_then(|c| c.split(';').next())
        .ok_or_else(|| anyhow::anyhow!("{email} did not sign in: {head}"))?;
    Ok(cookie.to_owned())
}

/// Every account the benchmark needs, made once (a rerun on the same database finds them).
async fn accounts(
    server: &Server,
    runners: &[i64],
) -> anyhow::Result<(Vec<Account>, Vec<Account>)> {
    let existing = server.accounts().await?;
    let find = |email: &str| existing.iter().find(|a| a.email == email).cloned();
    let mut own = Vec::new();
    for (i, runner) in runners.iter().take(RUNNER_ACCOUNTS).enumerate() {
        let email = format!("runner{i}@load.example");
        own.push(match find(&email) {
            Some(a) => a,
            None => {
                server
                    .add_account_for_runner(&email, &format!("Runner {i}"), *runner, PASSWORD)
                    .await?
            }
        });
    }
    let mut clinicians = Vec::new();
    for k in 0..CLINICIANS {
        let email = format!("clinician{k}@load.example");
        let clinician = match find(&email) {
            Some(a) => a,
            None => {
                server
                    .add_account(
                        &email,
                        &format!("Clinician {k}"),
                        AccountRole::Clinician,
                        PASSWORD,
                    )
                    .await?
            }
        };
        for (_, runner) in own.iter().enumerate().filter(|(i, _)| i % CLINICIANS == k) {
            if !server.sharing(runner).await?.iter().any(|c| c.id == clinician.id) {
                let code = server.share_code(&clinician).await?;
                server.share(runner, &code, "loadgen").await?;
            }
        }
        clinicians.push(clinician);
    }
    Ok((own, clinicians))
}

/// `connections` tasks asking `path` with the cookies in turn until `until`.
async fn load(
    port: u16,
    path: &'static str,
    cookies: &[String],
    connections: usize,
    until: Instant,
) -> anyhow::Result<(Vec<Duration>, f64)> {
    let cookies: std::sync::Arc<[String]> = cookies.into();
    crate::spread(connections, until, move |n| {
        let cookies = std::sync::Arc::clone(&cookies);
        async move { get(port, path, &cookies[n % cookies.len()]).await }
    })
    .await
}

pub(crate) fn run(o: &Options, url: &str) -> anyhow::Result<()> {
    let server_rt =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let at = Database::Url(url.to_owned());
    let (server, apps, port, fill_s) = server_rt.block_on(async {
        let started = Instant::now();
        let runners: Vec<i64> = many::runners(o, &at).await?.iter().map(App::runner_id).collect();
        let server = Server::open(&at).await?;
        let (own, clinicians) = accounts(&server, &runners).await?;
        let mut apps = Vec::new();
        for account in &own {
            apps.push(server.own_app(account).await?);
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let config = WebConfig::new(addr).with_server(ServerMode::default())?;
        tokio::spawn(runwell_web::serve_on(listener, server.clone(), config));
        let fill_s = started.elapsed().as_secs_f64();
        anyhow::Ok(((server, own, clinicians), apps, addr.port(), fill_s))
    })?;
    let (server, own, clinicians) = server;
    println!(
        "runwell-web load test of server mode on PostgreSQL: {} runners of {} years in one database \
         (filled or found in {fill_s:.1} s), {} runners and {} clinicians (each with {} sharing runners) \
         signed in, {} connections, {} s per page, {} cores",
        o.runners,
        o.years,
        own.len(),
        clinicians.len(),
        own.len() / clinicians.len().max(1),
        o.connections,
        o.seconds,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let client = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let (runner_cookies, clinician_cookies) = client.block_on(async {
        let mut runners = Vec::new();
        for a in &own {
            runners.push(sign_in(port, &a.email).await?);
        }
        let mut clinics = Vec::new();
        for a in &clinicians {
            clinics.push(sign_in(port, &a.email).await?);
        }
        // Each page once, so that the measure starts from each runner's snapshot.
        for cookie in &runners {
            get(port, "/", cookie).await?;
        }
        for cookie in &clinics {
            get(port, "/clinic", cookie).await?;
        }
        anyhow::Ok((runners, clinics))
    })?;
    for (path, label, cookies) in [
        ("/", "Today (runners)", &runner_cookies),
        ("/clinic", "clinic (clinicians)", &clinician_cookies),
    ] {
        let until = Instant::now() + Duration::from_secs(o.seconds);
        let writes = server_rt.spawn({
            let apps = apps.clone();
            async move {
                let mut n = 0;
                while Instant::now() < until {
                    apps[n % apps.len()]
                        .log_pain(&PainInput {
                            date: "2026-03-01".into(),
                            when: "daily".into(),
                            score: (n % 3).to_string(),
                            ..PainInput::default()
                        })
                        .await?;
                    n += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                anyhow::Ok(n)
            }
        });
        let (all, elapsed) = client.block_on(load(port, path, cookies, o.connections, until))?;
        let writes = server_rt.block_on(writes)??;
        latencies(
            &format!("{label:<20}"),
            all,
            elapsed,
            &format!("  ({writes} pain entries written meanwhile)"),
        );
    }
    drop(server);
    drop(server_rt);
    Ok(())
}
