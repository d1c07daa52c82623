//! The one streaming XML loop that GPX and TCX share, on quick-xml, matching elements by local
//! name so that any namespace prefix works. A format is a [`Schema`]: which tag a local name is,
//! what to do when an element opens (keep its text or not, or stop reading), what its text means
//! and what its end closes (a point, a lap).
//!
//! The loop owns everything the formats used to copy: the document's decoding (a byte order
//! mark and whitespace before the declaration dropped; Latin-1 read as such when declared; other
//! bad bytes replaced, with a warning), entity references, the text of a wanted element gathered
//! across events and bounded in length, the depth limit, and what an error mid-file means. On
//! damage (not well-formed, cut short) every element still open is closed from the innermost
//! outwards, so whatever was read before the damage is kept — a point half read included, as
//! STACK.md asks for FIT — and the reader says where it stopped.

mod values;

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

pub(crate) use values::{heart_rate, lat_lon, number, time};

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

/// An element's attributes, looked up in one pass each, with no duplicate check (which is
/// quadratic in quick-xml and a way to make a small element cost seconds).
#[derive(Debug)]
pub(crate) struct Attributes<'a>(&'a BytesStart<'a>);

impl Attributes<'_> {
    /// The trimmed value of the attribute named `name` (its full name, prefix included).
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        let mut attributes = self.0.attributes();
        attributes.with_checks(false);
        attributes
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .map(|a| a.value.trim().to_owned())
            .filter(|v| !v.is_empty())
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
) -> Result<Cow<'a, [u8]>, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes).trim_ascii_start();
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(Cow::Borrowed(bytes));
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
    Ok(Cow::Owned(text.into_bytes()))
}

/// Appends an event's text to `buf`, no further than `cap` bytes: character data, CDATA and
/// entity references.
fn append_text(event: &Event<'_>, buf: &mut String, cap: usize) {
    let room = cap.saturating_sub(buf.len());
    if room == 0 {
        return;
    }
    let piece: Cow<'_, str> = match event {
        Event::Text(t) => t.xml10_content(),
        Event::CData(t) => t.xml10_content(),
        Event::GeneralRef(r) => match r.resolve_char_ref() {
            Ok(Some(c)) => Cow::Owned(c.to_string()),
            _ => Cow::Borrowed(match &**r {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ => "",
            }),
        },
        _ => return,
    };
    buf.push_str(crate::text::cut(&piece, room).0);
}

/// Reads `bytes` as XML into `schema`. `Err` only when the document cannot be read at all within
/// the limits; damage part-way through is an [`End`].
pub(crate) fn read<S: Schema>(
    bytes: &[u8],
    schema: &mut S,
    limits: &Limits,
) -> Result<End, ImportError> {
    let text = decode(bytes, limits, schema.warnings())?;
    let mut reader = Reader::from_reader(&text[..]);
    reader.config_mut().trim_text(false);
    // Enough for every wanted text (numbers, times, names) and for telling that a name was cut.
    let capture_cap = limits.max_text_bytes.saturating_mul(2).saturating_add(64);
    let mut stack: Vec<S::Tag> = Vec::with_capacity(16);
    // The depth of the element whose text is being gathered.
    let mut capture: Option<usize> = None;
    let mut buf = String::new();
    let unwind = |schema: &mut S, stack: &mut Vec<S::Tag>| {
        while let Some(tag) = stack.pop() {
            schema.close(tag, stack);
        }
    };
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) if stack.is_empty() => return Ok(End::Complete),
            Ok(Event::Eof) => {
                unwind(schema, &mut stack);
                return Ok(End::Damaged("it ends before its closing tags".to_owned()));
            }
            Ok(event) => event,
            Err(e) => {
                unwind(schema, &mut stack);
                return Ok(End::Damaged(e.to_string()));
            }
        };
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                if stack.len() >= limits.max_xml_depth {
                    unwind(schema, &mut stack);
                    return Ok(End::Stopped(format!(
                        "its elements are nested more than {} deep",
                        limits.max_xml_depth
                    )));
                }
                let tag = S::tag(e.local_name().as_ref().as_bytes());
                let wanted = match schema.open(tag, &stack, &Attributes(e)) {
                    Open::Stop(reason) => {
                        unwind(schema, &mut stack);
                        return Ok(End::Stopped(reason));
                    }
                    wanted => wanted,
                };
                if matches!(event, Event::Empty(_)) {
                    schema.close(tag, &stack);
                    continue;
                }
                if wanted == Open::Text && capture.is_none() {
                    capture = Some(stack.len());
                    buf.clear();
                }
                stack.push(tag);
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) if capture.is_some() => {
                append_text(&event, &mut buf, capture_cap);
            }
            Event::End(_) => {
                let Some(tag) = stack.pop() else { continue };
                if capture == Some(stack.len()) {
                    capture = None;
                    schema.text(tag, &stack, &buf);
                }
                schema.close(tag, &stack);
            }
            _ => {}
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
    fn documents_that_are_not_utf8_are_converted_within_a_limit() {
        let limits = Limits::default();
        let mut w = Warnings::new(&limits);
        let doc = b"<?xml encoding=\"ISO-8859-1\"?><b>\xE9</b>";
        assert_eq!(
            &decode(doc, &limits, &mut w).unwrap()[..],
            "<?xml encoding=\"ISO-8859-1\"?><b>\u{e9}</b>".as_bytes()
        );
        assert_eq!(
            &decode(b"<b>\xFF</b>", &limits, &mut w).unwrap()[..],
            "<b>\u{fffd}</b>".as_bytes()
        );
        assert_eq!(w.finish().len(), 1);
        let small = Limits { max_entry_bytes: 16, ..Limits::default() };
        let mut w = Warnings::new(&small);
        assert!(matches!(
            decode(b"<b>\xFF\xFF\xFF</b>", &small, &mut w),
            Err(ImportError::Limit(_))
        ));
    }
}
