//! Runs the `runwell` binary against a database of its own in a temporary folder.

#![allow(dead_code, unreachable_pub)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub struct Runwell {
    _dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Runwell {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("data/runwell.db");
        Self { _dir: dir, db }
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_runwell"));
        cmd.args(args).env("RUNWELL_DB", &self.db).env("NO_COLOR", "1");
        // The terminal's language is English unless a test says otherwise.
        cmd.env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "C.UTF-8");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).stdin(Stdio::null()).output().unwrap()
    }

    pub fn run_with_input(&self, args: &[&str], input: &str) -> Output {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    }

    /// Runs a command that must succeed and returns its standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// Runs a command that must fail and returns its standard error.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(!out.status.success(), "{args:?} should have failed");
        String::from_utf8(out.stderr).unwrap()
    }

    /// A runwell with the profile `init` sets up.
    pub fn initialised() -> Self {
        let rw = Self::new();
        rw.init();
        rw
    }

    /// Logs a run and returns its id.
    pub fn log_run(&self, date: &str, km: &str, duration: &str, rpe: &str) -> i64 {
        let args = ["log", "run", "--date", date, "--distance-km", km, "--duration", duration];
        let run = self.json(&[&args[..], &["--rpe", rpe, "--json"]].concat());
        run["id"].as_i64().unwrap()
    }

    pub fn init(&self) {
        self.ok(&[
            "init",
            "--time-zone",
            "Europe/Copenhagen",
            "--run-days",
            "mon,wed,sat",
            "--strength-days",
            "tue,thu",
            "--yes",
        ]);
    }
}

pub fn db_exists(path: &Path) -> bool {
    path.exists()
}

/// `../shared/testdata` beside the checkout: real device files, never copied into the repo.
/// Missing, it fails the test on CI and skips it with a message elsewhere.
pub fn testdata() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata");
    if path.is_dir() {
        return Some(path.canonicalize().unwrap());
    }
    assert!(std::env::var("CI").map_or(true, |v| v != "true"), "CI needs {}", path.display());
    eprintln!("skipped: {} is missing", path.display());
    None
}
