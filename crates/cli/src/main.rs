//! The `runwell` binary: parses the command line, calls one `runwell-app` function per command
//! and prints the result as text or JSON. Nothing here decides anything about a runner's hip;
//! that lives in `runwell-domain` and `runwell-app`.

mod args;
mod commands;
mod guided;
mod lang;
mod output;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    // The web server uses both cores; every other command is one short task.
    let mut builder = if matches!(cli.command, args::Command::Serve(_)) {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let runtime = match builder.enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("runwell: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        // `runwell runs | head -1`: the reader has all it wanted.
        Err(error) if output::is_closed_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            // An error may quote a name or a path it was given.
            eprintln!("runwell: {}", output::safe(&format!("{error:#}")));
            ExitCode::FAILURE
        }
    }
}
