//! The embedded translations: the English programme with only its words changed, every word
//! in its own language, and pictures that speak the language of their page.

use runwell_domain::programme::Programme;

use crate::{Lang, embedded_in, svg};

/// Calls `f` with every text a runner reads in `p`, and where it is. Product names and sources
/// are left out: they stay as published in every language.
fn each_text(p: &mut Programme, mut f: impl FnMut(String, &mut String)) {
    for m in &mut p.movements {
        let at = |field: &str| format!("movement {} {field}", m.id);
        f(at("name"), &mut m.name);
        f(at("summary"), &mut m.summary);
        f(at("illustration_alt"), &mut m.illustration_alt);
        f(at("safety_stop"), &mut m.safety_stop);
        for (field, list) in [
            ("steps", &mut m.steps),
            ("benefits", &mut m.benefits),
            ("target_muscles", &mut m.target_muscles),
            ("cues", &mut m.cues),
            ("mistakes", &mut m.mistakes),
        ] {
            for (i, text) in list.iter_mut().enumerate() {
                f(at(&format!("{field}[{i}]")), text);
            }
        }
        for level in &mut m.levels {
            f(at(&format!("level {}", level.level)), &mut level.variant);
        }
    }
    for e in &mut p.exercises {
        f(format!("exercise {} name", e.id), &mut e.name);
        f(format!("exercise {} summary", e.id), &mut e.summary);
    }
    for r in &mut p.routines {
        f(format!("routine {} name", r.id), &mut r.name);
        f(format!("routine {} when", r.id), &mut r.when);
        f(format!("routine {} summary", r.id), &mut r.summary);
    }
    for page in &mut p.pages {
        f(format!("page {} title", page.id), &mut page.title);
        f(format!("page {} summary", page.id), &mut page.summary);
        for (i, s) in page.sections.iter_mut().enumerate() {
            f(format!("page {} section {i} heading", page.id), &mut s.heading);
            f(format!("page {} section {i} body", page.id), &mut s.body);
        }
    }
    for q in &mut p.faq {
        f(format!("faq {} question", q.id), &mut q.question);
        f(format!("faq {} answer", q.id), &mut q.answer);
    }
    for g in &mut p.gear {
        f(format!("product {} description", g.id), &mut g.description);
        f(format!("product {} offer", g.id), &mut g.offer);
    }
}

/// The texts of `p` in order, with where each is.
fn texts(p: &Programme) -> Vec<(String, String)> {
    let mut p = p.clone();
    let mut out = Vec::new();
    each_text(&mut p, |at, text| out.push((at, text.clone())));
    out
}

/// `svg` with the inner text of its title, description and labels taken out.
fn picture_without_words(svg: &str) -> String {
    let edits = ["title", "desc", "text"]
        .into_iter()
        .flat_map(|tag| svg::inner_texts(svg, tag))
        .map(|range| (range, String::new()))
        .collect();
    svg::replace(svg, edits)
}

/// `p` with every word taken out: what is left is its ids, numbers and structure.
fn skeleton(p: &Programme) -> Programme {
    let mut p = p.clone();
    each_text(&mut p, |_, text| text.clear());
    for m in &mut p.movements {
        m.illustration_svg = picture_without_words(&m.illustration_svg);
    }
    p
}

fn programme(lang: Lang) -> &'static Programme {
    embedded_in(lang).unwrap_or_else(|errors| panic!("{errors}"))
}

#[test]
fn every_language_keeps_the_english_ids_numbers_and_structure() {
    let english = skeleton(programme(Lang::En));
    for lang in Lang::TRANSLATED {
        assert!(
            skeleton(programme(lang)) == english,
            "{lang} differs from English beyond its words"
        );
        assert_eq!(texts(programme(lang)).len(), texts(programme(Lang::En)).len(), "{lang}");
    }
}

#[test]
fn every_translated_text_is_written_in_its_language() {
    let english = texts(programme(Lang::En));
    // Letters the other language has and this one does not, and English words neither uses.
    let foreign = |lang| match lang {
        Lang::Da => ["ä", "ö", "Ä", "Ö"],
        Lang::Sv => ["æ", "ø", "Æ", "Ø"],
        Lang::En => unreachable!("English is the base"),
    };
    let english_words = [" the ", " and ", " your ", "Fix:", " you "];
    for lang in Lang::TRANSLATED {
        for ((at, english), (_, translated)) in english.iter().zip(texts(programme(lang))) {
            // A Latin muscle name may stay as it is ("gluteus medius"); a sentence may not.
            if english.split_whitespace().count() > 2 {
                assert_ne!(&translated, english, "{lang} {at} is still English");
            }
            for letter in foreign(lang) {
                assert!(!translated.contains(letter), "{lang} {at} has {letter:?}: {translated}");
            }
            let padded = format!(" {translated} ");
            for word in english_words {
                assert!(
                    !padded.contains(word),
                    "{lang} {at} has the English {word:?}: {translated}"
                );
            }
        }
    }
}

#[test]
fn pictures_speak_the_language_of_their_page() {
    let english = programme(Lang::En);
    for lang in Lang::ALL {
        for m in &programme(lang).movements {
            let svg_text = m.illustration_svg.as_str();
            let inner = |tag| -> Vec<&str> {
                svg::inner_texts(svg_text, tag).into_iter().map(|r| &svg_text[r]).collect()
            };
            assert_eq!(inner("title"), [svg::escape(&m.name)], "{lang} {}", m.id);
            assert_eq!(inner("desc"), [svg::escape(&m.illustration_alt)], "{lang} {}", m.id);
            let labels = match lang {
                Lang::En => ["Start", "End"],
                Lang::Da => ["Udgangsstilling", "Slutstilling"],
                Lang::Sv => ["Utgångsläge", "Slutläge"],
            };
            assert_eq!(inner("text"), labels, "{lang} {}", m.id);
            // The alternative text starts with the same words the picture draws.
            assert!(m.illustration_alt.starts_with(&format!("{}: ", labels[0])), "{lang} {}", m.id);
            assert!(m.illustration_alt.contains(&format!(". {}: ", labels[1])), "{lang} {}", m.id);
        }
    }
    // English pictures are the files as drawn, with only their ids made unique per page.
    let clamshell = english.movement("clamshell").unwrap();
    assert!(
        clamshell.illustration_svg.contains(r#"<title id="ill-clamshell-t">Clamshell</title>"#)
    );
}
