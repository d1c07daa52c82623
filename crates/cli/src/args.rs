//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

const AFTER_HELP: &str = "\
Your data stays in one SQLite file on this machine (see --db). Nothing is sent anywhere.
runwell informs; it does not diagnose. If your hip pain is severe, sharp, follows a fall, or
stops you bearing weight, seek help first: `runwell learn seek-help`.";

/// runwell: a hip-relief programme for runners, on top of your own runs and pain diary.
#[derive(Debug, Parser)]
#[command(name = "runwell", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub(crate) struct Cli {
    /// The database file to use [default: runwell/runwell.db in your data folder, e.g.
    /// ~/.local/share/runwell/runwell.db].
    #[arg(long, global = true, env = "RUNWELL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Set up your profile: time zone, run days and strength days.
    ///
    /// Asks in the terminal for anything not given as an option. For scripts, give the options
    /// and --yes, e.g.
    /// `runwell init --time-zone Europe/Copenhagen --run-days mon,wed,sat --strength-days tue,thu --yes`.
    Init(InitArgs),
    /// List the programme's six exercises and their eight movements.
    Exercises(JsonArg),
    /// Show one movement: steps, cues, mistakes, safety stop, dosage ladder and your level.
    Exercise {
        /// The movement's id, e.g. clamshell (see `runwell exercises`).
        id: String,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Show a routine with each movement's dose at your current level.
    Routine {
        /// warmup (before every run), cooldown (after every run) or strength (2–3 times a week).
        routine: String,
        /// Show every movement at this level instead of your own (1 = easiest).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=10))]
        level: Option<u8>,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Read about hip pain in runners: causes, prevention, tips, when to seek help, load.
    ///
    /// Without a topic, lists the topics.
    Learn {
        /// causes, prevention, tips, seek-help or load-education.
        topic: Option<String>,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Frequently asked questions about hip pain after running.
    Faq(JsonArg),
    /// The sources behind runwell's content and rules, with the rule ids each supports.
    Sources(JsonArg),
    /// The supportive products the source article shows (products, not medical advice).
    Gear(JsonArg),
    /// Print a shell completion script, e.g. `runwell completions bash > ~/.local/share/bash-completion/completions/runwell`.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub(crate) struct JsonArg {
    /// Print JSON instead of text, for scripts.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// Your IANA time zone, e.g. Europe/Copenhagen [default: this computer's].
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
    /// The days you usually run, e.g. mon,wed,sat.
    #[arg(long, value_name = "DAYS")]
    pub run_days: Option<String>,
    /// The days for the hip strength session: 2 or 3, not back to back (PROG-1), e.g. tue,thu.
    #[arg(long, value_name = "DAYS")]
    pub strength_days: Option<String>,
    /// Resting heart rate in beats/min (for TRIMP, LOAD-5).
    #[arg(long, value_name = "BPM")]
    pub hr_rest: Option<i64>,
    /// Maximum heart rate in beats/min (for TRIMP, LOAD-5).
    #[arg(long, value_name = "BPM")]
    pub hr_max: Option<i64>,
    /// female or male: chooses the TRIMP weighting (LOAD-5); leave out to use the mean of both.
    #[arg(long, value_name = "SEX")]
    pub sex: Option<String>,
    /// Do not ask: use the options given and the defaults for the rest, and save.
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub json: JsonArg,
}
