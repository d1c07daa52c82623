//! Numbers written the runner's way. Fluent formats numbers the English way in every language,
//! so every number a sentence shows is written here and handed to Fluent as text: Danish and
//! Swedish write a decimal comma and group thousands with a no-break space (`5,5 km`,
//! `1 234 m`), English a decimal point and commas (`5.5 km`, `1,234 m`).

use runwell_content::Lang;
use runwell_domain::DistanceUnit;

/// The no-break space Danish and Swedish put between groups of thousands (and before a unit),
/// so that a number never breaks across lines.
pub const NBSP: char = '\u{a0}';

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => ('.', ','),
        Lang::Da | Lang::Sv => (',', NBSP),
    }
}

/// `value` with `places` decimals (rounded as `format!` rounds, so English is unchanged), thousands
/// grouped, in `lang`'s way. A value that rounds to zero is never written "-0".
pub fn number(lang: Lang, value: f64, places: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{:.*}", places, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (decimal, group) = separators(lang);
    let mut out = String::with_capacity(text.len() + 4);
    let negative = value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    if negative {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// A whole count, grouped: `1,234` or `1 234`.
pub fn count(lang: Lang, value: i64) -> String {
    number(lang, value as f64, 0)
}

/// A distance in the runner's unit with one decimal: `5.5 km`, `5,5 km`.
pub fn distance(lang: Lang, unit: DistanceUnit, distance_m: f64) -> String {
    distance_places(lang, unit, distance_m, 1)
}

/// A distance in the runner's unit with `places` decimals.
pub fn distance_places(lang: Lang, unit: DistanceUnit, distance_m: f64, places: usize) -> String {
    format!("{}{}{}", number(lang, distance_m / unit.metres(), places), space(lang), unit.id())
}

/// Metres, whole: `1,234 m`, `1 234 m`.
pub fn metres(lang: Lang, distance_m: f64) -> String {
    format!("{}{}m", number(lang, distance_m, 0), space(lang))
}

/// A signed whole percentage: `+23 %`, `-8 %` (a ratio of 0.23 is `+23 %`).
pub fn percent(lang: Lang, percent: f64) -> String {
    let rounded = percent.round();
    // Zero reads "+0 %", as a change that went neither way always has.
    let sign = if rounded >= 0.0 { "+" } else { "" };
    format!("{sign}{}{}%", number(lang, rounded, 0), space(lang))
}

/// A pain or effort score out of ten: `3/10`; a mean keeps one decimal: `2.5/10`, `2,5/10`.
pub fn score(lang: Lang, score: f64, places: usize) -> String {
    format!("{}/10", number(lang, score, places))
}

/// The space between a number and its unit: Danish and Swedish typesetting keeps the two
/// together with a no-break space; English keeps the plain space runwell always wrote (and that
/// the domain's own English forms write).
fn space(lang: Lang) -> char {
    match lang {
        Lang::En => ' ',
        Lang::Da | Lang::Sv => NBSP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        let check = |lang: Lang, value: f64, places: usize, expected: &str| {
            assert_eq!(number(lang, value, places), expected.replace('_', "\u{a0}"), "{value}");
        };
        check(Lang::En, 5.5, 1, "5.5");
        check(Lang::Da, 5.5, 1, "5,5");
        check(Lang::Sv, 5.5, 1, "5,5");
        check(Lang::En, 1234.0, 0, "1,234");
        check(Lang::Da, 1234.0, 0, "1_234");
        check(Lang::Sv, 1234.0, 0, "1_234");
        check(Lang::En, 999.0, 0, "999");
        check(Lang::Da, 999.4, 0, "999");
        check(Lang::Da, 999.5, 0, "1_000");
        check(Lang::En, 1_234_567.891, 2, "1,234,567.89");
        check(Lang::Sv, 1_234_567.891, 2, "1_234_567,89");
        check(Lang::En, 0.0, 1, "0.0");
        check(Lang::Da, -0.04, 1, "0,0");
        check(Lang::Da, -12.26, 1, "-12,3");
        check(Lang::Sv, -1234.0, 0, "-1_234");
        check(Lang::En, f64::NAN, 1, "–");
    }

    #[test]
    fn units_and_percentages() {
        let n = |s: &str| s.replace('_', "\u{a0}");
        assert_eq!(distance(Lang::En, DistanceUnit::Km, 5500.0), "5.5 km");
        assert_eq!(
            distance(Lang::En, DistanceUnit::Km, 5500.0),
            DistanceUnit::Km.short(5500.0),
            "English as the domain writes it"
        );
        assert_eq!(distance(Lang::Da, DistanceUnit::Km, 5500.0), n("5,5_km"));
        assert_eq!(distance(Lang::Sv, DistanceUnit::Km, 12_345_000.0), n("12_345,0_km"));
        assert_eq!(distance(Lang::En, DistanceUnit::Mi, 1609.344 * 3.0), "3.0 mi");
        assert_eq!(distance_places(Lang::Da, DistanceUnit::Km, 8760.0, 2), n("8,76_km"));
        assert_eq!(metres(Lang::En, 1234.0), "1,234 m");
        assert_eq!(metres(Lang::Da, 1234.0), n("1_234_m"));
        assert_eq!(percent(Lang::En, 23.4), "+23 %");
        assert_eq!(percent(Lang::Sv, -8.0), n("-8_%"));
        assert_eq!(percent(Lang::Da, 0.2), n("+0_%"));
        assert_eq!(percent(Lang::En, -0.2), "+0 %");
        assert_eq!(score(Lang::Da, 2.5, 1), "2,5/10");
        assert_eq!(score(Lang::En, 3.0, 0), "3/10");
        assert_eq!(count(Lang::En, 12_000), "12,000");
    }
}
