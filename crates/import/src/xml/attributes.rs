//! An element's attributes, read from the raw bytes of its tag only when a schema asks for one:
//! most elements are never asked, and those that are (a GPX point's `lat` and `lon`) are asked
//! once per name. The rules are quick-xml's, which the reader used before, so that every file
//! reads as it did: values in single or double quotes, whitespace allowed around `=`, a value
//! not unescaped (`&amp;` stays as written), a malformed attribute passed over and the rest
//! still read, and no duplicate check (which in quick-xml was quadratic, a way to make one small
//! element cost seconds).

use super::search::{self, is_space};

/// The part of a start tag after its name (without the `/` of an empty element).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Attributes<'a>(&'a str);

impl<'a> Attributes<'a> {
    pub(super) fn none() -> Self {
        Attributes("")
    }

    pub(super) fn new(raw: &'a str) -> Self {
        Attributes(raw)
    }

    /// The trimmed value of the first attribute named `name` (its full name, prefix included),
    /// unless that is empty.
    pub(crate) fn get(&self, name: &str) -> Option<&'a str> {
        let mut at = 0;
        while let Some((key, value, next)) = self.attribute(at) {
            if key == name.as_bytes() {
                let value = value.map(super::values::trim)?;
                return (!value.is_empty()).then_some(value);
            }
            at = next;
        }
        None
    }

    /// [`Attributes::get`] of two names, in one pass over the tag (a GPX point's `lat` and
    /// `lon`, in every point of a file).
    pub(crate) fn get_two(&self, first: &str, second: &str) -> (Option<&'a str>, Option<&'a str>) {
        let mut found: [Option<Option<&'a str>>; 2] = [None, None];
        let mut at = 0;
        while let Some((key, value, next)) = self.attribute(at) {
            for (slot, name) in found.iter_mut().zip([first, second]) {
                if slot.is_none() && key == name.as_bytes() {
                    let value = value.map(super::values::trim).filter(|v| !v.is_empty());
                    *slot = Some(value);
                }
            }
            if found.iter().all(Option::is_some) {
                break;
            }
            at = next;
        }
        (found[0].flatten(), found[1].flatten())
    }

    /// The attribute that starts at or after `at`: its key, its value (`None` for a malformed
    /// one, which is passed over) and where the next one is looked for; `None` at the end.
    fn attribute(&self, at: usize) -> Option<(&'a [u8], Option<&'a str>, usize)> {
        let b = self.0.as_bytes();
        let start = (at..b.len()).find(|&i| !is_space(b[i]))?;
        // The key runs to an `=` or whitespace; its first byte is taken whatever it is.
        let e = (start + 1..b.len()).find(|&i| b[i] == b'=' || is_space(b[i]))?;
        let key = &b[start..e];
        let eq = if b[e] == b'=' {
            e
        } else {
            let o = (e..b.len()).find(|&i| !is_space(b[i]))?;
            if b[o] != b'=' {
                // A key without a value: the byte found begins the next attribute.
                return Some((key, None, o));
            }
            o
        };
        let s = (eq + 1..b.len()).find(|&i| !is_space(b[i]))?;
        match b[s] {
            quote @ (b'"' | b'\'') => {
                let end = search::first(b, s + 1, |x| search::equal(x, quote), |c| c == quote);
                if end == b.len() {
                    return None;
                }
                Some((key, Some(&self.0[s + 1..end]), end + 1))
            }
            // An unquoted value: passed over to the next whitespace.
            _ => {
                let next = (s..b.len()).find(|&i| is_space(b[i]))?;
                Some((key, None, next))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_found_by_full_name_as_quick_xml_found_them() {
        let check = |raw: &str, name: &str, expected: Option<&str>| {
            assert_eq!(Attributes::new(raw).get(name), expected, "{raw:?} {name}");
        };
        let raw = " lat=\"49.1\" lon = '8.2'\n\tns3:x=\"  7 \" creator=\"A &amp; B\"";
        check(raw, "lat", Some("49.1"));
        check(raw, "lon", Some("8.2"));
        check(raw, "x", None);
        check(raw, "ns3:x", Some("7"));
        check(raw, "creator", Some("A &amp; B"));
        check(" a=\"1>2\" b='\"'", "b", Some("\""));
        // The first of two wins, even when it is empty.
        check(" x=\"\" x=\"2\"", "x", None);
        check(" x=\"1\" x=\"2\"", "x", Some("1"));
        // Malformed attributes are passed over and the rest still read.
        check(" a=1 x=\"5\"", "x", Some("5"));
        check(" a=1 x=\"5\"", "a", None);
        check(" flag x=\"5\"", "x", Some("5"));
        check(" a=\"1\"x=\"5\"", "x", Some("5"));
        check(" x=\"5", "x", None);
        check(" x=", "x", None);
        check("", "x", None);
        // Two at once, as one after the other.
        for raw in [
            raw,
            " lon='2' lat='1'",
            " lat=\"\" lat=\"1\" lon=\"2\"",
            " lat=1 lon=\"2\" lat=\"3\"",
            " x=\"5",
            "",
        ] {
            let a = Attributes::new(raw);
            assert_eq!(a.get_two("lat", "lon"), (a.get("lat"), a.get("lon")), "{raw:?}");
            assert_eq!(a.get_two("creator", "ns3:x"), (a.get("creator"), a.get("ns3:x")));
        }
    }
}
