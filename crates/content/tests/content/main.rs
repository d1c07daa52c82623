//! The embedded programme is whole, and a broken content file is refused with its path and
//! field named.

mod support;
mod translations;

use runwell_content::embedded;
use runwell_domain::programme::{Dose, RoutineKind};
use support::{check_refused, load_owned, replace_once, with_added, with_edit, without};

#[test]
fn the_embedded_programme_is_valid() {
    if let Err(errors) = embedded() {
        panic!("{errors}");
    }
}

#[test]
fn it_holds_the_articles_six_exercises_as_eight_movements() {
    let programme = embedded().unwrap();
    assert_eq!(programme.movements.len(), 8);
    let mut ids: Vec<&str> = programme.movements.iter().map(|m| m.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "butterfly-stretch",
            "clamshell",
            "lateral-lunge",
            "leg-swings",
            "single-leg-glute-bridge",
            "single-leg-step-down",
            "single-leg-toe-tap",
            "squat-hold"
        ]
    );
    let exercises: Vec<(u8, usize)> =
        programme.exercises.iter().map(|e| (e.number, e.movements.len())).collect();
    assert_eq!(exercises, [(1, 1), (2, 1), (3, 1), (4, 1), (5, 2), (6, 2)]);
}

#[test]
fn routines_hold_the_articles_movements() {
    let programme = embedded().unwrap();
    let movements = |kind| -> Vec<String> {
        programme.routine(kind).unwrap().items.iter().map(|i| i.movement.clone()).collect()
    };
    assert_eq!(
        movements(RoutineKind::Warmup),
        ["leg-swings", "lateral-lunge", "single-leg-toe-tap"]
    );
    assert_eq!(movements(RoutineKind::Cooldown), ["butterfly-stretch", "squat-hold"]);
    assert_eq!(
        movements(RoutineKind::Strength),
        ["single-leg-toe-tap", "single-leg-step-down", "single-leg-glute-bridge", "clamshell"]
    );
}

#[test]
fn every_ladder_has_three_levels_and_never_gets_easier() {
    for m in &embedded().unwrap().movements {
        assert!(m.levels.len() >= 3, "{}", m.id);
        for pair in m.levels.windows(2) {
            assert!(pair[0].dose.same_kind(pair[1].dose), "{}", m.id);
            assert!(pair[0].dose.sets() <= pair[1].dose.sets(), "{}", m.id);
            assert!(pair[0].dose.per_set() <= pair[1].dose.per_set(), "{}", m.id);
        }
        // PROG-1: strength work is dosed in sets of repetitions, stretches in held seconds.
        let first = m.levels[0].dose;
        if m.kind == runwell_domain::programme::MovementKind::Stretch {
            assert!(matches!(first, Dose::Hold { .. } | Dose::Time { .. }), "{}", m.id);
        }
    }
}

#[test]
fn pages_faq_sources_and_gear_cover_the_article() {
    let programme = embedded().unwrap();
    for page in ["causes", "prevention", "tips", "seek-help", "load-education"] {
        assert!(programme.page(page).is_some(), "page {page}");
    }
    assert_eq!(programme.faq.len(), 5);
    let articles = programme
        .sources
        .iter()
        .filter(|s| s.kind == runwell_domain::programme::SourceKind::Article)
        .count();
    assert_eq!(articles, 7);
    for rule in runwell_domain::evidence::RULE_IDS {
        assert!(programme.source_for_rule(rule).is_some(), "{rule} has no source");
    }
    let prices: Vec<String> = programme.gear.iter().map(|p| p.price()).collect();
    assert_eq!(prices, ["£44.95", "£80.95"]);
}

#[test]
fn a_missing_field_is_named() {
    let files = with_edit("movements/clamshell.toml", |t| {
        t.lines().filter(|l| !l.starts_with("safety_stop")).collect::<Vec<_>>().join("\n")
    });
    check_refused(&files, "movements/clamshell.toml", "safety_stop", "missing field");
}

#[test]
fn a_misspelt_field_is_named() {
    let files = with_edit("movements/clamshell.toml", |t| replace_once(t, "\nsummary", "\nsumary"));
    check_refused(&files, "movements/clamshell.toml", "sumary", "unknown field");
}

#[test]
fn a_value_of_the_wrong_type_is_named() {
    let files = with_edit("movements/clamshell.toml", |t| {
        replace_once(t, "per_side = true", "per_side = \"yes\"")
    });
    check_refused(&files, "movements/clamshell.toml", "per_side", "line");
}

#[test]
fn text_that_is_not_toml_is_refused() {
    let files = with_edit("gear.toml", |_| "[[product]\nname = ".to_owned());
    let errors = load_owned(&files).unwrap_err();
    assert!(errors.iter().any(|e| e.file == "gear.toml"), "{errors}");
}

#[test]
fn an_empty_step_is_refused() {
    let files = with_edit("movements/squat-hold.toml", |t| {
        replace_once(t, "steps = [", "steps = [\"  \", ")
    });
    check_refused(&files, "movements/squat-hold.toml", "steps[0]", "empty");
}

#[test]
fn a_ladder_that_gets_easier_is_refused() {
    // Level 3 asks for fewer sets than level 2.
    let files = with_edit("movements/clamshell.toml", |t| {
        let mut out = String::new();
        let mut level = 0;
        for line in t.lines() {
            if line.trim() == "[[levels]]" {
                level += 1;
            }
            if level == 3 && line.trim_start().starts_with("sets") {
                out.push_str("sets = 1\n");
            } else {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    });
    check_refused(&files, "movements/clamshell.toml", "levels[2].sets", "gets easier");
}

#[test]
fn a_ladder_with_two_levels_is_refused() {
    let files = with_edit("movements/squat-hold.toml", |t| {
        let parts: Vec<&str> = t.split("[[levels]]").collect();
        format!("{}[[levels]]{}[[levels]]{}", parts[0], parts[1], parts[2])
    });
    check_refused(&files, "movements/squat-hold.toml", "levels", "at least 3 levels");
}

#[test]
fn a_routine_naming_an_unknown_movement_is_refused() {
    let files = with_edit("routines.toml", |t| replace_once(t, "\"squat-hold\"", "\"squat-jump\""));
    check_refused(&files, "routines.toml", "movement", "squat-jump");
}

#[test]
fn a_page_citing_an_unknown_source_is_refused() {
    let files = with_edit("pages/causes.toml", |t| {
        replace_once(t, "sources = [", "sources = [\"nobody-2030\", ")
    });
    check_refused(&files, "pages/causes.toml", "sources[0]", "nobody-2030");
}

#[test]
fn a_duplicate_id_is_refused() {
    let files = with_edit("faq.toml", |t| {
        let first_id = t.lines().find(|l| l.starts_with("id = ")).unwrap().to_owned();
        let mut seen = 0;
        t.lines()
            .map(|l| {
                if l.starts_with("id = ") {
                    seen += 1;
                    if seen == 2 {
                        return first_id.clone();
                    }
                }
                l.to_owned()
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    check_refused(&files, "faq.toml", "faq[1].id", "used twice");
}

#[test]
fn a_movement_in_no_routine_is_refused() {
    let files = with_edit("routines.toml", |t| {
        // Drop the clamshell item from the strength routine.
        let start = t.find("movement = \"clamshell\"").expect("clamshell in routines");
        let block_start = t[..start].rfind("[[routine.items]]").unwrap();
        let block_end = t[start..].find("[[").map_or(t.len(), |i| start + i);
        format!("{}{}", &t[..block_start], &t[block_end..])
    });
    check_refused(&files, "movements/clamshell.toml", "id", "no routine");
}

#[test]
fn a_rule_without_a_source_is_refused() {
    let files = with_edit("sources.toml", |t| t.replace("\"LOAD-5\"", "\"LOAD-4\""));
    check_refused(&files, "sources.toml", "rules", "LOAD-5");
}

#[test]
fn an_unknown_file_is_refused() {
    let files = with_added("recipes.toml", "x = 1");
    check_refused(&files, "recipes.toml", "", "does not know this file");
}

#[test]
fn a_movement_without_its_picture_is_refused() {
    let files = without(|p| p == "illustrations/clamshell.svg");
    check_refused(&files, "illustrations/clamshell.svg", "", "missing");
}

#[test]
fn a_picture_with_script_is_refused() {
    let files = with_edit("illustrations/squat-hold.svg", |t| {
        t.replacen("</svg>", "<script>alert(1)</script></svg>", 1)
    });
    check_refused(&files, "illustrations/squat-hold.svg", "svg", "no <script>");
    let files =
        with_edit("illustrations/squat-hold.svg", |t| t.replacen("<svg", "<svg onload=\"x()\"", 1));
    check_refused(&files, "illustrations/squat-hold.svg", "svg", "event-handler");
}

#[test]
fn every_movement_has_an_accessible_picture() {
    for m in &embedded().unwrap().movements {
        assert!(m.illustration_svg.starts_with("<svg"), "{}", m.id);
        assert!(m.illustration_svg.contains("<title"), "{}", m.id);
        assert!(!m.illustration_alt.is_empty(), "{}", m.id);
        assert!(
            m.illustration_svg.contains(&format!("aria-labelledby=\"ill-{0}-t ill-{0}-d\"", m.id)),
            "{}",
            m.id
        );
    }
}
