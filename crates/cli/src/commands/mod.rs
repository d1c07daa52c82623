//! One function per command: parse, call the app, print.

mod advice;
mod data;
mod diary;
mod import;
mod init;
mod kit;
mod learn;
mod lines;
mod programme;
mod records;
mod report;
mod runs;
mod training;

use clap::CommandFactory as _;

use crate::args::{Cli, Command, EditCommand, LogCommand};

pub(crate) async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Init(args) => init::run(cli.db.as_deref(), args).await,
        Command::Exercises(j) => programme::exercises(j.json),
        Command::Exercise { id, json } => {
            programme::exercise(cli.db.as_deref(), &id, json.json).await
        }
        Command::Routine { routine, level, json } => {
            programme::routine(cli.db.as_deref(), &routine, level, json.json).await
        }
        Command::Learn { topic, json } => learn::learn(topic.as_deref(), json.json),
        Command::Faq(j) => learn::faq(j.json),
        Command::Sources(j) => learn::sources(j.json),
        Command::Gear(j) => learn::gear(j.json),
        Command::Log(LogCommand::Run(a)) => diary::log_run(cli.db.as_deref(), a).await,
        Command::Log(LogCommand::Pain(a)) => diary::log_pain(cli.db.as_deref(), a).await,
        Command::Log(LogCommand::Session(a)) => training::log_session(cli.db.as_deref(), a).await,
        Command::Plan(a) => training::plan(cli.db.as_deref(), a).await,
        Command::Adherence { weeks, day } => {
            training::adherence(cli.db.as_deref(), weeks, day.today.as_deref(), day.json).await
        }
        Command::Session(a) => training::session(cli.db.as_deref(), a).await,
        Command::Serve { port, bind } => {
            let mut addr = runwell_web::DEFAULT_BIND;
            addr.set_port(port);
            if let Some(ip) = bind {
                addr.set_ip(ip);
            }
            // Refuse a shared address before anything is opened.
            runwell_web::validate_bind(addr)?;
            let app = runwell_app::App::open(cli.db.as_deref()).await?;
            runwell_web::serve(app, runwell_web::WebConfig::new(addr)).await?;
            Ok(())
        }
        Command::Shoes(a) => kit::shoes(cli.db.as_deref(), a).await,
        Command::Surfaces(a) => kit::surfaces(cli.db.as_deref(), a).await,
        Command::Cadence(a) => kit::cadence(cli.db.as_deref(), a.today.as_deref(), a.json).await,
        Command::Import { paths, include_deleted, json } => {
            import::import(cli.db.as_deref(), paths, include_deleted, json.json).await
        }
        Command::Runs { since, json } => {
            runs::runs(cli.db.as_deref(), since.as_deref(), json.json).await
        }
        Command::Run { id, json } => runs::run(cli.db.as_deref(), id, json.json).await,
        Command::Edit(EditCommand::Run(a)) => runs::edit_run(cli.db.as_deref(), a).await,
        Command::Edit(EditCommand::Pain(a)) => records::edit_pain(cli.db.as_deref(), a).await,
        Command::Edit(EditCommand::Session(a)) => records::edit_session(cli.db.as_deref(), a).await,
        Command::Edit(EditCommand::Answer(a)) => records::edit_answer(cli.db.as_deref(), a).await,
        Command::Delete(c) => records::delete(cli.db.as_deref(), c).await,
        Command::Diary { from, to, json } => {
            diary::diary(cli.db.as_deref(), from.as_deref(), to.as_deref(), json.json).await
        }
        Command::Check(a) => advice::check(cli.db.as_deref(), a).await,
        Command::Today(a) => advice::today(cli.db.as_deref(), a).await,
        Command::Export { out, json } => data::export(cli.db.as_deref(), out, json.json).await,
        Command::Restore { file, merge, json } => {
            data::restore(cli.db.as_deref(), file, merge, json.json).await
        }
        Command::Erase { confirm } => data::erase(cli.db.as_deref(), confirm).await,
        Command::Report(a) => report::report(cli.db.as_deref(), a).await,
        Command::Trend { weeks, day } => advice::trend(cli.db.as_deref(), weeks, day).await,
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "runwell", &mut std::io::stdout());
            Ok(())
        }
    }
}
