//! One function per command: parse, call the app, print.

mod accounts;
mod advice;
mod data;
mod db;
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
use runwell_app::Database;

use crate::args::{Cli, Command, DbCommand, EditCommand, LogCommand};

pub(crate) async fn run(cli: Cli) -> anyhow::Result<()> {
    let db = Database::chosen(cli.db, cli.database_url);
    match cli.command {
        Command::Init(args) => init::run(&db, args).await,
        Command::Exercises(j) => programme::exercises(&db, j.json).await,
        Command::Exercise { id, json } => programme::exercise(&db, &id, json.json).await,
        Command::Routine { routine, level, json } => {
            programme::routine(&db, &routine, level, json.json).await
        }
        Command::Learn { topic, json } => learn::learn(&db, topic.as_deref(), json.json).await,
        Command::Faq(j) => learn::faq(&db, j.json).await,
        Command::Sources(j) => learn::sources(&db, j.json).await,
        Command::Gear(j) => learn::gear(&db, j.json).await,
        Command::Log(LogCommand::Run(a)) => diary::log_run(&db, a).await,
        Command::Log(LogCommand::Pain(a)) => diary::log_pain(&db, a).await,
        Command::Log(LogCommand::Session(a)) => training::log_session(&db, a).await,
        Command::Plan(a) => training::plan(&db, a).await,
        Command::Adherence { weeks, day } => {
            training::adherence(&db, weeks, day.today.as_deref(), day.json).await
        }
        Command::Session(a) => training::session(&db, a).await,
        Command::Serve(a) => accounts::serve(&db, a).await,
        Command::Accounts(c) => accounts::accounts(&db, c).await,
        Command::Shoes(a) => kit::shoes(&db, a).await,
        Command::Surfaces(a) => kit::surfaces(&db, a).await,
        Command::Cadence(a) => kit::cadence(&db, a.today.as_deref(), a.json).await,
        Command::Import { paths, include_deleted, json } => {
            import::import(&db, paths, include_deleted, json.json).await
        }
        Command::Runs { since, json } => runs::runs(&db, since.as_deref(), json.json).await,
        Command::Run { id, json } => runs::run(&db, id, json.json).await,
        Command::Edit(EditCommand::Run(a)) => runs::edit_run(&db, a).await,
        Command::Edit(EditCommand::Pain(a)) => records::edit_pain(&db, a).await,
        Command::Edit(EditCommand::Session(a)) => records::edit_session(&db, a).await,
        Command::Edit(EditCommand::Answer(a)) => records::edit_answer(&db, a).await,
        Command::Delete(c) => records::delete(&db, c).await,
        Command::Diary { from, to, json } => {
            diary::diary(&db, from.as_deref(), to.as_deref(), json.json).await
        }
        Command::Check(a) => advice::check(&db, a).await,
        Command::Db(DbCommand::Copy(a)) => db::copy(&db, a).await,
        Command::Today(a) => advice::today(&db, a).await,
        Command::Export { out, json } => data::export(&db, out, json.json).await,
        Command::Restore { file, merge, json } => data::restore(&db, file, merge, json.json).await,
        Command::Erase { confirm } => data::erase(&db, confirm).await,
        Command::Report(a) => report::report(&db, a).await,
        Command::Trend { weeks, day } => advice::trend(&db, weeks, day).await,
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "runwell", &mut std::io::stdout());
            Ok(())
        }
    }
}
