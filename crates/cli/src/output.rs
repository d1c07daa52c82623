//! Printing: JSON for scripts, and plain text wrapped for an 80-column terminal.
//!
//! Text that comes from outside (file names, the names and gear an export gives, notes) is
//! passed through [`safe`] before it reaches the terminal, as git quotes paths: every wrapped
//! line goes through it here, and each printer that shows such a text on its own calls it.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write as _;

use serde::Serialize;

/// The width text is wrapped to: fits an 80×24 terminal with a margin.
const WIDTH: usize = 78;

/// `println!` that hands back an error instead of panicking when whoever reads the output has
/// gone (`runwell runs | head -1`); `main` ends such a command as a success.
macro_rules! say {
    () => { $crate::output::write_out(format_args!("\n"))? };
    ($($arg:tt)*) => { $crate::output::write_out(format_args!("{}\n", format_args!($($arg)*)))? };
}

/// `print!`, likewise.
macro_rules! say_raw {
    ($($arg:tt)*) => { $crate::output::write_out(format_args!($($arg)*))? };
}

pub(crate) use {say, say_raw};

/// Writes to standard output, returning the error a closed pipe gives.
pub(crate) fn write_out(args: std::fmt::Arguments<'_>) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_fmt(args)?;
    out.flush()
}

/// Whether an error is only that standard output was closed by its reader: a normal end for a
/// command whose output is piped into `head`.
pub(crate) fn is_closed_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| cause.downcast_ref::<serde_json::Error>().and_then(|e| e.io_error_kind()));
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints `value` as pretty JSON. It is rendered whole first and written at once: standard
/// output is line-buffered, and writing as it renders costs a system call for every line.
pub(crate) fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut text = serde_json::to_vec_pretty(value)?;
    text.push(b'\n');
    let mut out = std::io::stdout().lock();
    out.write_all(&text)?;
    out.flush()?;
    Ok(())
}

/// Whether a character could drive the terminal rather than be shown: C0 and C1 controls (ESC
/// starts colour changes, cursor moves and OSC 52 clipboard writes), DEL, and the Unicode marks
/// that reorder the text around them.
fn drives_terminal(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` safe to print: every character that could drive the terminal is written as an escape
/// (`\n`, `\t`, `\r`, `\e` or `\u{…}`), so a crafted name shows as what it is.
pub(crate) fn safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(drives_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            c if drives_terminal(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
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
        // Only ASCII spaces break a line: a no-break space keeps "8,0 km" and "1 234 m"
        // together, as Danish and Swedish text writes them.
        for word in paragraph.split_ascii_whitespace() {
            if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
                out.push_str(line.trim_end());
                out.push('\n');
                line = String::from(rest);
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(&safe(word));
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

    #[test]
    fn what_could_drive_the_terminal_is_shown_escaped() {
        let check = |text: &str, expected: &str| assert_eq!(safe(text), expected, "{text:?}");
        check("Morning Run", "Morning Run");
        check("Løb i skoven 🏃", "Løb i skoven 🏃");
        check("\u{1b}[32mImported 1 (all good)\u{1b}[0m", "\\e[32mImported 1 (all good)\\e[0m");
        check("\u{1b}]52;c;ZXZpbA==\u{7}", "\\e]52;c;ZXZpbA==\\u{7}");
        check("a\nb\tc\rd", "a\\nb\\tc\\rd");
        check("\u{9b}31m", "\\u{9b}31m");
        check("\u{7f}", "\\u{7f}");
        check("abc\u{202e}fdp.exe", "abc\\u{202e}fdp.exe");
        // Wrapped text is made safe word by word, keeping its own line breaks.
        assert_eq!(wrap("one \u{1b}[2J two", "  "), "  one \\e[2J two\n");
    }
}
