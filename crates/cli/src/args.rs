//! The command line, as clap reads it. Values a runner types (dates, distances, scores) are
//! passed on as text: `runwell-app` checks them, with the messages the web shows beside its fields.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

const AFTER_HELP: &str = "\
Your data stays in one SQLite file on this machine (see --db), or in a PostgreSQL database you
name (see --database-url). Nothing else is sent anywhere.
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

    /// A database server to use instead of the file: postgres://USER:PASSWORD@HOST:PORT/NAME
    /// (sqlite://PATH names a file). It wins over --db.
    #[arg(
        long,
        global = true,
        env = "RUNWELL_DATABASE_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,

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
    /// Log a run or a pain entry.
    #[command(subcommand)]
    Log(LogCommand),
    /// Import runs from watch files (FIT, GPX, TCX, also gzipped), folders, ZIP archives, a
    /// Strava bulk export or a Garmin Connect export.
    ///
    /// Each file is stored whole or not at all, and shown as the run it holds; a file already
    /// imported, or the same run from another source, is reported as a duplicate; a broken
    /// file, or one that is not an activity (a photo, a PDF), is reported and skipped. The exit
    /// code is 0 when anything was imported (or was already), and 1 when nothing could be.
    Import {
        /// Files, folders or archives.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<std::path::PathBuf>,
        /// Bring back runs you deleted: without it, a run deleted after an import stays deleted
        /// when the same file is imported again.
        #[arg(long)]
        include_deleted: bool,
        #[command(flatten)]
        json: JsonArg,
    },
    /// List your runs, oldest first.
    Runs {
        /// Only runs on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Show one run.
    Run {
        /// The run's id (see `runwell runs`).
        id: i64,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Change a run, a pain entry or an exercise session: only the options given change, and
    /// an option given as "" clears its field.
    #[command(subcommand)]
    Edit(EditCommand),
    /// Delete a run, a pain entry, an exercise session or a triage answer (ids from `runwell
    /// runs` and `runwell diary`). Asks first, unless --yes.
    #[command(subcommand)]
    Delete(DeleteCommand),
    /// The pain diary: every pain entry, exercise session and triage answer by day, newest
    /// first, with their ids.
    Diary {
        /// From this day (YYYY-MM-DD) [default: 4 weeks ago].
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// To this day (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Should I see someone? The red-flag questions (TRIAGE-1…4, TRIAGE-7) and their answer.
    ///
    /// Asks each question in plain words; press Enter to keep the last answer. For scripts,
    /// give `--answer KEY=yes|no` for each question (the keys: `runwell check --questions
    /// --json`); questions not answered keep their last answer. Levels: emergency, urgent,
    /// soon, physio, self_manage (none before any check). An urgent or emergency flag pauses all
    /// running advice until a newer check answers no to it.
    Check(CheckArgs),
    /// Move your whole record between databases (`runwell db copy --help`).
    #[command(subcommand)]
    Db(DbCommand),
    /// Can I run today, how much, and what should I do for my hip? The light, its reasons and
    /// sources, the suggested distance cap and today's routines.
    Today(DayArgs),
    /// Week by week: distance, runs, load, mean next-morning pain, the light, and whether pain is
    /// meaningfully better (NRS-1).
    Trend {
        /// How many weeks to show, ending with the current one.
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=520))]
        weeks: u32,
        #[command(flatten)]
        day: DayArgs,
    },
    /// A one-page summary for your physiotherapist (the last 8 weeks unless told): pain, running,
    /// the programme, the check's answers, shoes and surfaces, and your notes. Printed in the
    /// terminal, or written as a page to print (`--out report.html`) or as a PDF (`--pdf`).
    Report(ReportArgs),
    /// Bring back an export (`runwell export`'s ZIP) into an empty database; with --merge, into
    /// this one, adding only what is not here yet (runs by file and start, as import does).
    Restore {
        /// The ZIP `runwell export` wrote.
        file: PathBuf,
        /// Add to a database that already holds data instead of refusing.
        #[arg(long)]
        merge: bool,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Delete everything runwell holds, after you type the word `erase` (or give it with
    /// --confirm erase). The database stays, empty.
    Erase {
        /// The confirmation word, for scripts: `--confirm erase`.
        #[arg(long, value_name = "WORD")]
        confirm: Option<String>,
    },
    /// Write everything runwell holds to one ZIP: runwell.json (the whole of it, see
    /// docs/export-format.md), CSV files for a spreadsheet and a GPX file per run with a track.
    Export {
        /// The ZIP to write [default: runwell-export-YYYY-MM-DD.zip here].
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        json: JsonArg,
    },
    /// The weekly plan: warm-up and cool-down around every run, the strength session 2–3 times a
    /// week on days apart (PROG-1). `--ics FILE` writes it as a calendar file instead.
    Plan(PlanArgs),
    /// Planned against done, week by week, and the streak of weeks meeting the plan.
    Adherence {
        /// How many weeks to show, ending with the current one.
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=104))]
        weeks: u32,
        #[command(flatten)]
        day: DayArgs,
    },
    /// Do a routine guided step by step in the terminal: names and steps, the side, countdowns
    /// for holds and rests, a tempo cue for each rep.
    ///
    /// Keys: space pauses and resumes, n skips a step, q quits and keeps what was done. At the
    /// end it asks pain during the session (0–10) and effort (RPE 0–10), stores the session, and
    /// moves exercise levels as PROG-2 says. On an 80×24 terminal it redraws in place; when
    /// output is not a terminal it prints plain lines.
    Session(SessionArgs),
    /// Open runwell in your browser: Today, logging, import, the programme and the check.
    ///
    /// Serves on 127.0.0.1:7878 (this computer only) and prints the address. Stop it with
    /// Ctrl-C.
    Serve(ServeArgs),
    /// Server mode's accounts (`runwell serve --server`): add, reset a password, list, invite.
    #[command(subcommand)]
    Accounts(AccountsCommand),
    /// Your shoes: kilometres, a wear bar and whether to inspect or replace (SHOE-1…4).
    Shoes(ShoesArgs),
    /// The share of your running on road or track, your default surface, and next-morning pain
    /// by surface.
    Surfaces(SurfacesArgs),
    /// Your cadence baseline and targets (CAD-1…3).
    ///
    /// The baseline is the median steps/min of your recent easy runs: up to 10 runs in the last
    /// 90 days that you rated RPE 4 or less, or, unrated, were no faster than your median pace.
    /// A run under 100 steps/min most likely counted one foot and is left out. Targets: +5 %,
    /// then +7.5–10 %, at the same speed.
    Cadence(DayArgs),
    /// Print a shell completion script, e.g. `runwell completions bash > ~/.local/share/bash-completion/completions/runwell`.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub(crate) struct DayArgs {
    /// Answer as if today were this day (YYYY-MM-DD), so any answer can be reproduced.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// Print JSON instead of text, for scripts.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// The first day of the report (YYYY-MM-DD) [default: the Monday 8 weeks back].
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day of the report (YYYY-MM-DD) [default: today].
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Write the report as one HTML file (styles inside) to print from a browser.
    #[arg(long, value_name = "FILE", conflicts_with = "pdf")]
    pub out: Option<PathBuf>,
    /// Write the report as an A4 PDF, printed by headless Chromium when it is installed.
    #[arg(long, value_name = "FILE")]
    pub pdf: Option<PathBuf>,
    /// Make the report as if today were this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// Print JSON instead of text, for scripts.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// An answer, e.g. `--answer limping=no`; repeat for each question.
    #[arg(long = "answer", value_name = "KEY=yes|no")]
    pub answers: Vec<String>,
    /// List the questions and their keys instead of asking them.
    #[arg(long)]
    pub questions: bool,
    #[command(flatten)]
    pub day: DayArgs,
}

#[derive(Debug, Subcommand)]
pub(crate) enum LogCommand {
    /// Log a run you did.
    Run(LogRunArgs),
    /// Log hip pain: during or after a run, next morning, in daily life, or at night.
    Pain(LogPainArgs),
    /// Log a warm-up, cool-down or strength session done without guidance.
    Session(LogSessionArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ShoesArgs {
    #[command(subcommand)]
    pub action: Option<ShoesAction>,
    /// Print JSON instead of text, for scripts.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ShoesAction {
    /// Add a pair (or update the one with this name).
    Add {
        name: String,
        #[arg(long)]
        brand: Option<String>,
        #[arg(long)]
        model: Option<String>,
        /// Kilometres already on the pair.
        #[arg(long, value_name = "KM")]
        start_km: Option<f64>,
        /// When to inspect it [default: 480].
        #[arg(long, value_name = "KM")]
        inspect_km: Option<f64>,
        /// When to consider replacing it [default: 800].
        #[arg(long, value_name = "KM")]
        replace_km: Option<f64>,
        /// New runs use this pair.
        #[arg(long)]
        default: bool,
    },
    /// Retire a pair: it keeps its kilometres and prompts no more.
    Retire { name: String },
    /// Rename a pair.
    Rename { name: String, new_name: String },
    /// New runs use this pair (it comes out of retirement).
    Default { name: String },
    /// Delete a pair: its runs stay, counted on no pair.
    Delete {
        name: String,
        /// Delete without asking.
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub(crate) struct SurfacesArgs {
    /// Set the surface for runs that do not tell their own: road, track, grass, trail,
    /// treadmill or mixed.
    #[arg(long, value_name = "SURFACE")]
    pub default: Option<String>,
    /// How many weeks to show.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=520))]
    pub weeks: u32,
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct PlanArgs {
    /// How many weeks, from the Monday of this week [default: 1, or 12 with --ics, as the web's
    /// download].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=104))]
    pub weeks: Option<u32>,
    /// Write the plan as an iCalendar file (RFC 5545) for your calendar app.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<std::path::PathBuf>,
    /// With --ics: the alarm on each day, this many minutes before it starts (an all-day
    /// event starts at midnight, so 60 is 23:00 the evening before); 0 for none [default: 60].
    #[arg(long, value_name = "MINUTES", requires = "ics")]
    pub alarm_minutes: Option<u32>,
    #[command(flatten)]
    pub day: DayArgs,
}

#[derive(Debug, Args)]
pub(crate) struct SessionArgs {
    /// warmup, cooldown or strength.
    pub routine: String,
    /// Speak each cue through espeak-ng (when it is installed).
    #[arg(long)]
    pub voice: bool,
    /// Run the clock this many times faster, to try the session out.
    #[arg(long, default_value_t = 1, hide = true, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub speed: u32,
    /// Date the session as this day (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct LogSessionArgs {
    /// warmup, cooldown or strength.
    pub routine: String,
    /// The day, YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Every set of every movement was done at target.
    #[arg(long, conflicts_with = "done")]
    pub all: bool,
    /// Sets done at target for a movement, e.g. `--done clamshell=3`; repeat per movement.
    #[arg(long, value_name = "MOVEMENT=SETS")]
    pub done: Vec<String>,
    /// Pain in the hip during the session, 0 to 10.
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub pain: String,
    /// Effort, 0 (rest) to 10 (maximal).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub rpe: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct LogRunArgs {
    /// The day of the run, YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Distance in kilometres, e.g. 8.5.
    #[arg(long, value_name = "KM", allow_negative_numbers = true)]
    pub distance_km: String,
    /// Time taken, MM:SS or H:MM:SS, e.g. 45:00 or 1:05:00.
    #[arg(long, value_name = "TIME")]
    pub duration: String,
    #[command(flatten)]
    pub fields: RunFields,
    #[arg(long)]
    pub json: bool,
}

/// A run's fields besides its day, distance and time, shared by `log run` and `edit run`.
#[derive(Debug, Args)]
pub(crate) struct RunFields {
    /// When it started, HH:MM local time [default: 12:00].
    #[arg(long, value_name = "HH:MM")]
    pub time: Option<String>,
    /// run, trail_run, treadmill_run, track_run, walk, hike, ride, swim, other [default: run].
    #[arg(long, value_name = "SPORT")]
    pub sport: Option<String>,
    /// The elapsed time, pauses included, MM:SS or H:MM:SS [default: the duration].
    #[arg(long, value_name = "TIME")]
    pub elapsed: Option<String>,
    /// How hard it felt, 0 (rest) to 10 (maximal) (LOAD-1).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub rpe: Option<String>,
    /// road, track, grass, trail, treadmill or mixed.
    #[arg(long, value_name = "SURFACE")]
    pub surface: Option<String>,
    /// The shoe you ran in (added to your shoes if new).
    #[arg(long, value_name = "NAME")]
    pub shoe: Option<String>,
    /// The run's name, e.g. "Parkrun".
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Keep values that look wrong but are right (a pace faster than 2:00 /km, over 300 km or
    /// 48 hours).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct LogPainArgs {
    /// The day, YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// during, after, morning (the next morning), daily (daily life) or night.
    #[arg(long, value_name = "MOMENT")]
    pub when: String,
    /// 0 (no pain) to 10 (worst imaginable).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub score: String,
    /// The pain gets in the way of everyday activities.
    #[arg(long)]
    pub limits_daily_life: bool,
    #[command(flatten)]
    pub fields: PainFields,
    #[arg(long)]
    pub json: bool,
}

/// A pain entry's details, shared by `log pain` and `edit pain`.
#[derive(Debug, Args)]
pub(crate) struct PainFields {
    /// left, right or both.
    #[arg(long)]
    pub side: Option<String>,
    /// outer (side of the hip), groin (front), buttock or deep.
    #[arg(long)]
    pub region: Option<String>,
    /// sharp, dull, burning or stiff.
    #[arg(long)]
    pub character: Option<String>,
    /// The run this pain belongs to (its id from `runwell runs`).
    #[arg(long, value_name = "ID")]
    pub run: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum EditCommand {
    /// Change any field of a run: day, time, sport, distance, durations, effort, surface,
    /// shoe, title, note.
    Run(EditRunArgs),
    /// Change a pain entry.
    Pain(EditPainArgs),
    /// Correct an exercise session's day, pain, effort or duration.
    Session(EditSessionArgs),
    /// Correct a check answer's day or its yes/no (ids from `runwell diary`).
    Answer(EditAnswerArgs),
}

#[derive(Debug, Args)]
pub(crate) struct EditAnswerArgs {
    /// The answer's id (see `runwell diary`).
    pub id: i64,
    /// The day it was true, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// yes or no.
    #[arg(long, value_name = "yes|no")]
    pub answer: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct EditRunArgs {
    /// The run's id (see `runwell runs`).
    pub id: i64,
    /// The day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Distance in kilometres.
    #[arg(long, value_name = "KM", allow_negative_numbers = true)]
    pub distance_km: Option<String>,
    /// The moving time, MM:SS or H:MM:SS.
    #[arg(long, value_name = "TIME")]
    pub duration: Option<String>,
    #[command(flatten)]
    pub fields: RunFields,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct EditPainArgs {
    /// The entry's id (see `runwell diary`).
    pub id: i64,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// during, after, morning, daily or night.
    #[arg(long, value_name = "MOMENT")]
    pub when: Option<String>,
    /// 0 to 10.
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub score: Option<String>,
    /// yes or no: the pain gets in the way of everyday activities.
    #[arg(long, value_name = "yes|no")]
    pub limits_daily_life: Option<String>,
    #[command(flatten)]
    pub fields: PainFields,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct EditSessionArgs {
    /// The session's id (see `runwell diary`).
    pub id: i64,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Pain during the session, 0 to 10.
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub pain: Option<String>,
    /// Effort, 0 to 10.
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub rpe: Option<String>,
    /// How long it took, MM:SS or H:MM:SS.
    #[arg(long, value_name = "TIME")]
    pub duration: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum DeleteCommand {
    /// Delete a run (its pain entries stay in the diary).
    Run(DeleteArgs),
    /// Delete a pain entry.
    Pain(DeleteArgs),
    /// Delete an exercise session.
    Session(DeleteArgs),
    /// Delete a triage answer: the one before it counts again.
    Answer(DeleteArgs),
}

#[derive(Debug, Args)]
pub(crate) struct DeleteArgs {
    /// Its id (see `runwell runs` or `runwell diary`).
    pub id: i64,
    /// Delete without asking.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The port to listen on.
    #[arg(long, default_value_t = 7878)]
    pub port: u16,
    /// The address to listen on. Without --server only loopback addresses (127.0.0.1, ::1);
    /// with it any, given --public-url https://… and either --tls-cert/--tls-key or
    /// --behind-proxy.
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<std::net::IpAddr>,
    /// Serve many runners and their clinicians, with accounts, on a PostgreSQL database
    /// (--database-url). See the README's "Server mode".
    #[arg(long)]
    pub server: bool,
    /// The address people open, e.g. https://runwell.clinic.example: the one Host answered
    /// beside loopback, and the start of invitation links.
    #[arg(long, value_name = "URL", requires = "server")]
    pub public_url: Option<String>,
    /// A PEM certificate chain: runwell speaks TLS itself (with --tls-key). With --server for
    /// every address; with --lan for the LAN address only (a certificate the phone trusts,
    /// which lets it install runwell and use it offline).
    #[arg(long, value_name = "PEM", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The PEM private key of --tls-cert.
    #[arg(long, value_name = "PEM", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// A reverse proxy on this machine speaks TLS and forwards to runwell: only requests from
    /// loopback are answered, and its X-Forwarded-For and X-Forwarded-Proto are believed.
    #[arg(long, requires = "server", conflicts_with = "tls_cert")]
    pub behind_proxy: bool,
    /// Also listen on the home network for a phone to pair (plain HTTP: only on a network you
    /// trust). ADDRESS defaults to this machine's first private IPv4 address; a paired phone
    /// is let in, any other device on the network is asked to pair first.
    #[arg(long, value_name = "ADDRESS", num_args = 0..=1, conflicts_with = "server")]
    pub lan: Option<Option<std::net::IpAddr>>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AccountsCommand {
    /// Make an account: the first one of a new server, or anyone's. The password is read from
    /// the terminal without showing it, or from the first line of standard input.
    Add {
        /// The e-mail address the account signs in with.
        email: String,
        /// The name others see.
        #[arg(long)]
        name: String,
        /// runner (owns her record) or clinician (a physio or coach: reads shared records).
        #[arg(long, default_value = "runner")]
        role: String,
        /// For a runner already in the database (copied in with `runwell db copy`): her id.
        #[arg(long, value_name = "ID", conflicts_with = "role")]
        runner: Option<i64>,
    },
    /// Set a new password for an account; every place it was signed in is signed out.
    Reset {
        /// The account's e-mail address.
        email: String,
    },
    /// List the accounts.
    List {
        #[command(flatten)]
        json: JsonArg,
    },
    /// Make a one-time sign-up link (14 days) for a runner or a clinician.
    Invite {
        /// runner or clinician.
        #[arg(long, default_value = "runner")]
        role: String,
        /// The address people open, which the link starts with.
        #[arg(long, value_name = "URL", default_value = "http://127.0.0.1:7878")]
        public_url: String,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum DbCommand {
    /// Copy your whole record (runs with their samples, diary, sessions, levels, shoes,
    /// answers, what was imported) into another database.
    ///
    /// Into a server database it becomes a new runner there; into a file, the file must be new
    /// (or hold no one's data yet). Nothing is stored unless all of it is, and the source is
    /// only read. For example `runwell db copy --to postgres://me:secret@127.0.0.1/club`, and
    /// back: `runwell db copy --from postgres://me:secret@127.0.0.1/club --runner 3 --to copy.db`.
    Copy(CopyArgs),
}

#[derive(Debug, Args)]
pub(crate) struct CopyArgs {
    /// Where to copy to: a file's PATH, or a URL (postgres://…, sqlite://PATH).
    #[arg(long, value_name = "PATH|URL")]
    pub to: String,
    /// Where to copy from [default: the database --db or --database-url names].
    #[arg(long, value_name = "PATH|URL")]
    pub from: Option<String>,
    /// The runner to copy, by id, from a server database that holds several.
    #[arg(long, value_name = "ID")]
    pub runner: Option<i64>,
    /// A name for the copy, kept beside it in a server database.
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub json: JsonArg,
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
    pub hr_rest: Option<String>,
    /// Maximum heart rate in beats/min (for TRIMP, LOAD-5).
    #[arg(long, value_name = "BPM")]
    pub hr_max: Option<String>,
    /// female or male: chooses the TRIMP weighting (LOAD-5); leave out to use the mean of both.
    #[arg(long, value_name = "SEX")]
    pub sex: Option<String>,
    /// Your longest single run of the last month, in km: used for today's suggested distance
    /// until runwell has 30 days of your runs (SPIKE-1).
    #[arg(long, value_name = "KM")]
    pub recent_longest_km: Option<String>,
    /// Show and type distances in km or mi (JSON stays metric) [default: km, or what you chose
    /// before].
    #[arg(long, value_name = "km|mi")]
    pub distance_unit: Option<String>,
    /// The language runwell speaks to you in, here and on the web pages: en, da or sv (auto:
    /// follow the terminal's LANG and the browser) [default: what you chose before].
    #[arg(long, value_name = "en|da|sv|auto")]
    pub lang: Option<String>,
    /// Do not ask: use the options given and the defaults for the rest, and save.
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub json: JsonArg,
}
