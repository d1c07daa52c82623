//! The facts a text states that must survive translation unchanged: its numbers and its
//! EVIDENCE.md rule ids. A translation may word a sentence any way it likes, but "5 out of 10",
//! "1.10 times" and "(PAIN-2)" have to come out as 5, 1,10 and PAIN-2 in every language.

/// One fact as written (`1,10`, `5 205`, `PAIN-2`) and as compared (`110`, `5205`, `PAIN-2`):
/// a number's decimal and thousands separators differ between languages, its digits do not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fact {
    pub written: String,
    pub key: String,
}

/// Separators a number may carry between its digits: the decimal point or comma, and the
/// thousands separators English, Danish and Swedish use (comma, point, no-break space, narrow
/// no-break space). A plain space ends a number, so "2 3" stays two numbers.
fn is_separator(ch: char) -> bool {
    matches!(ch, '.' | ',' | '\u{a0}' | '\u{202f}')
}

/// The numbers and rule ids in `text`, in order of appearance.
pub(crate) fn facts(text: &str) -> Vec<Fact> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        if ch.is_ascii_uppercase() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            // A rule id: two or more capitals, a hyphen, digits (PAIN-1, TRIAGE-7).
            let letters = chars[i..].iter().take_while(|c| c.is_ascii_uppercase()).count();
            let after = i + letters;
            let digits = chars
                .get(after + 1..)
                .map_or(0, |rest| rest.iter().take_while(|c| c.is_ascii_digit()).count());
            if letters >= 2 && chars.get(after) == Some(&'-') && digits > 0 {
                let end = after + 1 + digits;
                let id: String = chars[i..end].iter().collect();
                out.push(Fact { written: id.clone(), key: id });
                i = end;
                continue;
            }
            i = after;
            continue;
        }
        if ch.is_ascii_digit() {
            let start = i;
            while i < chars.len() {
                if chars[i].is_ascii_digit() {
                    i += 1;
                } else if is_separator(chars[i])
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)
                {
                    i += 2;
                } else {
                    break;
                }
            }
            let written: String = chars[start..i].iter().collect();
            let key = written.chars().filter(char::is_ascii_digit).collect();
            out.push(Fact { written, key });
            continue;
        }
        i += 1;
    }
    out
}

/// What `translated` lacks of `english`'s facts and what it adds, each as written; both empty
/// when the two state the same facts (in any order).
pub(crate) fn difference(english: &str, translated: &str) -> (Vec<String>, Vec<String>) {
    let mut extra = facts(translated);
    let mut missing = Vec::new();
    for fact in facts(english) {
        match extra.iter().position(|f| f.key == fact.key) {
            Some(found) => {
                extra.remove(found);
            }
            None => missing.push(fact.written),
        }
    }
    (missing, extra.into_iter().map(|f| f.written).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_rule_ids_are_found_as_written() {
        let check = |text: &str, expected: &[(&str, &str)]| {
            let found: Vec<(String, String)> =
                facts(text).into_iter().map(|f| (f.written, f.key)).collect();
            let expected: Vec<(String, String)> =
                expected.iter().map(|(w, k)| ((*w).to_owned(), (*k).to_owned())).collect();
            assert_eq!(found, expected, "{text:?}");
        };
        check("no numbers here", &[]);
        check("5 out of 10 (PAIN-1).", &[("5", "5"), ("10", "10"), ("PAIN-1", "PAIN-1")]);
        check("1.10 times", &[("1.10", "110")]);
        check("1,10 gange", &[("1,10", "110")]);
        check("5,205 runners", &[("5,205", "5205")]);
        check("5\u{a0}205 löpare", &[("5\u{a0}205", "5205")]);
        check("2 3", &[("2", "2"), ("3", "3")]);
        check("2–4 sets of 8–12", &[("2", "2"), ("4", "4"), ("8", "8"), ("12", "12")]);
        check("level 5.", &[("5", "5")]);
        check("7.5–10 %", &[("7.5", "75"), ("10", "10")]);
        check("(Grimaldi 2015; PROG-3)", &[("2015", "2015"), ("PROG-3", "PROG-3")]);
        check("TRIAGE-7, NRS-1", &[("TRIAGE-7", "TRIAGE-7"), ("NRS-1", "NRS-1")]);
        // Capitals that are not a rule id are words, and a lone capital is not an id.
        check("A&E, LEAP, X-1", &[("1", "1")]);
        check("XPAIN-1", &[("XPAIN-1", "XPAIN-1")]);
        check("abcPAIN-1", &[("1", "1")]);
    }

    fn owned(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    #[test]
    fn the_difference_ignores_order_and_separators() {
        let check = |english: &str, translated: &str, missing: &[&str], extra: &[&str]| {
            let (m, e) = difference(english, translated);
            assert_eq!((m, e), (owned(missing), owned(extra)), "{english:?} / {translated:?}");
        };
        check("5 out of 10 (PAIN-1)", "(PAIN-1) 5 ud af 10", &[], &[]);
        check("1.10 times 5,205", "5.205 og 1,10 gange", &[], &[]);
        check("5 out of 10", "5 ud af 100", &["10"], &["100"]);
        check("(PAIN-1, PAIN-2)", "(PAIN-1)", &["PAIN-2"], &[]);
        check("two weeks", "2 veckor", &[], &["2"]);
        check("10 and 10", "10", &["10"], &[]);
    }
}
