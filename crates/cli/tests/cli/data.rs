//! `runwell report`, `export`, `restore` and `erase` as a runner or a script uses them.

use crate::support::Runwell;

pub(crate) fn diary(rw: &Runwell) {
    for (i, date) in ["2026-11-16", "2026-11-18", "2026-11-21", "2026-11-23"].iter().enumerate() {
        rw.log_run(date, &format!("{}", 6 + i), "40:00", "4");
        rw.ok(&[
            "log", "pain", "--date", date, "--when", "after", "--score", "2", "--side", "right",
        ]);
    }
    rw.ok(&["log", "pain", "--date", "2026-11-24", "--when", "morning", "--score", "3"]);
}

#[test]
fn the_report_prints_the_same_words_as_text_html_and_json() {
    let rw = Runwell::initialised();
    diary(&rw);
    let text = rw.ok(&["report", "--today", "2026-11-25"]);
    assert!(text.contains("Hip pain and running: a summary for my physiotherapist"), "{text}");
    assert!(
        text.contains("Period: Mon 5 Oct 2026 to Wed 25 Nov 2026 (8 training weeks)"),
        "{text}"
    );
    assert!(text.contains("Pain most logged: right hip"), "{text}");
    assert!(text.contains("Longest run: 9.0 km on Mon 23 Nov 2026."), "{text}");
    let json = rw.json(&["report", "--today", "2026-11-25", "--json"]);
    assert_eq!(json["from"], "2026-10-05");
    assert_eq!(json["run_pain"].as_array().unwrap().len(), 4);
    let out = rw.db.with_file_name("report.html");
    let said = rw.ok(&["report", "--today", "2026-11-25", "--out", out.to_str().unwrap()]);
    assert!(said.contains("Open it in a browser and print it"), "{said}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<style>") && html.contains("Longest run: 9.0 km"));
    let error = rw.fails(&["report", "--from", "2026-12-01", "--today", "2026-11-25"]);
    assert!(error.contains("after its end"), "{error}");
}

#[test]
fn pdf_without_chromium_says_how_to_get_it() {
    let rw = Runwell::initialised();
    let out = rw.db.with_file_name("report.pdf");
    let result = rw
        .command(&["report", "--pdf", out.to_str().unwrap()])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert!(!result.status.success());
    let error = String::from_utf8(result.stderr).unwrap();
    assert!(error.contains("apt-get install chromium") && error.contains("Save as PDF"), "{error}");
    assert!(!out.exists());
}

#[test]
fn export_restore_and_erase_from_the_terminal() {
    let rw = Runwell::initialised();
    diary(&rw);
    let zip = rw.db.with_file_name("export.zip");
    let said = rw.ok(&["export", "--out", zip.to_str().unwrap()]);
    assert!(said.contains("4 runs (0 as GPX), 5 pain entries"), "{said}");

    let fresh = Runwell::new();
    let restored = fresh.json(&["restore", zip.to_str().unwrap(), "--json"]);
    assert_eq!((restored["runs"].as_u64(), restored["pain_entries"].as_u64()), (Some(4), Some(5)));
    assert_eq!(rw.ok(&["runs", "--json"]), fresh.ok(&["runs", "--json"]));
    let again = fresh.fails(&["restore", zip.to_str().unwrap()]);
    assert!(again.contains("--merge"), "{again}");
    let merged = fresh.ok(&["restore", zip.to_str().unwrap(), "--merge"]);
    assert!(
        merged.contains("Restored 0 runs") && merged.contains("(4 runs were here already)"),
        "{merged}"
    );

    let kept = fresh.run_with_input(&["erase"], "no\n");
    assert!(!kept.status.success());
    assert!(String::from_utf8_lossy(&kept.stderr).contains("nothing was deleted"));
    assert!(fresh.ok(&["runs"]).contains("9.0"), "nothing was deleted");
    let erased = fresh.run_with_input(&["erase"], "erase\n");
    assert!(erased.status.success(), "{}", String::from_utf8_lossy(&erased.stderr));
    let error = fresh.fails(&["runs"]);
    assert!(error.contains("no profile yet"), "{error}");
    rw.ok(&["erase", "--confirm", "erase"]);
    assert!(rw.fails(&["today"]).contains("no profile yet"));
}
