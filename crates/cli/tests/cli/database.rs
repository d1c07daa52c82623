//! Choosing the database: `--db PATH`, `--database-url` / `RUNWELL_DATABASE_URL` (which wins),
//! and `runwell db copy` between them.

use crate::support::Runwell;

#[test]
fn a_sqlite_url_names_the_same_file_as_the_path_and_wins_over_it() {
    let rw = Runwell::initialised();
    let id = rw.log_run("2026-11-20", "8", "48:00", "4");
    let url = format!("sqlite://{}", rw.db.display());
    let by_url = rw.json(&["--database-url", &url, "runs", "--json"]);
    let by_path = rw.json(&["runs", "--json"]);
    assert_eq!(by_url, by_path);
    assert_eq!(by_url.as_array().unwrap()[0]["id"].as_i64(), Some(id));
    // The variable too, over RUNWELL_DB (which names the file the support made).
    let other = rw.db.with_file_name("other.db");
    let out = rw
        .command(&["runs", "--json"])
        .env("RUNWELL_DATABASE_URL", format!("sqlite://{}", other.display()))
        .output()
        .unwrap();
    assert!(!out.status.success(), "a new file has no profile yet");
    assert!(other.exists(), "the URL's file was the one opened");
}

#[test]
fn a_url_runwell_does_not_know_is_refused_saying_what_it_takes() {
    let rw = Runwell::new();
    let err = rw.fails(&["--database-url", "mysql://u:secret@h/db", "today"]);
    assert!(err.contains("is not a database URL runwell knows"), "{err}");
    assert!(err.contains("postgres://"), "{err}");
    assert!(!err.contains("secret"), "the password is left out: {err}");
    let err = rw.fails(&["--database-url", "postgres://u:secret@127.0.0.1:1/db", "today"]);
    assert!(err.contains("cannot reach the database server"), "{err}");
    assert!(!err.contains("secret"), "the password is left out: {err}");
}

#[test]
fn a_copy_into_a_new_file_is_the_same_record_and_a_file_in_use_is_refused() {
    let rw = Runwell::initialised();
    rw.log_run("2026-11-20", "8", "48:00", "4");
    rw.ok(&["log", "pain", "--date", "2026-11-21", "--when", "morning", "--score", "2"]);
    let copy = rw.db.with_file_name("copy.db");
    let report = rw.json(&["db", "copy", "--to", copy.to_str().unwrap(), "--json"]);
    assert_eq!(report["runner_id"], 1);
    let rows = |table: &str| {
        let tables = report["rows"].as_array().unwrap();
        tables.iter().find(|t| t["table"] == table).unwrap()["rows"].as_u64().unwrap()
    };
    assert_eq!((rows("runs"), rows("pain_entries"), rows("profile")), (1, 1, 1));
    let copied = rw.json(&["--db", copy.to_str().unwrap(), "diary", "--json"]);
    assert_eq!(copied, rw.json(&["diary", "--json"]));
    let today = ["today", "--today", "2026-11-22", "--json"];
    let theirs = rw.json(&[&["--db", copy.to_str().unwrap()][..], &today[..]].concat());
    assert_eq!(theirs, rw.json(&today));
    // Again into the same file: refused, and the file keeps what it had.
    let err = rw.fails(&["db", "copy", "--to", copy.to_str().unwrap()]);
    assert!(err.contains("already holds a runner's data"), "{err}");
    assert_eq!(rw.json(&["--db", copy.to_str().unwrap(), "diary", "--json"]), copied);
    // A file holds one runner: asking it for another is an error that says so.
    let err = rw.fails(&["db", "copy", "--runner", "2", "--to", "x.db"]);
    assert!(err.contains("no runner 2"), "{err}");
}

#[test]
fn serve_refuses_a_lan_address_beyond_a_home_network_and_a_certificate_without_a_use() {
    let rw = Runwell::initialised();
    // Each is refused before anything listens, saying what to give instead.
    let err = rw.fails(&["serve", "--port", "0", "--lan", "192.168.1.20"]);
    assert!(err.contains("--lan needs a fixed port"), "{err}");
    let err = rw.fails(&["serve", "--port", "7890", "--lan", "8.8.8.8"]);
    assert!(err.contains("is not an address of a home network"), "{err}");
    let err = rw.fails(&["serve", "--port", "7890", "--lan", "0.0.0.0"]);
    assert!(err.contains("is not an address of a home network"), "{err}");
    let err = rw.fails(&["serve", "--port", "0", "--tls-cert", "c.pem", "--tls-key", "k.pem"]);
    assert!(err.contains("need --server") && err.contains("--lan"), "{err}");
    let err = rw.fails(&["serve", "--lan", "127.0.0.2", "--server"]);
    assert!(err.contains("--lan") && err.contains("--server"), "{err}");
    let err = rw.fails(&[
        "serve",
        "--port",
        "7890",
        "--lan",
        "127.0.0.2",
        "--tls-cert",
        "/no/such.pem",
        "--tls-key",
        "/no/key.pem",
    ]);
    assert!(err.contains("cannot read the TLS certificate /no/such.pem"), "{err}");
}
