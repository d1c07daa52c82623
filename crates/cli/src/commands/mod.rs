//! One function per command: parse, call the app, print.

mod init;
mod learn;
mod programme;

use clap::CommandFactory as _;

use crate::args::{Cli, Command};

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
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "runwell", &mut std::io::stdout());
            Ok(())
        }
    }
}
