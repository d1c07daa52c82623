//! The tokenizer under [`super::read`]: one pass over a document already known to be UTF-8,
//! handing out tags, text, CDATA and entity references as slices of it, and skipping comments,
//! processing instructions and a DOCTYPE (its internal subset included).
//!
//! It keeps the rules of the quick-xml reader it replaced, so that every file reads as before:
//! a tag ends at the first `>` outside quotes; an element's name is its first word; `<a/>` is
//! empty only when the `/` comes right before the `>`; an end tag's name may be followed by
//! whitespace; an `&` must be closed by a `;` before the next `&` or `<`, in any text, kept or
//! not; a comment ends at the first `-->` after its opening; nothing checks that there is one
//! root. Every step moves forward, each byte is looked at a bounded number of times, and
//! nothing is copied, so a huge attribute value or text costs time in proportion to its size
//! and no memory.
//!
//! Every slice it hands out starts and ends at an ASCII byte or at an end of the document,
//! which is what makes slicing the `&str` safe.

use std::ops::Range;

use memchr::{memchr, memchr2, memchr3, memmem};

use super::search::{self, HIGH, is_space};

use super::attributes::Attributes;

#[derive(Debug)]
pub(super) enum Token<'a> {
    /// `<name …>`, or `<name …/>` when `empty`; `name` is a range of the document, and its
    /// local part (after the first `:`, if any) begins at `local`.
    Start {
        name: Range<usize>,
        local: usize,
        attributes: Attributes<'a>,
        empty: bool,
    },
    /// `</name>`; `at` is where its `<` is, `matches` whether it closes the open element.
    End {
        name: &'a [u8],
        at: usize,
        matches: bool,
    },
    /// Character data up to the next `<` or `&`, untouched (line ends not yet normalised).
    Text(&'a str),
    /// The content of `<![CDATA[…]]>`.
    CData(&'a str),
    /// The name between `&` and `;`.
    Ref(&'a str),
    Eof,
}

/// What made a document not well-formed, and where (a byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Damage {
    pub at: usize,
    pub what: &'static str,
}

fn damage<T>(at: usize, what: &'static str) -> Result<T, Damage> {
    Err(Damage { at, what })
}

#[derive(Debug)]
pub(super) struct Scanner<'a> {
    doc: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(doc: &'a str) -> Self {
        Scanner { doc, pos: 0 }
    }

    /// The next token. Text, CDATA and references are handed out only when `text` is asked
    /// for (an element whose text is kept is open); otherwise they are checked and passed over.
    /// `open` is the name of the innermost open element, which an end tag must repeat.
    /// Inlined into the read loop, which calls it for every token.
    #[inline(always)]
    pub(super) fn next(&mut self, text: bool, open: Option<&[u8]>) -> Result<Token<'a>, Damage> {
        let b = self.doc.as_bytes();
        loop {
            let pos = self.pos;
            let Some(&first) = b.get(pos) else { return Ok(Token::Eof) };
            if first == b'<' {
                match self.markup(pos, text, open)? {
                    Some(token) => return Ok(token),
                    None => continue,
                }
            }
            if text {
                if first == b'&' {
                    let (name, end) = reference(b, pos)?;
                    self.pos = end;
                    return Ok(Token::Ref(&self.doc[name]));
                }
                let end = find2(b, pos, b'<', b'&');
                self.pos = end;
                return Ok(Token::Text(&self.doc[pos..end]));
            }
            self.pos = skip_text(b, pos)?;
        }
    }

    /// The text of the element just opened, named `name`, and past its end tag, when that text
    /// is plain characters (no reference, CDATA, markup or carriage return) followed by
    /// `</name>`; otherwise `None`, and nothing is read.
    #[inline(always)]
    pub(super) fn plain_text(&mut self, name: &[u8]) -> Option<&'a str> {
        let b = self.doc.as_bytes();
        let pos = self.pos;
        let end = search::first(
            b,
            pos,
            |x| search::equal(x, b'<') | search::equal(x, b'&') | search::equal(x, b'\r'),
            |c| matches!(c, b'<' | b'&' | b'\r'),
        );
        let close = end + 2 + name.len();
        let plain = b.get(end) == Some(&b'<')
            && b.get(end + 1) == Some(&b'/')
            && b.get(close) == Some(&b'>')
            && search::same(&b[end + 2..close], name);
        if !plain {
            return None;
        }
        self.pos = close + 1;
        Some(&self.doc[pos..end])
    }

    /// At a `<`: a token, or `None` for what is passed over (a comment, a processing
    /// instruction, a DOCTYPE, CDATA whose text is not wanted).
    #[inline(always)]
    fn markup(
        &mut self,
        p: usize,
        text: bool,
        open: Option<&[u8]>,
    ) -> Result<Option<Token<'a>>, Damage> {
        let b = self.doc.as_bytes();
        match b.get(p + 1) {
            None => damage(p, "a tag is not closed"),
            Some(b'/') => {
                let start = p + 2;
                // Nearly always the end tag repeats the open element's name and `>` follows.
                if let Some(open) = open
                    && b.get(start + open.len()) == Some(&b'>')
                    && search::same(&b[start..start + open.len()], open)
                {
                    self.pos = start + open.len() + 1;
                    return Ok(Some(Token::End {
                        name: &b[start..self.pos - 1],
                        at: p,
                        matches: true,
                    }));
                }
                let e = tag_end(b, start, p)?;
                let name = b[start..e].trim_ascii_end();
                self.pos = e + 1;
                Ok(Some(Token::End { name, at: p, matches: open == Some(name) }))
            }
            Some(b'!') => self.bang(p, text),
            Some(b'?') => {
                // A processing instruction (the XML declaration among them) ends at the first
                // `?>`; `<?>` is not one.
                let end = memmem::find(&b[p + 1..], b"?>").map(|i| p + 1 + i + 1);
                match end {
                    Some(e) if e - p + 1 > 3 => {
                        self.pos = e + 1;
                        Ok(None)
                    }
                    _ => damage(p, "a processing instruction is not closed"),
                }
            }
            Some(_) => self.start(p).map(Some),
        }
    }

    #[inline(always)]
    fn start(&mut self, p: usize) -> Result<Token<'a>, Damage> {
        let b = self.doc.as_bytes();
        let s = p + 1;
        // What ends a name is below `?` (0x3f); so are digits, `:`, `-` and `.`, which do not.
        let mut i = s;
        // Where the local part of the name begins: after its first `:`, found on the way.
        let mut local = s;
        loop {
            i = search::first(b, i, |x| search::below(x, b'?'), |c| c < b'?');
            match b.get(i) {
                Some(&c) if !matches!(c, b'>' | b'/' | b'"' | b'\'') && !is_space(c) => {
                    if c == b':' && local == s {
                        local = i + 1;
                    }
                    i += 1;
                }
                _ => break,
            }
        }
        // The common shapes, `<name>` and `<name/>`, without looking for quotes.
        match b.get(i) {
            Some(b'>') => {
                self.pos = i + 1;
                return Ok(Token::Start {
                    name: s..i,
                    local,
                    attributes: Attributes::none(),
                    empty: false,
                });
            }
            Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                self.pos = i + 2;
                return Ok(Token::Start {
                    name: s..i,
                    local,
                    attributes: Attributes::none(),
                    empty: true,
                });
            }
            _ => {}
        }
        let e = tag_end(b, i, p)?;
        self.pos = e + 1;
        let empty = e > s && b[e - 1] == b'/';
        let content_end = if empty { e - 1 } else { e };
        // The name ends at its first whitespace: where the walk above stopped, nearly always.
        let name_end = if b.get(i).is_some_and(|&c| is_space(c)) {
            i
        } else {
            // A quote or a `/` inside the tag's first word: rare, and read as quick-xml read it.
            let end =
                b[s..content_end].iter().position(|&c| is_space(c)).map_or(content_end, |n| s + n);
            local = b[s..end].iter().position(|&c| c == b':').map_or(s, |n| s + n + 1);
            end
        };
        Ok(Token::Start {
            name: s..name_end,
            local,
            attributes: Attributes::new(&self.doc[name_end..content_end]),
            empty,
        })
    }

    // Rare in activity files: kept out of the loop's way.
    #[inline(never)]
    fn bang(&mut self, p: usize, text: bool) -> Result<Option<Token<'a>>, Damage> {
        let b = self.doc.as_bytes();
        match b.get(p + 2) {
            Some(b'[') => {
                let Some(e) = memmem::find(&b[p..], b"]]>").map(|i| p + i) else {
                    return damage(p, "a CDATA section is not closed");
                };
                if !b[p..].starts_with(b"<![CDATA[") {
                    return damage(p, "a CDATA section is not closed");
                }
                self.pos = e + 3;
                Ok(text.then(|| Token::CData(&self.doc[p + 9..e])))
            }
            Some(b'-') => {
                // A comment ends at the first `-->` that does not overlap its `<!--`.
                let end = b.get(p + 4..).and_then(|rest| memmem::find(rest, b"-->"));
                match end {
                    Some(i) if b[p..].starts_with(b"<!--") => {
                        self.pos = p + 4 + i + 3;
                        Ok(None)
                    }
                    _ => damage(p, "a comment is not closed"),
                }
            }
            Some(b'D' | b'd') => {
                let Some(e) = doctype_end(b, p + 2) else {
                    return damage(p, "a DOCTYPE is not closed");
                };
                let named = b[p..=e].len() > 9
                    && b[p..p + 9].eq_ignore_ascii_case(b"<!DOCTYPE")
                    && b[p + 9..e].iter().any(|&c| !is_space(c));
                if !named {
                    return damage(p, "a DOCTYPE has no name");
                }
                self.pos = e + 1;
                Ok(None)
            }
            _ => damage(p, "`<!` begins neither a comment, CDATA nor a DOCTYPE"),
        }
    }
}

/// Past text that is not wanted, to the next `<` (or the end), checking its references.
#[inline(always)]
fn skip_text(b: &[u8], pos: usize) -> Result<usize, Damage> {
    // Between the tags of an indented file there is only whitespace. Whatever is not above a
    // space can be passed over quickly: neither `<` nor `&` is among it.
    let mut pos = search::first(b, pos, |x| !search::below(x, b'!') & HIGH, |c| c > b' ');
    loop {
        if b.get(pos) == Some(&b'<') {
            return Ok(pos);
        }
        match memchr2(b'<', b'&', &b[pos..]) {
            None => return Ok(b.len()),
            Some(i) if b[pos + i] == b'<' => return Ok(pos + i),
            Some(i) => pos = reference(b, pos + i)?.1,
        }
    }
}

/// The first `x` or `y` at or after `from`, or the end.
fn find2(b: &[u8], from: usize, x: u8, y: u8) -> usize {
    search::first(b, from, |w| search::equal(w, x) | search::equal(w, y), |c| c == x || c == y)
}

/// At an `&`: the range of the name up to its `;`, and where the text goes on.
fn reference(b: &[u8], at: usize) -> Result<(Range<usize>, usize), Damage> {
    match memchr3(b';', b'&', b'<', &b[at + 1..]) {
        Some(i) if b[at + 1 + i] == b';' => Ok((at + 1..at + 1 + i, at + 2 + i)),
        _ => damage(at, "an `&` is not closed by a `;`"),
    }
}

/// The `>` that ends a tag whose `<` is at `lt`, searching from `from`, outside quotes.
fn tag_end(b: &[u8], mut from: usize, lt: usize) -> Result<usize, Damage> {
    loop {
        let i = search::first(
            b,
            from,
            |x| search::equal(x, b'>') | search::equal(x, b'"') | search::equal(x, b'\''),
            |c| matches!(c, b'>' | b'"' | b'\''),
        );
        let Some(&quote) = b.get(i) else { return damage(lt, "a tag is not closed") };
        if quote == b'>' {
            return Ok(i);
        }
        let close = search::first(b, i + 1, |x| search::equal(x, quote), |c| c == quote);
        if close == b.len() {
            return damage(lt, "an attribute value's quote is not closed");
        }
        from = close + 1;
    }
}

/// The `>` that ends a DOCTYPE whose name starts at `from`: quoted literals and an internal
/// subset (with its declarations, comments and processing instructions) are passed over whole.
fn doctype_end(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        let j = i + b[i..].iter().position(|&c| matches!(c, b'\'' | b'"' | b'[' | b'>'))?;
        match b[j] {
            b'>' => return Some(j),
            b'[' => return subset_end(b, j + 1),
            quote => i = j + 1 + memchr(quote, &b[j + 1..])? + 1,
        }
    }
}

fn subset_end(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        let j = i + memchr2(b']', b'<', &b[i..])?;
        if b[j] == b']' {
            return Some(j + 1 + memchr(b'>', &b[j + 1..])?);
        }
        let markup = &b[j + 1..];
        i = if markup.starts_with(b"?") {
            j + 2 + memmem::find(&b[j + 2..], b"?>")? + 2
        } else if markup.starts_with(b"!--") {
            j + 4 + memmem::find(&b[j + 4..], b"-->")? + 3
        } else if [&b"!ENTITY"[..], b"!ATTLIST", b"!NOTATION"].iter().any(|k| markup.starts_with(k))
        {
            // Their literals may hold a `>`.
            tag_end(b, j + 1, j).ok()? + 1
        } else {
            j + 1 + memchr(b'>', markup)? + 1
        };
    }
}

#[cfg(test)]
#[path = "scan_tests.rs"]
mod tests;
