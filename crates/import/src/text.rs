//! Text a file hands over, kept within [`Limits`]: every name, device, gear and sport word is cut
//! to `max_text_bytes` at a character boundary and shared (`Arc<str>`) rather than copied into
//! each activity, and a file's warnings stop at `max_warnings_per_file` with a count of the rest.

use std::sync::Arc;

use crate::limits::Limits;

/// One file's warnings, capped as they are pushed.
#[derive(Debug)]
pub(crate) struct Warnings {
    list: Vec<String>,
    more: usize,
    cap: usize,
    text_cap: usize,
    cut_texts: usize,
}

impl Warnings {
    pub(crate) fn new(limits: &Limits) -> Warnings {
        Warnings {
            list: Vec::new(),
            more: 0,
            cap: limits.max_warnings_per_file,
            text_cap: limits.max_text_bytes,
            cut_texts: 0,
        }
    }

    pub(crate) fn push(&mut self, warning: String) {
        if self.list.len() < self.cap {
            self.list.push(warning);
        } else {
            self.more += 1;
        }
    }

    pub(crate) fn extend(&mut self, warnings: impl IntoIterator<Item = String>) {
        warnings.into_iter().for_each(|w| self.push(w));
    }

    /// `text` trimmed and cut to the text limit; `None` if nothing is left.
    pub(crate) fn text(&mut self, text: &str) -> Option<Arc<str>> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let (kept, cut) = cut(text, self.text_cap);
        self.cut_texts += usize::from(cut);
        Some(Arc::from(kept))
    }

    /// The warnings, ending with a count of those left out.
    pub(crate) fn finish(mut self) -> Vec<String> {
        if self.cut_texts > 0 {
            let note = format!(
                "{} of its texts (names, devices, gear) were longer than {} bytes and were cut",
                self.cut_texts, self.text_cap
            );
            self.push(note);
        }
        if self.more > 0 {
            self.list.push(format!("and {} more warnings like these", self.more));
        }
        self.list
    }
}

/// `text` cut to at most `max_bytes` at a character boundary, and whether it was cut.
pub(crate) fn cut(text: &str, max_bytes: usize) -> (&str, bool) {
    if text.len() <= max_bytes {
        return (text, false);
    }
    let mut end = max_bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (&text[..end], true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_cut_at_a_character_boundary() {
        let check = |text: &str, max: usize, expected: (&str, bool)| {
            assert_eq!(cut(text, max), expected, "{text:?} to {max}");
        };
        check("Morning Run", 64, ("Morning Run", false));
        check("Morning Run", 7, ("Morning", true));
        check("Løb", 2, ("L", true));
        check("Løb", 3, ("Lø", true));
        check("", 0, ("", false));
    }

    #[test]
    fn warnings_stop_at_the_cap_and_count_the_rest() {
        let limits = Limits { max_warnings_per_file: 2, max_text_bytes: 4, ..Limits::default() };
        let mut w = Warnings::new(&limits);
        (0..5).for_each(|i| w.push(format!("w{i}")));
        assert_eq!(w.text("  Evening run  ").as_deref(), Some("Even"));
        assert_eq!(w.text("   "), None);
        assert_eq!(w.finish(), ["w0", "w1", "and 4 more warnings like these"]);
    }
}
