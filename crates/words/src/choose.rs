//! Which language to speak when the runner has not said: the browser's `Accept-Language`, or
//! the terminal's `LANG`. Only English, Danish and Swedish are runwell's; anything else (Norwegian
//! `nb` included, however close) falls to the next choice and finally to English.

use runwell_content::Lang;

/// Most languages one header is read for: a longer list is cut there (a header's cost is
/// bounded; no browser sends more than a handful).
const MAX_LANGUAGE_RANGES: usize = 32;

/// The best of runwell's languages in an `Accept-Language` header (RFC 9110 §12.5.4): the
/// highest q-value wins, ties go to the earlier range, `q=0` refuses a language, and `*` stands
/// for English. `None` when the header names none of ours.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(u16, Lang)> = None;
    for range in header.split(',').take(MAX_LANGUAGE_RANGES) {
        let mut parts = range.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
            .map_or(Some(1000), quality_thousandths);
        let Some(quality) = quality else { continue };
        let lang = if tag == "*" { Some(Lang::En) } else { tag.parse::<Lang>().ok() };
        if let Some(lang) = lang
            && quality > 0
            && best.is_none_or(|(q, _)| quality > q)
        {
            best = Some((quality, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// A q-value as thousandths: `1`, `0.8`, `0.125`; `None` for anything else (ignored).
fn quality_thousandths(text: &str) -> Option<u16> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let fraction_value: u16 =
        format!("{fraction:0<3}").parse().ok().filter(|_| !fraction.is_empty()).unwrap_or(0);
    match whole {
        "0" => Some(fraction_value),
        "1" if fraction_value == 0 => Some(1000),
        _ => None,
    }
}

/// The language of a POSIX locale such as `da_DK.UTF-8`, `sv_SE`, `en_GB.utf8@euro`; `None`
/// for `C`, `POSIX` or a language runwell does not speak.
pub fn from_posix_locale(locale: &str) -> Option<Lang> {
    let language = locale.split(['_', '.', '@']).next().unwrap_or_default();
    if language.is_empty() || language.eq_ignore_ascii_case("c") {
        return None;
    }
    language.parse().ok()
}

/// The terminal's language from the environment as POSIX reads it: `LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`; the first that is set and not empty decides.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()))
        .and_then(|locale| from_posix_locale(&locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_by_quality() {
        let check = |header: &str, expected: Option<Lang>| {
            assert_eq!(from_accept_language(header), expected, "{header:?}");
        };
        check("da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7", Some(Lang::Da));
        check("sv-SE", Some(Lang::Sv));
        check("en-US,en;q=0.9", Some(Lang::En));
        check("nb-NO,nb;q=0.9,da;q=0.8", Some(Lang::Da));
        check("nb", None);
        check("de-DE, fr;q=0.5", None);
        check("", None);
        check("en;q=0.5, sv;q=0.8", Some(Lang::Sv));
        check("sv;q=0.8, da;q=0.8", Some(Lang::Sv));
        check("da;q=0, sv;q=0.1", Some(Lang::Sv));
        check("da;q=0", None);
        check("da;q=0.000", None);
        check("fr, *;q=0.1", Some(Lang::En));
        check("da;q=2, sv", Some(Lang::Sv));
        check("da;q=abc, sv;q=0.5", Some(Lang::Sv));
        check("da;q=0.1234, sv;q=0.5", Some(Lang::Sv));
        check("SV-se;Q=0.7", Some(Lang::Sv));
        check("da ; q=0.5 , en ; q=0.4", Some(Lang::Da));
        check(&format!("{}da", "fr,".repeat(40)), None);
    }

    #[test]
    fn posix_locales() {
        let check = |locale: &str, expected: Option<Lang>| {
            assert_eq!(from_posix_locale(locale), expected, "{locale:?}");
        };
        check("da_DK.UTF-8", Some(Lang::Da));
        check("sv_SE.utf8", Some(Lang::Sv));
        check("sv_FI", Some(Lang::Sv));
        check("en_GB.UTF-8@euro", Some(Lang::En));
        check("C", None);
        check("C.UTF-8", None);
        check("POSIX", None);
        check("nb_NO.UTF-8", None);
        check("", None);
    }

    #[test]
    fn the_environment_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(from_environment(env(&[("LANG", "da_DK.UTF-8")])), Some(Lang::Da));
        assert_eq!(
            from_environment(env(&[("LANG", "da_DK.UTF-8"), ("LC_ALL", "sv_SE.UTF-8")])),
            Some(Lang::Sv)
        );
        assert_eq!(
            from_environment(env(&[("LANG", "da_DK.UTF-8"), ("LC_ALL", "")])),
            Some(Lang::Da)
        );
        assert_eq!(from_environment(env(&[("LC_MESSAGES", "C"), ("LANG", "da_DK")])), None);
        assert_eq!(from_environment(env(&[])), None);
    }
}
