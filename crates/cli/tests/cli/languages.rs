//! Every command's words in the runner's language: `init --lang da` makes the terminal speak
//! Danish, `LANG=sv_SE.UTF-8` Swedish (when no language is chosen); numbers and days are
//! written their way, and `--json` stays English whatever the language.

use crate::support::Runwell;

/// A runner with a profile in `lang` (chosen with `init --lang`), one 5.5 km run and a
/// next-morning pain entry for it.
fn runner(lang: &str) -> Runwell {
    let rw = Runwell::initialised();
    rw.ok(&["init", "--lang", lang, "--yes"]);
    stocked(&rw);
    rw
}

fn stocked(rw: &Runwell) {
    let id = rw.log_run("2026-11-28", "5.5", "30:00", "4");
    let id = id.to_string();
    let pain = ["log", "pain", "--date", "2026-11-29", "--when", "morning", "--score", "3"];
    rw.ok(&[&pain[..], &["--run", &id, "--json"]].concat());
}

/// The output of `args` with the terminal's `LANG` set to `lang`.
fn with_lang(rw: &Runwell, lang: &str, args: &[&str]) -> String {
    let out = rw.command(args).env("LANG", lang).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn has(text: &str, words: &[&str]) {
    for word in words {
        assert!(text.contains(word), "{word:?} is missing from:\n{text}");
    }
}

fn lacks(text: &str, words: &[&str]) {
    for word in words {
        assert!(!text.contains(word), "{word:?} is left in:\n{text}");
    }
}

const DIARY: &[&str] = &["diary", "--from", "2026-11-22", "--to", "2026-11-30"];

#[test]
fn init_speaks_the_language_it_is_given() {
    let rw = Runwell::new();
    let out = rw.ok(&[
        "init",
        "--lang",
        "da",
        "--time-zone",
        "Europe/Copenhagen",
        "--strength-days",
        "tue,wed",
        "--recent-longest-km",
        "8",
        "--yes",
    ]);
    has(&out, &["Profilen er gemt i", "Tidszone:", "Bemærk:", "tirsdag og onsdag", "8,0\u{a0}km"]);
    lacks(&out, &["Profile saved", "Time zone:", "Note:"]);
    let rw = Runwell::new();
    let out = rw
        .command(&["init", "--lang", "sv", "--strength-days", "tue,thu", "--yes"])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    has(&out, &["Profilen har sparats i", "Styrkedagar:", "Nästa steg:"]);
}

#[test]
fn runs_and_the_diary_in_danish() {
    let rw = runner("da");
    let runs = rw.ok(&["runs"]);
    has(&runs, &["lør. 28. nov. 2026", "5,50\u{a0}km", "1 løbetur, 5,5\u{a0}km løb i alt."]);
    lacks(&runs, &["of running", "Sat 28 Nov"]);
    let run = rw.ok(&["run", "1"]);
    has(&run, &["Tempo 5:27 /km", "Smerte registreret for turen", "næste morgen"]);
    lacks(&run, &["Pace", "Pain logged"]);
    let diary = rw.ok(DIARY);
    has(&diary, &["Smertedagbog, søn. 22. nov. 2026", "søn. 29. nov.", "største smerte 3/10"]);
    has(&diary, &["[løbetur lør. 28. nov. · 5,50\u{a0}km]"]);
    lacks(&diary, &["Pain diary", "worst pain", "next morning"]);
    insta::assert_snapshot!("diary_da", diary);
}

#[test]
fn the_terminal_language_decides_when_none_is_chosen() {
    let rw = Runwell::initialised();
    stocked(&rw);
    let sv = "sv_SE.UTF-8";
    let runs = with_lang(&rw, sv, &["runs"]);
    has(&runs, &["lör 28 nov 2026", "5,50\u{a0}km", "1 löprunda, 5,5\u{a0}km löpning totalt."]);
    let diary = with_lang(&rw, sv, DIARY);
    has(&diary, &["Smärtdagbok", "värsta smärta 3/10", "nästa morgon"]);
    lacks(&diary, &["Pain diary", "worst pain"]);
    insta::assert_snapshot!("diary_sv", diary);
    // No choice and an English terminal: English, as it always was.
    has(&rw.ok(DIARY), &["Pain diary, Sun 22 Nov 2026", "worst pain 3/10"]);
}

#[test]
fn training_and_kit_in_danish_and_swedish() {
    let rw = runner("da");
    let plan = rw.ok(&["plan", "--today", "2026-11-30"]);
    has(&plan, &["Din plan fra man. 30. nov. 2026", "løbetur, opvarmning + nedkøling", "styrke"]);
    lacks(&plan, &["Your plan", "warm-up"]);
    let adherence = rw.ok(&["adherence", "--today", "2026-11-30"]);
    has(&adherence, &["Planlagt og gennemført", "0 af 2"]);
    let saved = rw.ok(&[
        "log",
        "session",
        "strength",
        "--all",
        "--pain",
        "2",
        "--rpe",
        "5",
        "--date",
        "2026-12-01",
    ]);
    has(&saved, &["Gemt: styrke, tir. 1. dec.:", "sæt som planlagt"]);
    rw.ok(&["shoes", "add", "Pegasus", "--default"]);
    let shoes = rw.ok(&["shoes"]);
    has(&shoes, &["Dine sko", "(standard)", "af ~800\u{a0}km", "i orden", "overvej at udskifte"]);
    lacks(&shoes, &["Your shoes", "consider replacing"]);

    let rw = Runwell::initialised();
    stocked(&rw);
    let sv = "sv_SE.UTF-8";
    has(
        &with_lang(&rw, sv, &["plan", "--today", "2026-11-30"]),
        &["Din plan från mån 30 nov 2026"],
    );
    has(
        &with_lang(&rw, sv, &["surfaces", "--today", "2026-11-30"]),
        &["Underlag", "väg eller bana"],
    );
    has(&with_lang(&rw, sv, &["cadence"]), &["Kadens", "metronom"]);
}

#[test]
fn import_and_its_failure_in_danish() {
    let rw = runner("da");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "not a run").unwrap();
    let out = rw.run(&["import", file.to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    has(&stdout, &["Importeret 0", "ikke aktiviteter 1", "(1 fil,"]);
    has(&stderr, &["intet kunne importeres fra 1 fil:"]);
    lacks(&stdout, &["Imported", "files"]);
}

#[test]
fn json_stays_english_in_every_language() {
    let en = Runwell::initialised();
    stocked(&en);
    let da = runner("da");
    for args in [&["runs", "--json"][..], &["run", "1", "--json"], &[DIARY, &["--json"]].concat()] {
        assert_eq!(en.json(args), da.json(args), "{args:?}");
    }
    let sv = with_lang(&en, "sv_SE.UTF-8", &["runs", "--json"]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&sv).unwrap(),
        en.json(&["runs", "--json"])
    );
}

#[test]
fn the_programme_and_learning_in_danish_and_swedish() {
    let rw = runner("da");
    let exercises = rw.ok(&["exercises"]);
    has(&exercises, &["Hofteprogrammet: seks øvelser, otte bevægelser", "Styrketræningen:"]);
    lacks(&exercises, &["The hip programme", "each side"]);
    let routine = rw.ok(&["routine", "warmup"]);
    has(&routine, &["niveau 1 af", "gentagelser på hver side", "Hvil", "Cirka"]);
    lacks(&routine, &["reps each side", "About"]);
    let exercise = rw.ok(&["exercise", "clamshell"]);
    has(&exercise, &["Øvelse", "Sådan gør du", "Typiske fejl", "Doseringstrin", "niveau 1 af"]);
    lacks(&exercise, &["Common mistakes", "Dosage ladder"]);
    has(&rw.ok(&["learn"]), &["Læs mere om hoftesmerter hos løbere"]);
    has(&rw.ok(&["faq"]), &["Ofte stillede spørgsmål", "Kilder:"]);
    has(&rw.ok(&["sources"]), &["Kildeartiklens referencer"]);
    has(&rw.ok(&["gear"]), &["Udstyr vist i kildeartiklen"]);
    // The JSON is English: the same programme as for an English runner.
    let en = Runwell::new();
    assert_eq!(
        rw.json(&["routine", "warmup", "--json"]),
        en.json(&["routine", "warmup", "--json"])
    );
    assert_eq!(rw.json(&["exercises", "--json"]), en.json(&["exercises", "--json"]));

    // Reading needs no database: Swedish from the terminal, and no file is made.
    let fresh = Runwell::new();
    has(&with_lang(&fresh, "sv_SE.UTF-8", &["learn"]), &["Läs mer om höftsmärta hos löpare"]);
    has(&with_lang(&fresh, "sv_SE.UTF-8", &["exercises"]), &["Höftprogrammet"]);
    assert!(!fresh.db.exists());
}

#[test]
fn a_guided_session_in_swedish() {
    let rw = Runwell::initialised();
    let out = rw
        .command(&["session", "cooldown", "--speed", "1000", "--today", "2026-11-26"])
        .env("LANG", "sv_SE.UTF-8")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = out;
    std::io::Write::write_all(&mut out.stdin.take().unwrap(), b"3\n4\n").unwrap();
    let out = out.wait_with_output().unwrap();
    assert!(out.status.success());
    let shown = String::from_utf8(out.stdout).unwrap();
    has(&shown, &["Smärta i höften under passet", "Ansträngning (RPE)", "set enligt plan"]);
    has(&shown, &["Sparat: nedvarvning, tors 26 nov:"]);
    lacks(&shown, &["Pain in your hip", "Saved the"]);
}

#[test]
fn export_and_erase_in_danish() {
    let rw = runner("da");
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("export.zip");
    let out = rw.ok(&["export", "--out", zip.to_str().unwrap()]);
    has(&out, &["er skrevet: 1 løbetur", "1 smerteregistrering", "med runwell.json og CSV-filer"]);
    let erased = rw.run_with_input(&["erase"], "no\n");
    let shown = String::from_utf8(erased.stdout).unwrap();
    has(&shown, &["Dette sletter alt i"]);
    has(&String::from_utf8(erased.stderr).unwrap(), &["for at bekræfte:"]);
}

#[test]
fn the_trend_and_the_questions_in_danish() {
    let rw = runner("da");
    let trend = rw.ok(&["trend", "--weeks", "2", "--today", "2026-11-30"]);
    has(&trend, &["Uge for uge", "man. 23. nov.", "5,5", "Belastning er RPE × minutter"]);
    lacks(&trend, &["Week by week", "Load is"]);
    let questions = rw.ok(&["check", "--questions"]);
    has(&questions, &["Tjekspørgsmål", "(TRIAGE-1)"]);
    lacks(&questions, &["Triage questions", "Are you unable"]);
    assert_eq!(
        rw.json(&["check", "--questions", "--json"]),
        Runwell::new().json(&["check", "--questions", "--json"])
    );
}
