//! `runwell serve` for development and the browser tests until the CLI wires it in:
//! `cargo run -p runwell-web --example serve -- serve --port 7878 --db /tmp/runwell.db`.
//! Takes the same arguments as `runwell serve` (`--port`, `--bind`, `--db`).

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1).filter(|a| a != "serve");
    let mut bind = runwell_web::DEFAULT_BIND;
    let mut db: Option<PathBuf> = std::env::var_os("RUNWELL_DB").map(PathBuf::from);
    while let Some(arg) = args.next() {
        let value = args.next().ok_or_else(|| anyhow::anyhow!("{arg} needs a value"))?;
        match arg.as_str() {
            "--port" => bind.set_port(value.parse()?),
            // An address alone (`--bind ::1`) keeps the port; one with a port sets both.
            "--bind" => match value.parse::<SocketAddr>() {
                Ok(addr) => bind = addr,
                Err(_) => bind.set_ip(value.parse::<IpAddr>()?),
            },
            "--db" => db = Some(value.into()),
            other => anyhow::bail!("unknown argument {other}: use --port, --bind or --db"),
        }
    }
    runwell_web::validate_bind(bind)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let app = runwell_app::App::open(db.as_deref()).await?;
        runwell_web::serve(app, runwell_web::WebConfig::new(bind)).await?;
        anyhow::Ok(())
    })
}
