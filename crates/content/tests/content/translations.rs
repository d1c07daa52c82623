//! Every language is whole: a Danish or Swedish file set that misses a movement, a field, a
//! list entry, a page, an FAQ entry, a routine, a product or a picture label, that changes a
//! number or a rule id, or that names an id the English files lack, is refused with the file and
//! field named.

use runwell_content::{Lang, embedded, embedded_in, load_all};

use crate::support::{
    check_refused, drop_line, drop_table, file, replace_once, with_added, with_edit, without,
};

#[test]
fn each_language_read_on_its_own_is_the_one_read_with_all_of_them() {
    let all = load_all(runwell_content::embedded_files()).unwrap();
    for lang in [Lang::En, Lang::Da, Lang::Sv] {
        assert_eq!(embedded_in(lang).unwrap(), all.get(lang), "{lang:?}");
    }
}

#[test]
fn each_language_has_its_own_programme_and_english_is_the_default() {
    let english = embedded().unwrap();
    assert!(std::ptr::eq(english, embedded_in(Lang::En).unwrap()));
    let names = |lang| -> Vec<String> {
        embedded_in(lang).unwrap().movements.iter().map(|m| m.name.clone()).collect()
    };
    let clamshell = |lang| {
        names(lang)[english.movements.iter().position(|m| m.id == "clamshell").unwrap()].clone()
    };
    assert_eq!(clamshell(Lang::En), "Clamshell");
    assert_eq!(clamshell(Lang::Da), "Muslingen");
    assert_eq!(clamshell(Lang::Sv), "Musslan");
    for lang in Lang::TRANSLATED {
        let programme = embedded_in(lang).unwrap();
        // Product names and sources stay as published.
        assert_eq!(
            programme.gear.iter().map(|g| &g.name).collect::<Vec<_>>(),
            english.gear.iter().map(|g| &g.name).collect::<Vec<_>>()
        );
        assert_eq!(programme.sources, english.sources);
        let prices: Vec<String> = programme.gear.iter().map(|p| p.price()).collect();
        assert_eq!(prices, ["£44.95", "£80.95"]);
    }
}

#[test]
fn a_missing_movement_page_or_file_is_refused() {
    // Each row: the file set, then the file refused and the words saying why.
    let rows = [
        (
            without(|p| p == "da/movements/clamshell.toml"),
            "da/movements/clamshell.toml",
            "Danish text of movement \"clamshell\" is missing",
        ),
        (
            without(|p| p == "sv/pages/seek-help.toml"),
            "sv/pages/seek-help.toml",
            "Swedish text of page \"seek-help\" is missing",
        ),
        (without(|p| p == "sv/exercises.toml"), "sv/exercises.toml", "this file is missing"),
        (
            without(|p| p == "da/illustrations.toml"),
            "da/illustrations.toml",
            "this file is missing",
        ),
        (without(|p| p.starts_with("sv/")), "sv/", "the Swedish text is missing"),
    ];
    for (files, path, words) in rows {
        check_refused(&files, path, "", words);
    }
}
#[test]
fn a_missing_or_unknown_field_is_named() {
    let files = with_edit("sv/movements/squat-hold.toml", |t| drop_line(t, "safety_stop"));
    check_refused(&files, "sv/movements/squat-hold.toml", "safety_stop", "missing field");
    // In a keyed file the entry is named too.
    let files = with_edit("da/exercises.toml", |t| drop_line(t, "summary"));
    check_refused(&files, "da/exercises.toml", "exercise.toe-tap.summary", "missing field");
    let files = with_edit("da/faq.toml", |t| replace_once(t, "\nquestion", "\nqustion"));
    check_refused(&files, "da/faq.toml", "faq.is-it-serious.qustion", "unknown field");
    let files = with_edit("sv/faq.toml", |t| {
        replace_once(t, "[faq.is-it-serious]", "[faqs.is-it-serious]")
    });
    check_refused(&files, "sv/faq.toml", "faqs", "holds [faq.<id>] tables only");
    // A product keeps the name it is sold under: a translation may not give one.
    let files =
        with_edit("da/gear.toml", |t| replace_once(t, "\noffer", "\nname = \"Lændebælte\"\noffer"));
    check_refused(&files, "da/gear.toml", "name", "unknown field");
    // Ids, numbers and doses live in the English files only.
    let files = with_edit("da/movements/clamshell.toml", |t| format!("rep_seconds = 3\n{t}"));
    check_refused(&files, "da/movements/clamshell.toml", "rep_seconds", "unknown field");
    let files = with_edit("sv/movements/clamshell.toml", |t| {
        replace_once(t, "name = \"Musslan\"", "name = \"  \"")
    });
    check_refused(&files, "sv/movements/clamshell.toml", "name", "empty");
}

#[test]
fn a_missing_entry_of_a_keyed_file_is_named() {
    let rows = [
        ("da/faq.toml", "[faq.how-often]", "faq.how-often", "question \"how-often\""),
        ("sv/routines.toml", "[routine.cooldown]", "routine.cooldown", "routine \"cooldown\""),
        (
            "da/gear.toml",
            "[product.lumbar-support-belt]",
            "product.lumbar-support-belt",
            "product \"lumbar-support-belt\"",
        ),
        (
            "sv/exercises.toml",
            "[exercise.static-cool-down]",
            "exercise.static-cool-down",
            "exercise \"static-cool-down\"",
        ),
    ];
    for (path, header, field, words) in rows {
        let files = with_edit(path, |t| drop_table(t, header));
        check_refused(&files, path, field, &format!("text of {words} is missing"));
    }
}

#[test]
fn an_id_the_english_files_lack_is_refused() {
    let files = with_edit("da/faq.toml", |t| {
        format!("{t}\n[faq.is-it-bad]\nquestion = \"Er det slemt?\"\nanswer = \"Nej.\"\n")
    });
    check_refused(&files, "da/faq.toml", "faq.is-it-bad", "has no question \"is-it-bad\"");
    let files =
        with_edit("sv/routines.toml", |t| replace_once(t, "[routine.warmup]", "[routine.warm-up]"));
    check_refused(&files, "sv/routines.toml", "routine.warm-up", "has no routine");
    check_refused(&files, "sv/routines.toml", "routine.warmup", "is missing");
    let files = with_added("da/movements/squat-jump.toml", file("da/movements/squat-hold.toml"));
    check_refused(&files, "da/movements/squat-jump.toml", "", "no movement has this file's id");
    let files = with_added("sv/pages/diet.toml", file("sv/pages/tips.toml"));
    check_refused(&files, "sv/pages/diet.toml", "", "no page has this file's id");
}

#[test]
fn lists_must_have_as_many_entries_as_the_english() {
    let path = "da/movements/clamshell.toml";
    let files = with_edit(path, |t| drop_line(t, "\"Hold en kort pause i toppen"));
    check_refused(
        &files,
        path,
        "steps",
        "has 4 entries, the English movements/clamshell.toml has 5",
    );
    let files = with_edit(path, |t| replace_once(t, "cues = [", "cues = [\n  \"Træk vejret.\","));
    check_refused(&files, path, "cues", "has 4 entries");
    let files = with_edit(path, |t| drop_line(t, "\"Mellemhårdt elastikbånd og to"));
    check_refused(&files, path, "variants", "has 3 entries");
    let path = "sv/pages/tips.toml";
    let files = with_edit(path, |t| {
        let last = t.rfind("[[sections]]").unwrap();
        t[..last].to_owned()
    });
    check_refused(&files, path, "sections", "has 5 sections, the English pages/tips.toml has 6");
}

#[test]
fn numbers_and_rule_ids_carry_over() {
    let rows = [
        // A changed number, written the Danish way.
        (
            "da/pages/tips.toml",
            "1,10 gange",
            "1,5 gange",
            "sections[1].body",
            "lacks 1.10; it adds 1,5",
        ),
        // A dropped number.
        (
            "sv/movements/single-leg-step-down.toml",
            "Steg på 15 cm",
            "Ett högre steg",
            "variants[1]",
            "lacks 15",
        ),
        // A changed rule id.
        (
            "sv/faq.toml",
            "(SHOE-2)",
            "(SHOE-3)",
            "faq.which-shoes.answer",
            "lacks SHOE-2; it adds SHOE-3",
        ),
        // A number written in words where the English gives digits.
        (
            "da/routines.toml",
            "omkring 48 timer",
            "omkring to døgn",
            "routine.strength.summary",
            "lacks 48",
        ),
        // A number the English does not state.
        ("da/movements/clamshell.toml", "to sekunder op", "2 sekunder op", "mistakes[2]", "adds 2"),
        // A Swedish thousands separator must not break the number in two.
        ("sv/pages/tips.toml", "5\\u00A0205", "5 205", "sections[1].body", "lacks 5,205"),
    ];
    for (path, from, to, field, words) in rows {
        let files = with_edit(path, |t| replace_once(t, from, to));
        check_refused(&files, path, field, words);
    }
}

#[test]
fn files_a_translation_may_not_have_are_refused() {
    let rows = [
        ("da/sources.toml", "sources are not translated"),
        ("sv/illustrations/clamshell.svg", "a translation holds only text"),
        ("sv/notes.toml", "a translation holds only text"),
        ("en/faq.toml", "does not know this file"),
        ("de/faq.toml", "does not know this file"),
    ];
    for (path, words) in rows {
        check_refused(&with_added(path, "x = 1"), path, "", words);
    }
}

#[test]
fn picture_labels_must_be_complete_short_and_used() {
    let path = "da/illustrations.toml";
    let files = with_edit(path, |t| drop_line(t, "End ="));
    check_refused(&files, path, "labels.End", "the pictures draw the word \"End\"");
    let files = with_edit(path, |t| format!("{t}Side = \"Fra siden\"\n"));
    check_refused(&files, path, "labels.Side", "no picture draws the word \"Side\"");
    let files = with_edit(path, |t| {
        replace_once(t, "\"Slutstilling\"", "\"Stillingen til slut i bevægelsen\"")
    });
    check_refused(&files, path, "labels.End", "longer than 18 characters");
}

#[test]
fn an_english_picture_must_say_what_its_movement_says() {
    let path = "illustrations/clamshell.svg";
    let files =
        with_edit(path, |t| replace_once(t, "the top knee is lifted", "the top knee rises"));
    check_refused(&files, path, "desc", "illustration_alt word for word");
    let files = with_edit(path, |t| replace_once(t, ">Clamshell</title>", ">Clam</title>"));
    check_refused(&files, path, "title", "name word for word");
    let files = with_edit(path, |t| replace_once(t, ">End</text>", "><tspan>End</tspan></text>"));
    check_refused(&files, path, "text", "plain word");
}

#[test]
fn every_problem_of_every_language_is_reported_in_one_run() {
    let mut files = with_edit("da/faq.toml", |t| drop_table(t, "[faq.how-often]"));
    let swedish = files.iter_mut().find(|(p, _)| *p == "sv/gear.toml").unwrap();
    swedish.1 = drop_table(&swedish.1, "[product.lumbar-support-belt]");
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let errors = load_all(&borrowed).unwrap_err();
    let files: Vec<&str> = errors.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(files, ["da/faq.toml", "sv/gear.toml"], "{errors}");
}
