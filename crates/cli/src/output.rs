//! Printing: JSON for scripts, and plain text wrapped for an 80-column terminal.

use std::io::Write as _;

use serde::Serialize;

/// The width text is wrapped to: fits an 80×24 terminal with a margin.
const WIDTH: usize = 78;

pub(crate) fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Wraps `text` to the terminal width, every line starting with `indent`; blank lines in the
/// text (paragraph breaks) are kept.
pub(crate) fn wrap(text: &str, indent: &str) -> String {
    wrap_hanging(text, indent, indent)
}

/// Like [`wrap`], with a different prefix on the first line (for "1. " or "- ").
pub(crate) fn wrap_hanging(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut prefix = first;
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut line = String::from(prefix);
        let mut empty = true;
        for word in paragraph.split_whitespace() {
            if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
                out.push_str(line.trim_end());
                out.push('\n');
                line = String::from(rest);
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        out.push_str(line.trim_end());
        out.push('\n');
        prefix = rest;
    }
    out
}

/// A heading underlined to its length.
pub(crate) fn heading(text: &str) -> String {
    format!("{text}\n{}\n", "=".repeat(text.chars().count()))
}

pub(crate) fn subheading(text: &str) -> String {
    format!("{text}\n{}\n", "-".repeat(text.chars().count()))
}

/// A list of items, each wrapped with a hanging indent.
pub(crate) fn bullets(items: &[String]) -> String {
    items.iter().map(|item| wrap_hanging(item, "  - ", "    ")).collect()
}

pub(crate) fn numbered(items: &[String]) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let first = format!("  {}. ", i + 1);
            let rest = " ".repeat(first.len());
            wrap_hanging(item, &first, &rest)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_lines_within_the_width() {
        let text = "word ".repeat(60);
        let wrapped = wrap_hanging(&text, "  1. ", "     ");
        assert!(wrapped.lines().all(|l| l.chars().count() <= WIDTH), "{wrapped}");
        assert!(wrapped.starts_with("  1. word"));
        assert!(wrapped.lines().skip(1).all(|l| l.starts_with("     word")));
    }

    #[test]
    fn paragraphs_stay_apart() {
        assert_eq!(wrap("one\n\ntwo", ""), "one\n\ntwo\n");
    }
}
