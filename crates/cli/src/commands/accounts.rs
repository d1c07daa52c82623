//! `runwell serve` (a runner's own machine, or `--server` for many) and `runwell accounts`, the
//! operator's commands for server mode: the first account, a password reset, the list, and
//! one-time sign-up links.

use std::io::{BufRead as _, IsTerminal as _, Write as _};

use runwell_app::{AccountRole, App, Database, Server};
use runwell_web::{ServerMode, TlsFiles, WebConfig};
use serde::Serialize;

use crate::args::{AccountsCommand, ServeArgs};
use crate::output::{json, safe, say};

pub(crate) async fn serve(db: &Database, a: ServeArgs) -> anyhow::Result<()> {
    let mut addr = runwell_web::DEFAULT_BIND;
    addr.set_port(a.port);
    if let Some(ip) = a.bind {
        addr.set_ip(ip);
    }
    let mut config = WebConfig::new(addr);
    let mut tls = match (a.tls_cert, a.tls_key) {
        (Some(cert), Some(key)) => Some(TlsFiles { cert, key }),
        _ => None,
    };
    if tls.is_some() && !a.server && a.lan.is_none() {
        anyhow::bail!(
            "--tls-cert and --tls-key need --server (a server for many) or --lan (a phone on \
             the home network over HTTPS); on this computer alone runwell needs no certificate"
        );
    }
    if a.server {
        config = config.with_server(ServerMode {
            public_url: a.public_url,
            tls: tls.take(),
            behind_proxy: a.behind_proxy,
        })?;
    }
    if let Some(lan) = a.lan {
        let ip = match lan {
            Some(ip) => ip,
            None => runwell_web::first_private_ipv4()?,
        };
        config = config.with_lan(ip)?;
        if let Some(files) = tls.take() {
            config = config.with_lan_tls(files)?;
        }
    }
    // Refuse an address beyond loopback before anything is opened.
    config.check_bind(addr)?;
    if a.server {
        let server = Server::open(db).await?;
        if server.accounts().await?.is_empty() {
            eprintln!(
                "runwell: this server has no accounts yet. Make the first with `runwell accounts \
                 add EMAIL --name NAME --role clinician` (with the same --database-url)."
            );
        }
        // The operator's terminal decides: a server has no one runner's choice.
        let words = runwell_app::words::Words::new(
            runwell_app::words::choose::from_environment(|name| std::env::var(name).ok())
                .unwrap_or_default(),
        );
        runwell_web::serve_speaking(server, config, words).await?;
    } else {
        let app = App::open_at(db).await?;
        let words = crate::lang::words(&app).await;
        runwell_web::serve_speaking(app, config, words).await?;
    }
    Ok(())
}

/// An account as listed (no hash, no version).
#[derive(Debug, Serialize)]
struct Listed {
    id: i64,
    email: String,
    name: String,
    role: &'static str,
    runner_id: Option<i64>,
}

/// A password typed at the terminal without showing it, or the first line of standard input.
fn read_password(prompt: &str) -> anyhow::Result<String> {
    if !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    eprint!("{prompt}");
    std::io::stderr().flush()?;
    crossterm::terminal::enable_raw_mode()?;
    let typed = read_hidden();
    let _ = crossterm::terminal::disable_raw_mode();
    eprintln!();
    typed
}

fn read_hidden() -> anyhow::Result<String> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    let mut typed = String::new();
    loop {
        if let Event::Key(key) = read()? {
            if key.kind != KeyEventKind::Press {
                continue;
            }
            match key.code {
                KeyCode::Enter => return Ok(typed),
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    anyhow::bail!("stopped: no password was set")
                }
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char(c) if typed.len() < 4096 => typed.push(c),
                _ => {}
            }
        }
    }
}

pub(crate) async fn accounts(db: &Database, c: AccountsCommand) -> anyhow::Result<()> {
    let server = Server::open(db).await?;
    // The operator has no runner's profile here: the terminal's language decides.
    let w = runwell_app::words::Words::new(
        runwell_app::words::choose::from_environment(|name| std::env::var(name).ok())
            .unwrap_or_default(),
    );
    match c {
        AccountsCommand::Add { email, name, role, runner } => {
            let role = AccountRole::parse(&role)?;
            let password = read_password(&format!("{} ", w.get("cli-accounts-password-new")))?;
            let account = match runner {
                Some(runner) => {
                    server.add_account_for_runner(&email, &name, runner, &password).await?
                }
                None => server.add_account(&email, &name, role, &password).await?,
            };
            let args = [
                ("role", account.role.id().into()),
                ("email", safe(&account.email).into_owned().into()),
                ("name", safe(&account.name).into_owned().into()),
                ("id", account.id.to_string().into()),
            ];
            say!("{}", w.with("cli-accounts-made", &args));
        }
        AccountsCommand::Reset { email } => {
            let password = read_password(&format!("{} ", w.get("cli-accounts-password-reset")))?;
            let account = server.reset_password(&email, &password).await?;
            let email = safe(&account.email).into_owned();
            say!("{}", w.with("cli-accounts-reset", &[("email", email.into())]));
        }
        AccountsCommand::List { json: j } => {
            let listed: Vec<Listed> = server
                .accounts()
                .await?
                .into_iter()
                .map(|a| Listed {
                    id: a.id,
                    runner_id: a.runner_id(),
                    email: a.email,
                    name: a.name,
                    role: a.role.id(),
                })
                .collect();
            if j.json {
                return json(&listed);
            }
            if listed.is_empty() {
                say!("{}", w.get("cli-accounts-none"));
            }
            for a in &listed {
                say!("{:>4}  {:<10} {}  {}", a.id, a.role, safe(&a.email), safe(&a.name));
            }
        }
        AccountsCommand::Invite { role, public_url } => {
            let role = AccountRole::parse(&role)?;
            let invitation = server.invite(None, role).await?;
            say!("{}", w.with("cli-accounts-invite", &[("role", role.id().into())]));
            say!("{}/join/{}", safe(public_url.trim_end_matches('/')), invitation.token);
        }
    }
    Ok(())
}
