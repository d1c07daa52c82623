//! Deciding a file's format from its first bytes, never from its name (STACK.md).

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Fit,
    Gpx,
    Tcx,
    Gzip,
    Zip,
    Unknown,
}

/// How many leading bytes [`sniff`] looks at; enough for an XML declaration, comments and a
/// root element with its namespace attributes.
pub(crate) const HEAD_LEN: usize = 4096;

pub(crate) fn sniff(head: &[u8]) -> Format {
    if head.len() >= 12 && matches!(head[0], 12 | 14) && &head[8..12] == b".FIT" {
        return Format::Fit;
    }
    if head.starts_with(&[0x1f, 0x8b]) {
        return Format::Gzip;
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Format::Zip;
    }
    match xml_root(head) {
        Some(b"gpx") => Format::Gpx,
        Some(b"TrainingCenterDatabase") => Format::Tcx,
        _ => Format::Unknown,
    }
}

/// The local name of an XML document's root element, skipping a UTF-8 byte order mark,
/// whitespace, the declaration, comments, processing instructions and a DOCTYPE.
fn xml_root(head: &[u8]) -> Option<&[u8]> {
    let mut rest = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    loop {
        rest = rest.trim_ascii_start();
        let after = rest.strip_prefix(b"<")?;
        let skip_to =
            |end: &[u8]| memchr::memmem::find(after, end).and_then(|i| after.get(i + end.len()..));
        rest = match after.first()? {
            b'?' => skip_to(b"?>")?,
            b'!' if after.starts_with(b"!--") => skip_to(b"-->")?,
            b'!' => skip_to(b">")?,
            _ => {
                let end = after
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
                    .unwrap_or(after.len());
                let name = &after[..end];
                let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
                return Some(local);
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_bytes() {
        let check = |bytes: &[u8], expected: Format| {
            assert_eq!(sniff(bytes), expected, "{:?}", String::from_utf8_lossy(bytes));
        };
        check(b"\x0e\x20\x00\x00\x10\x00\x00\x00.FIT\x00\x00", Format::Fit);
        check(b"\x0c\x10\x00\x00\x10\x00\x00\x00.FIT", Format::Fit);
        check(b"\x0d\x10\x00\x00\x10\x00\x00\x00.FIT", Format::Unknown);
        check(b"\x0e\x10\x00\x00\x10\x00\x00\x00.FI", Format::Unknown);
        check(b"\x1f\x8b\x08", Format::Gzip);
        check(b"PK\x03\x04rest", Format::Zip);
        check(b"PK\x05\x06", Format::Zip);
        check(b"<gpx version=\"1.1\">", Format::Gpx);
        check(b"\xEF\xBB\xBF  \n<?xml version=\"1.0\"?>\n<!-- a <gpx> -->\n<gpx>", Format::Gpx);
        check(b"<?xml version='1.0'?><!DOCTYPE x><ns:gpx xmlns:ns='x'>", Format::Gpx);
        check(b"<?xml version=\"1.0\"?>\r\n<TrainingCenterDatabase\n xmlns=\"x\">", Format::Tcx);
        check(b"<?xml version=\"1.0\"?><kml>", Format::Unknown);
        check(b"<?xml version=\"1.0\"", Format::Unknown);
        check(b"<!-- unclosed", Format::Unknown);
        check(b"{\"json\": true}", Format::Unknown);
        check(b"", Format::Unknown);
        check(b"<", Format::Unknown);
    }
}
