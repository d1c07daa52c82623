//! The words inside a movement's picture: its `<title>` and `<desc>`, which a screen reader
//! announces, and the `<text>` labels it draws. The English files hold the English words; for
//! another language the loader writes that language's words in their place, so that a picture
//! always speaks the language of the page it is on.

use std::ops::Range;

/// Where the inner text of every `<tag …>…</tag>` element lies in `svg`, in order. An element
/// that is never closed ends the search.
pub(crate) fn inner_texts(svg: &str, tag: &str) -> Vec<Range<usize>> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = svg[from..].find(&open) {
        let name_end = from + found + open.len();
        from = name_end;
        // `<text` must not match `<textPath`: the name ends at a space, a '/' or the '>'.
        if !svg[name_end..].starts_with(|c: char| c.is_whitespace() || c == '>') {
            continue;
        }
        let Some(gt) = svg[name_end..].find('>') else { break };
        let start = name_end + gt + 1;
        let Some(len) = svg[start..].find(&close) else { break };
        out.push(start..start + len);
        from = start + len + close.len();
    }
    out
}

/// `text` as XML character data, safe inside an element.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
    out
}

/// `svg` with each range replaced by its text; the ranges must not overlap.
pub(crate) fn replace(svg: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(svg.len());
    let mut at = 0;
    for (range, text) in edits {
        out.push_str(&svg[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&svg[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inner_texts_are_found_by_their_exact_element_name() {
        let svg = r#"<svg><title id="t">Clam</title><text x="1">Start</text><textPath>no</textPath><text>End</text></svg>"#;
        let texts =
            |tag| -> Vec<&str> { inner_texts(svg, tag).into_iter().map(|r| &svg[r]).collect() };
        assert_eq!(texts("title"), ["Clam"]);
        assert_eq!(texts("text"), ["Start", "End"]);
        assert_eq!(texts("desc"), Vec::<&str>::new());
        assert_eq!(inner_texts("<text>never closed", "text"), Vec::<Range<usize>>::new());
        assert_eq!(inner_texts("<text", "text"), Vec::<Range<usize>>::new());
    }

    #[test]
    fn replacing_keeps_everything_around_the_ranges() {
        let svg = "<title>A</title><text>B</text>";
        let edits = inner_texts(svg, "text")
            .into_iter()
            .map(|r| (r, "Slut".to_owned()))
            .chain(inner_texts(svg, "title").into_iter().map(|r| (r, escape("Æ & <ø>"))))
            .collect();
        assert_eq!(replace(svg, edits), "<title>Æ &amp; &lt;ø&gt;</title><text>Slut</text>");
    }
}
