//! The one streaming XML loop that GPX and TCX share, on runwell's own tokenizer (`scan.rs`),
//! matching elements by local name so that any namespace prefix works. A format is a
//! [`Schema`]: which tag a local name is, what to do when an element opens (keep its text or
//! not, or stop reading), what its text means and what its end closes (a point, a lap).
//!
//! The loop owns everything the formats used to copy: the document's decoding (a byte order
//! mark and whitespace before the declaration dropped; Latin-1 read as such when declared; other
//! bad bytes replaced, with a warning), entity references, the text of a wanted element gathered
//! across pieces and bounded in length, the depth limit, and what an error mid-file means. On
//! damage (not well-formed, cut short) every element still open is closed from the innermost
//! outwards, so whatever was read before the damage is kept — a point half read included, as
//! STACK.md asks for FIT — and the reader says where it stopped.
//!
//! The tokenizer replaced quick-xml for speed (ARCHITECTURE.md has the figures): it hands out
//! slices of the document and copies nothing, a wanted text that is one piece (nearly all of
//! them) reaches the schema without a copy, and end tags are matched against ranges of the
//! document rather than a copy of every open name.

mod attributes;
mod scan;
mod search;
mod values;

use std::borrow::Cow;

use std::ops::Range;

pub(crate) use attributes::Attributes;
pub(crate) use values::{heart_rate, lat_lon, number, time};

use scan::{Damage, Scanner, Token};

use crate::error::ImportError;
use crate::limits::{Limits, mib};
use crate::text::Warnings;

/// What a schema wants done with an element that has just opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Open {
    /// Nothing to keep from its own text (its children are still read).
    Skip,
    /// Hand its text to [`Schema::text`] when it closes.
    Text,
    /// Stop reading here (a limit is reached); the reason becomes a warning.
    Stop(String),
}

/// A format read by [`read`].
pub(crate) trait Schema {
    type Tag: Copy + PartialEq;
    fn tag(local: &[u8]) -> Self::Tag;
    /// An element opened; `above` holds the elements it sits in, innermost last.
    fn open(&mut self, tag: Self::Tag, above: &[Self::Tag], attributes: &Attributes<'_>) -> Open;
    /// The text of an element whose `open` asked for it.
    fn text(&mut self, tag: Self::Tag, above: &[Self::Tag], text: &str);
    /// An element closed (right after `open` for an empty one, and while unwinding on damage).
    fn close(&mut self, tag: Self::Tag, above: &[Self::Tag]);
    /// Where the reader's own warnings go (a document that was not UTF-8).
    fn warnings(&mut self) -> &mut Warnings;
}

/// `Stop` once `used` elements (points, segments, laps) fill `Limits::max_samples_per_file`.
pub(crate) fn room(used: usize, limits: &Limits, what: &str) -> Option<Open> {
    let most = limits.max_samples_per_file;
    (used >= most).then(|| Open::Stop(format!("it has more than {most} {what}")))
}

/// How reading a document ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum End {
    Complete,
    /// Not well-formed or cut short; what came before is kept.
    Damaged(String),
    /// A limit stopped the reading; what came before is kept.
    Stopped(String),
}

impl End {
    /// Whether the document was read to its end.
    pub(crate) fn partial(&self) -> bool {
        *self != End::Complete
    }

    /// The error for a document in which nothing usable came before the damage, or the warning
    /// that says what was kept. `what` names the format (`GPX`, `TCX`).
    pub(crate) fn judge(
        &self,
        what: &str,
        nothing_read: bool,
        warnings: &mut Warnings,
    ) -> Result<(), ImportError> {
        match self {
            End::Complete => Ok(()),
            End::Damaged(e) if nothing_read => {
                Err(ImportError::Corrupt(format!("the {what} is not well-formed XML ({e})")))
            }
            End::Damaged(e) => {
                warnings.push(format!(
                    "the {what} file is damaged ({e}); what came before the damage is kept"
                ));
                Ok(())
            }
            End::Stopped(reason) => {
                warnings.push(format!("{reason}; the rest of the file was not read"));
                Ok(())
            }
        }
    }
}

/// A document that is not UTF-8 is converted whole before it is read, which costs up to three
/// times its size: one larger than this share of `Limits::max_entry_bytes` is refused instead.
const CONVERTED_SHARE: u64 = 4;

/// The document as UTF-8: borrowed when it is (nearly every file), converted otherwise.
fn decode<'a>(
    bytes: &'a [u8],
    limits: &Limits,
    warnings: &mut Warnings,
) -> Result<Cow<'a, str>, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes).trim_ascii_start();
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    let most = limits.max_entry_bytes / CONVERTED_SHARE;
    if bytes.len() as u64 > most {
        return Err(ImportError::Limit(format!(
            "a document of {} that is not UTF-8, more than the {} runwell converts",
            mib(bytes.len() as u64),
            mib(most)
        )));
    }
    let head = String::from_utf8_lossy(bytes.get(..200).unwrap_or(bytes)).to_ascii_lowercase();
    let latin1 =
        ["iso-8859-1", "latin1", "latin-1", "windows-1252"].iter().any(|e| head.contains(e));
    let text: String = if latin1 {
        bytes.iter().map(|&b| char::from(b)).collect()
    } else {
        warnings.push("some characters were not valid UTF-8 and were replaced".to_owned());
        String::from_utf8_lossy(bytes).into_owned()
    };
    Ok(Cow::Owned(text))
}

/// The text of the element being kept, no longer than `cap` bytes: character data (line ends
/// normalised, as XML 1.0 asks), CDATA and references. A text that comes in one piece is
/// borrowed from the document; only one in several pieces is copied.
#[derive(Debug)]
struct Gathered<'d> {
    cap: usize,
    piece: Option<&'d str>,
    buf: String,
}

impl<'d> Gathered<'d> {
    fn clear(&mut self) {
        self.piece = None;
        self.buf.clear();
    }

    fn text(&self) -> &str {
        self.piece.unwrap_or(&self.buf)
    }

    fn push(&mut self, piece: Cow<'d, str>) {
        let room = self.cap.saturating_sub(self.text().len());
        if room == 0 || piece.is_empty() {
            return;
        }
        match piece {
            Cow::Borrowed(p) if self.piece.is_none() && self.buf.is_empty() => {
                self.piece = Some(crate::text::cut(p, room).0);
            }
            piece => {
                if let Some(p) = self.piece.take() {
                    self.buf.push_str(p);
                }
                self.buf.push_str(crate::text::cut(&piece, room).0);
            }
        }
    }
}

/// Character data with `\r\n` and a lone `\r` read as `\n`.
fn normalise_line_ends(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    if search::first(b, 0, |x| search::equal(x, b'\r'), |c| c == b'\r') == b.len() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// What a reference stands for: a character (`&#233;`, `&#xE9;`), one of XML's five entities,
/// or nothing (an unknown entity, a number that is no character).
fn resolve(name: &str) -> Cow<'static, str> {
    if let Some(number) = name.strip_prefix('#') {
        let (digits, radix) = number.strip_prefix('x').map_or((number, 10), |hex| (hex, 16));
        // `from_str_radix` would take a leading `+`, which XML does not.
        let code = (!digits.starts_with(['+', '-']))
            .then(|| u32::from_str_radix(digits, radix).ok())
            .flatten();
        return match code.filter(|&c| c != 0).and_then(char::from_u32) {
            Some(c) => Cow::Owned(c.to_string()),
            None => Cow::Borrowed(""),
        };
    }
    Cow::Borrowed(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    })
}

/// How many bytes of a name a message quotes: enough to recognise it, never a huge one whole.
const QUOTED_NAME_BYTES: usize = 40;

fn quoted(name: &[u8]) -> String {
    let name = String::from_utf8_lossy(name);
    let (kept, cut) = crate::text::cut(&name, QUOTED_NAME_BYTES);
    format!("{kept}{}", if cut { "…" } else { "" })
}

/// A damage's words for the runner, with the line it is on.
fn describe(doc: &str, at: usize, what: &str) -> String {
    let line = 1 + memchr::memchr_iter(b'\n', &doc.as_bytes()[..at.min(doc.len())]).count();
    format!("{what}, on line {line}")
}

/// Reads `bytes` as XML into `schema`. `Err` only when the document cannot be read at all within
/// the limits; damage part-way through is an [`End`].
pub(crate) fn read<S: Schema>(
    bytes: &[u8],
    schema: &mut S,
    limits: &Limits,
) -> Result<End, ImportError> {
    let text = decode(bytes, limits, schema.warnings())?;
    let doc: &str = &text;
    let mut scanner = Scanner::new(doc);
    // Enough for every wanted text (numbers, times, names) and for telling that a name was cut.
    let cap = limits.max_text_bytes.saturating_mul(2).saturating_add(64);
    let mut stack: Vec<S::Tag> = Vec::with_capacity(16);
    // The names of the open elements, as ranges of the document, for matching their end tags.
    let mut names: Vec<Range<usize>> = Vec::with_capacity(16);
    // The depth of the element whose text is being gathered.
    let mut capture: Option<usize> = None;
    let mut gathered = Gathered { cap, piece: None, buf: String::new() };
    let unwind = |schema: &mut S, stack: &mut Vec<S::Tag>| {
        while let Some(tag) = stack.pop() {
            schema.close(tag, stack);
        }
    };
    loop {
        let open = names.last().map(|range| &doc.as_bytes()[range.clone()]);
        let token = match scanner.next(capture.is_some(), open) {
            Ok(token) => token,
            Err(Damage { at, what }) => {
                unwind(schema, &mut stack);
                return Ok(End::Damaged(describe(doc, at, what)));
            }
        };
        match token {
            Token::Eof if stack.is_empty() => return Ok(End::Complete),
            Token::Eof => {
                unwind(schema, &mut stack);
                return Ok(End::Damaged("it ends before its closing tags".to_owned()));
            }
            Token::Start { name, local, attributes, empty } => {
                if stack.len() >= limits.max_xml_depth {
                    unwind(schema, &mut stack);
                    return Ok(End::Stopped(format!(
                        "its elements are nested more than {} deep",
                        limits.max_xml_depth
                    )));
                }
                let tag = S::tag(&doc.as_bytes()[local..name.end]);
                let wanted = match schema.open(tag, &stack, &attributes) {
                    Open::Stop(reason) => {
                        unwind(schema, &mut stack);
                        return Ok(End::Stopped(reason));
                    }
                    wanted => wanted,
                };
                if empty {
                    schema.close(tag, &stack);
                    continue;
                }
                if wanted == Open::Text && capture.is_none() {
                    // Nearly every kept text is plain characters and then the end tag: read
                    // that at once, the same as gathering it piece by piece would.
                    if let Some(text) = scanner.plain_text(&doc.as_bytes()[name.clone()]) {
                        let text = crate::text::cut(text, cap).0;
                        schema.text(tag, &stack, text);
                        schema.close(tag, &stack);
                        continue;
                    }
                    capture = Some(stack.len());
                    gathered.clear();
                }
                stack.push(tag);
                names.push(name);
            }
            Token::End { name, at, matches } => {
                let open = names.pop().map(|range| &doc.as_bytes()[range]);
                if !matches {
                    let what = match open {
                        None => format!("the end tag </{}> closes no open element", quoted(name)),
                        Some(open) => format!(
                            "the end tag </{}> does not close the open <{}>",
                            quoted(name),
                            quoted(open)
                        ),
                    };
                    unwind(schema, &mut stack);
                    return Ok(End::Damaged(describe(doc, at, &what)));
                }
                let Some(tag) = stack.pop() else { continue };
                if capture == Some(stack.len()) {
                    capture = None;
                    schema.text(tag, &stack, gathered.text());
                }
                schema.close(tag, &stack);
            }
            Token::Text(t) => gathered.push(normalise_line_ends(t)),
            Token::CData(t) => gathered.push(normalise_line_ends(t)),
            Token::Ref(name) => gathered.push(resolve(name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A schema that records what the loop tells it, to check the loop on its own.
    #[derive(Debug)]
    struct Trace {
        events: Vec<String>,
        stop_at: Option<&'static str>,
        warnings: Warnings,
    }

    impl Trace {
        fn new(limits: &Limits) -> Self {
            Trace { events: Vec::new(), stop_at: None, warnings: Warnings::new(limits) }
        }
    }

    impl Schema for Trace {
        type Tag = &'static str;
        fn tag(local: &[u8]) -> &'static str {
            match local {
                b"a" => "a",
                b"b" => "b",
                b"c" => "c",
                _ => "?",
            }
        }
        fn open(&mut self, tag: &'static str, above: &[&'static str], a: &Attributes<'_>) -> Open {
            self.events.push(format!("open {tag}/{} {:?}", above.len(), a.get("x")));
            match tag {
                t if Some(t) == self.stop_at => Open::Stop(format!("stopped at {t}")),
                "b" => Open::Text,
                _ => Open::Skip,
            }
        }
        fn text(&mut self, tag: &'static str, _: &[&'static str], text: &str) {
            self.events.push(format!("text {tag} {text:?}"));
        }
        fn close(&mut self, tag: &'static str, _: &[&'static str]) {
            self.events.push(format!("close {tag}"));
        }
        fn warnings(&mut self) -> &mut Warnings {
            &mut self.warnings
        }
    }

    fn trace(doc: &[u8], limits: &Limits) -> (Vec<String>, End) {
        let mut schema = Trace::new(limits);
        let end = read(doc, &mut schema, limits).unwrap();
        (schema.events, end)
    }

    #[test]
    fn text_is_gathered_and_bounded_and_damage_closes_what_is_open() {
        let limits = Limits { max_text_bytes: 4, ..Limits::default() };
        let (events, end) =
            trace(b"\xEF\xBB\xBF <a x=' 1 '><b>R &amp; <![CDATA[D]]></b><c/></a>", &limits);
        assert_eq!(end, End::Complete);
        assert_eq!(
            events,
            [
                "open a/0 Some(\"1\")",
                "open b/1 None",
                "text b \"R & D\"",
                "close b",
                "open c/1 None",
                "close c",
                "close a"
            ]
        );
        // Text beyond twice the text limit (plus a margin) is not even gathered.
        let long = format!("<b>{}</b>", "x".repeat(1000));
        let (events, _) = trace(long.as_bytes(), &limits);
        assert_eq!(events[1], format!("text b {:?}", "x".repeat(72)));
        // Cut short inside <b>: b and a are closed, innermost first, without b's partial text.
        let (events, end) = trace(b"<a><b>12", &limits);
        assert_eq!(events[2..], ["close b", "close a"]);
        assert!(matches!(end, End::Damaged(_)));
        let (events, end) = trace(b"<a><b></c></a>", &limits);
        assert!(matches!(end, End::Damaged(_)), "{events:?}");
    }

    #[test]
    fn depth_and_schema_stops_end_the_reading() {
        let limits = Limits { max_xml_depth: 3, ..Limits::default() };
        let (events, end) = trace(b"<a><a><a><a><a></a></a></a></a></a>", &limits);
        assert_eq!(end, End::Stopped("its elements are nested more than 3 deep".to_owned()));
        assert_eq!(events.iter().filter(|e| e.starts_with("close")).count(), 3);
        let mut schema = Trace { stop_at: Some("c"), ..Trace::new(&limits) };
        let end = read(b"<a><c/><b>1</b></a>", &mut schema, &limits).unwrap();
        assert_eq!(end, End::Stopped("stopped at c".to_owned()));
        assert_eq!(schema.events.last().map(String::as_str), Some("close a"));
    }

    #[test]
    fn damage_says_what_and_on_which_line() {
        let limits = Limits::default();
        let (events, end) = trace(b"<a>\n<b>\n</c></a>", &limits);
        assert_eq!(
            end,
            End::Damaged("the end tag </c> does not close the open <b>, on line 3".to_owned())
        );
        assert_eq!(events[2..], ["close b", "close a"]);
        let (_, end) = trace(b"<a></a></a>", &limits);
        assert_eq!(
            end,
            End::Damaged("the end tag </a> closes no open element, on line 1".to_owned())
        );
        let (_, end) = trace(b"<a>\n<b x=\"1", &limits);
        assert_eq!(
            end,
            End::Damaged("an attribute value's quote is not closed, on line 2".to_owned())
        );
        // A huge name is quoted in part.
        let doc = format!("<a></{}>", "n".repeat(1 << 20));
        let (_, end) = trace(doc.as_bytes(), &limits);
        let End::Damaged(message) = end else { panic!("{end:?}") };
        assert!(message.len() < 100, "{message}");
        // Prefixes are part of the name an end tag must repeat.
        let (_, end) = trace(b"<x:a></y:a>", &limits);
        assert!(matches!(end, End::Damaged(_)), "{end:?}");
    }

    #[test]
    fn text_is_resolved_normalised_and_read_where_it_is_wanted_only() {
        let limits = Limits::default();
        let (events, end) = trace(
            b"<a><b>&#233;&#xE9;&#X41;&#+65;&#0;&#xD800;&foo;&lt;&gt;&quot;&apos;</b>\
              <b>x\r\ny\rz&#13;<![CDATA[1\r2]]><c>&amp;</c></b><c>&bad</c></a>",
            &limits,
        );
        let texts: Vec<&String> = events.iter().filter(|e| e.starts_with("text")).collect();
        // A character reference to `\r` is kept as written; only literal line ends are read as
        // `\n`. The text of an element inside a kept one (<c> in the second <b>) is part of it.
        assert_eq!(texts, ["text b \"\u{e9}\u{e9}<>\\\"'\"", "text b \"x\\ny\\nz\\r1\\n2&\""]);
        // The dangling `&` in the unwanted <c> is damage all the same.
        assert!(matches!(end, End::Damaged(ref m) if m.contains("`&`")), "{end:?}");
    }

    #[test]
    fn very_deep_nesting_stops_at_the_limit_without_reading_on() {
        let limits = Limits::default();
        let doc = "<a>".repeat(1_000_000);
        let (events, end) = trace(doc.as_bytes(), &limits);
        assert_eq!(end, End::Stopped("its elements are nested more than 64 deep".to_owned()));
        assert_eq!(events.len(), 128);
    }

    #[test]
    fn documents_that_are_not_utf8_are_converted_within_a_limit() {
        let limits = Limits::default();
        let mut w = Warnings::new(&limits);
        let doc = b"<?xml encoding=\"ISO-8859-1\"?><b>\xE9</b>";
        assert_eq!(
            decode(doc, &limits, &mut w).unwrap(),
            "<?xml encoding=\"ISO-8859-1\"?><b>\u{e9}</b>"
        );
        assert_eq!(decode(b"<b>\xFF</b>", &limits, &mut w).unwrap(), "<b>\u{fffd}</b>");
        assert_eq!(w.finish().len(), 1);
        let small = Limits { max_entry_bytes: 16, ..Limits::default() };
        let mut w = Warnings::new(&small);
        assert!(matches!(
            decode(b"<b>\xFF\xFF\xFF</b>", &small, &mut w),
            Err(ImportError::Limit(_))
        ));
    }
}
