//! `runwell report` in the runner's language: the text and the file `--out` writes follow the
//! profile's language, and `--json` stays English.

use crate::data::diary;
use crate::support::Runwell;

#[test]
fn the_report_speaks_the_profiles_language_and_json_stays_english() {
    let rw = Runwell::initialised();
    diary(&rw);
    rw.ok(&["init", "--lang", "da", "--yes"]);
    let text = rw.ok(&["report", "--today", "2026-11-25"]);
    for danish in [
        "Hoftesmerter og løb: et overblik til min fysioterapeut",
        "Periode: man. 5. okt. 2026 til ons. 25. nov. 2026 (8 træningsuger)",
        "Smerte oftest registreret: højre hofte",
        "Længste løbetur: 9,0\u{a0}km man. 23. nov. 2026.",
        "man. 23. nov. 9,0\u{a0}km: under –, efter 2",
        "Sko og underlag",
    ] {
        assert!(text.contains(danish), "{danish:?} missing: {text}");
    }
    for english in ["Who and when", "Longest run", "Pain most logged", "9.0 km"] {
        assert!(!text.contains(english), "{english:?} left in English: {text}");
    }
    let out = rw.db.with_file_name("rapport.html");
    let said = rw.ok(&["report", "--today", "2026-11-25", "--out", out.to_str().unwrap()]);
    assert!(said.contains("Åbn den i en browser"), "{said}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains(r#"<html lang="da">"#) && html.contains("Længste løbetur: 9,0"));
    assert!(html.contains("Tallene"), "the charts in the file speak Danish too");
    let json = rw.json(&["report", "--today", "2026-11-25", "--json"]);
    assert_eq!(json["facts"][1]["label"], "Pain most logged");
    assert_eq!(json["facts"][1]["value"], "right hip");
    assert!(json["load"][1].as_str().unwrap().starts_with("Longest run: 9.0 km"), "{json}");
}
