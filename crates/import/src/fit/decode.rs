//! FIT's messages read straight from a part's bytes, as rustyfit's streaming decoder reads them
//! (checksum and component expansion off), only faster.
//!
//! rustyfit reads every field of every message through `read_exact` and looks its type up in
//! the profile each time; that was a sixth of an import's CPU. Here each definition message is
//! turned once into a plan (every field's offset, size, type and whether it is an array, from
//! the same profile), and each data message is then read from its slice of the bytes. Fields
//! are converted to rustyfit's own `Value`s exactly as its `Value::from_parts` does, and the
//! messages are the same `Message`s, so `Collected` reads them unchanged. Developer fields are
//! skipped (runwell reads none). Where the bytes run out, the same error comes at the same
//! place, with the same bytes left unread: `tests` decodes every FIT file in `testdata/`, the
//! synthetic corpus and thousands of damaged files both ways and compares every message.

use core::convert::Infallible;

use rustyfit::DecoderError;
use rustyfit::profile::lookup;
use rustyfit::profile::typedef::{FitBaseType, MesgNum};
use rustyfit::proto::{Field, Message, Value};

use super::collect::{RecordFields, Small};

pub(super) type Error = DecoderError<Infallible>;

/// Where a part's data messages go.
pub(super) trait Sink {
    /// Whether record messages come to `record` as their fields, read straight from the bytes
    /// (no `Message` or `Value` is made for them), rather than to `message`.
    const FAST_RECORDS: bool;
    fn message(&mut self, m: &Message);
    fn record(&mut self, fields: &RecordFields);
}

const DEFINITION: u8 = 0b0100_0000;
const COMPRESSED: u8 = 0b1000_0000;
const DEVELOPER: u8 = 0b0010_0000;
const TIMESTAMP: u8 = 253;

/// Whether a field is read as an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Array {
    Yes,
    No,
    /// A string the profile does not know: an array when it holds more than one string.
    IfStrings,
}

#[derive(Debug, Clone, Copy)]
struct Planned {
    num: u8,
    size: u8,
    base_type: FitBaseType,
    array: Array,
}

#[derive(Debug, Default)]
struct Definition {
    /// The definition's own header byte; 0 while the local number has no definition.
    header: u8,
    arch: u8,
    mesg_num: MesgNum,
    fields: Vec<Planned>,
    /// The size of each developer field, in order.
    developer: Vec<u8>,
}

/// The bytes of one part, read from the front. A read that asks for more than is left fails
/// and takes nothing, as rustyfit's reader of a byte slice does.
struct Bytes<'a> {
    rest: &'a [u8],
}

impl<'a> Bytes<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if self.rest.len() < n {
            return Err(DecoderError::UnexpectedEof);
        }
        let (taken, rest) = self.rest.split_at(n);
        self.rest = rest;
        Ok(taken)
    }
}

/// Decodes the first part of `bytes` (one FIT file of a chain: its header, its messages, its
/// checksum), handing each data message to `sink`. Returns what is left unread, and the
/// error that stopped it early, if one did; a part with no header at all is no error.
pub(super) fn part<'a>(bytes: &'a [u8], sink: &mut impl Sink) -> (&'a [u8], Option<Error>) {
    let mut reader = Bytes { rest: bytes };
    let result = read_part(&mut reader, sink);
    (reader.rest, result.err())
}

fn read_part<S: Sink>(reader: &mut Bytes<'_>, sink: &mut S) -> Result<(), Error> {
    // The file header.
    let Ok(first) = reader.take(1) else { return Ok(()) };
    let size = first[0];
    if size != 12 && size != 14 {
        return Err(DecoderError::NotFITFile);
    }
    let header = reader.take(usize::from(size) - 1)?;
    if &header[7..11] != b".FIT" {
        return Err(DecoderError::NotFITFile);
    }
    let data_size = u32::from_le_bytes([header[3], header[4], header[5], header[6]]);
    let mut definitions: [Definition; 16] = Default::default();
    let mut mesg =
        Message { header: 0, num: MesgNum(0), fields: Vec::new(), developer_fields: Vec::new() };
    let (mut cur, mut timestamp) = (0u32, 0u32);
    loop {
        let header = reader.take(1)?[0];
        cur = cur.wrapping_add(1);
        if header & (COMPRESSED | DEFINITION) == DEFINITION {
            define(reader, header, &mut definitions[usize::from(header & 0x0f)], &mut cur)?;
            continue;
        }
        let compressed = header & COMPRESSED == COMPRESSED;
        let local = if compressed { (header & 0b0110_0000) >> 5 } else { header & 0x0f };
        let def = &definitions[usize::from(local)];
        if def.header == 0 {
            return Err(DecoderError::MissingMessageDefinition { local_mesg_num: local });
        }
        // A record goes to a sink that takes it so as its fields; every other message as one.
        let fast = S::FAST_RECORDS && def.mesg_num == MesgNum::RECORD;
        let mut fields = RecordFields::default();
        if !fast {
            mesg.header = header;
            mesg.num = def.mesg_num;
            mesg.fields.clear();
        }
        if compressed {
            let last = (timestamp & 0x1f) as u8;
            let offset = header & 0x1f;
            timestamp = timestamp.wrapping_add(u32::from(offset.wrapping_sub(last) & 0x1f));
            if fast {
                fields.take(TIMESTAMP, Small::Uint(Some(timestamp).filter(|&t| t != u32::MAX)));
            } else {
                mesg.fields.push(Field {
                    num: TIMESTAMP,
                    base_type: FitBaseType::UINT32,
                    is_expanded: false,
                    value: Value::Uint32(timestamp),
                });
            }
        }
        for planned in &def.fields {
            let raw = reader.take(usize::from(planned.size))?;
            cur = cur.wrapping_add(u32::from(planned.size));
            let mut widened = [0u8; 8];
            let buf = widen(raw, planned, def.arch, &mut widened);
            if let Some(t) = running_timestamp(buf, planned, def.arch) {
                timestamp = t;
            }
            if fast {
                fields.take(planned.num, small(buf, planned, def.arch));
            } else {
                mesg.fields.push(Field {
                    num: planned.num,
                    base_type: planned.base_type,
                    value: value(buf, planned, def.arch),
                    is_expanded: false,
                });
            }
        }
        for &size in &def.developer {
            reader.take(usize::from(size))?;
            cur = cur.wrapping_add(u32::from(size));
        }
        if fast {
            sink.record(&fields);
        } else {
            sink.message(&mesg);
        }
        if cur >= data_size {
            break;
        }
    }
    // The part's checksum (checked by the caller over the part's bytes).
    reader.take(2)?;
    Ok(())
}

/// Reads a definition message into `def`, planning each field from the profile.
fn define(
    reader: &mut Bytes<'_>,
    header: u8,
    def: &mut Definition,
    cur: &mut u32,
) -> Result<(), Error> {
    def.header = header;
    let fixed = reader.take(5)?;
    *cur = cur.wrapping_add(5);
    def.arch = fixed[1];
    def.mesg_num = MesgNum(match def.arch {
        0 => u16::from_le_bytes([fixed[2], fixed[3]]),
        _ => u16::from_be_bytes([fixed[2], fixed[3]]),
    });
    def.fields.clear();
    def.developer.clear();
    // rustyfit reads the field definitions 255 bytes at a time; so does this, so that bytes
    // that run out are met after the same bytes were taken.
    for raw in chunks(reader, usize::from(fixed[4]) * 3, cur)? {
        for b in raw.as_chunks::<3>().0 {
            def.fields.push(plan(def.mesg_num, b[0], b[1], FitBaseType(b[2])));
        }
    }
    if header & DEVELOPER == DEVELOPER {
        let n = reader.take(1)?[0];
        *cur = cur.wrapping_add(1);
        for raw in chunks(reader, usize::from(n) * 3, cur)? {
            def.developer.extend(raw.as_chunks::<3>().0.iter().map(|b| b[1]));
        }
    }
    Ok(())
}

/// `n` bytes read at most 255 at a time (each a whole number of 3-byte definitions).
fn chunks<'a>(reader: &mut Bytes<'a>, n: usize, cur: &mut u32) -> Result<Vec<&'a [u8]>, Error> {
    let mut out = Vec::new();
    let mut left = n;
    while left > 0 {
        let chunk = left.min(255);
        left -= chunk;
        out.push(reader.take(chunk)?);
        *cur = cur.wrapping_add(chunk as u32);
    }
    Ok(out)
}

/// A field as rustyfit reads it: the profile's type and array-ness where the profile knows
/// the field, else the file's own.
fn plan(mesg_num: MesgNum, num: u8, size: u8, file_type: FitBaseType) -> Planned {
    let (base_type, array) = match lookup::field_reference(mesg_num, num) {
        Some(known) => (known.base_type(), if known.array() { Array::Yes } else { Array::No }),
        None => {
            let array = match file_type {
                FitBaseType::STRING => Array::IfStrings,
                _ => {
                    let n = file_type.size();
                    if size > n && n > 0 && size.is_multiple_of(n) { Array::Yes } else { Array::No }
                }
            };
            (file_type, array)
        }
    };
    Planned { num, size, base_type, array }
}

/// One field's value, as rustyfit's `Value::from_parts` gives it, from its bytes already
/// widened to its type (`widen`).
fn value(buf: &[u8], planned: &Planned, arch: u8) -> Value {
    let array = match planned.array {
        Array::Yes => true,
        Array::No => false,
        Array::IfStrings => string_count(buf) > 1,
    };
    from_parts(buf, array, planned.base_type, arch)
}

/// A field's bytes, widened with zeros where they are shorter than its type (on the side its
/// byte order puts the high bytes), as rustyfit widens them before reading a value.
fn widen<'b>(raw: &'b [u8], planned: &Planned, arch: u8, widened: &'b mut [u8; 8]) -> &'b [u8] {
    let size = usize::from(planned.base_type.size());
    if raw.len() >= size {
        return raw;
    }
    if arch == 0 {
        widened[..raw.len()].copy_from_slice(raw);
    } else {
        widened[size - raw.len()..size].copy_from_slice(raw);
    }
    &widened[..size]
}

/// What a `timestamp` field sets the running timestamp to, which compressed headers count on
/// from: rustyfit takes it from a field whose value is a `Uint32` (whatever it holds).
fn running_timestamp(buf: &[u8], planned: &Planned, arch: u8) -> Option<u32> {
    let plain = planned.base_type == FitBaseType::UINT32 && planned.array == Array::No;
    if planned.num != TIMESTAMP || !plain {
        return None;
    }
    let b = *buf.first_chunk::<4>()?;
    Some(if arch == 0 { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) })
}

/// A record's field as `Small::of` would give it from the value `from_parts` reads from `buf`,
/// without making the value: `buf` holds at least one whole value of the field's type.
fn small<'b>(buf: &'b [u8], planned: &Planned, arch: u8) -> Small<'b> {
    macro_rules! unsigned {
        ($t:ty, $n:literal) => {{
            let Some(&b) = buf.first_chunk::<$n>() else { return Small::Other };
            let x = if arch == 0 { <$t>::from_le_bytes(b) } else { <$t>::from_be_bytes(b) };
            Small::Uint(Some(u32::from(x)).filter(|_| x != <$t>::MAX))
        }};
    }
    match (planned.base_type, planned.array) {
        (FitBaseType::ENUM | FitBaseType::BYTE | FitBaseType::UINT8 | FitBaseType::UINT8Z, a) => {
            match a {
                Array::Yes => Small::Bytes(buf),
                Array::No => unsigned!(u8, 1),
                Array::IfStrings => Small::Other,
            }
        }
        (FitBaseType::UINT16 | FitBaseType::UINT16Z, Array::No) => unsigned!(u16, 2),
        (FitBaseType::UINT32 | FitBaseType::UINT32Z, Array::No) => unsigned!(u32, 4),
        (FitBaseType::SINT32, Array::No) => {
            let Some(&b) = buf.first_chunk::<4>() else { return Small::Other };
            Small::Int32(if arch == 0 { i32::from_le_bytes(b) } else { i32::from_be_bytes(b) })
        }
        _ => Small::Other,
    }
}

/// How many strings `s` holds (rustyfit's `Value::strcount`).
fn string_count(s: &[u8]) -> u8 {
    let (mut last, mut count) = (0usize, 0u8);
    for (i, &v) in s.iter().enumerate() {
        if v != 0 {
            if i == s.len() - 1 {
                count = count.wrapping_add(1);
            }
        } else {
            if last != i {
                count = count.wrapping_add(1);
            }
            last = i + 1;
        }
    }
    if count == 0 && !s.is_empty() { 1 } else { count }
}

macro_rules! numbers {
    ($buf:expr, $array:expr, $arch:expr, $t:ty, $n:literal, $one:ident, $many:ident) => {{
        let read =
            |b: [u8; $n]| if $arch == 0 { <$t>::from_le_bytes(b) } else { <$t>::from_be_bytes(b) };
        let (whole, _) = $buf.as_chunks::<$n>();
        if $array {
            Value::$many(whole.iter().map(|&b| read(b)).collect())
        } else {
            match whole.first() {
                Some(&b) => Value::$one(read(b)),
                None => Value::Invalid,
            }
        }
    }};
}

/// rustyfit's `Value::from_parts`: `buf` holds at least one whole value of `base_type`.
fn from_parts(buf: &[u8], array: bool, base_type: FitBaseType, arch: u8) -> Value {
    match base_type {
        FitBaseType::SINT8 => match array {
            true => Value::ArrayInt8(buf.iter().map(|&x| x as i8).collect()),
            false => buf.first().map_or(Value::Invalid, |&x| Value::Int8(x as i8)),
        },
        FitBaseType::ENUM | FitBaseType::BYTE | FitBaseType::UINT8 | FitBaseType::UINT8Z => {
            match array {
                true => Value::ArrayUint8(Box::from(buf)),
                false => buf.first().map_or(Value::Invalid, |&x| Value::Uint8(x)),
            }
        }
        FitBaseType::SINT16 => numbers!(buf, array, arch, i16, 2, Int16, ArrayInt16),
        FitBaseType::UINT16 | FitBaseType::UINT16Z => {
            numbers!(buf, array, arch, u16, 2, Uint16, ArrayUint16)
        }
        FitBaseType::SINT32 => numbers!(buf, array, arch, i32, 4, Int32, ArrayInt32),
        FitBaseType::UINT32 | FitBaseType::UINT32Z => {
            numbers!(buf, array, arch, u32, 4, Uint32, ArrayUint32)
        }
        FitBaseType::FLOAT32 => numbers!(buf, array, arch, f32, 4, Float32, ArrayFloat32),
        FitBaseType::FLOAT64 => numbers!(buf, array, arch, f64, 8, Float64, ArrayFloat64),
        FitBaseType::SINT64 => numbers!(buf, array, arch, i64, 8, Int64, ArrayInt64),
        FitBaseType::UINT64 | FitBaseType::UINT64Z => {
            numbers!(buf, array, arch, u64, 8, Uint64, ArrayUint64)
        }
        FitBaseType::STRING => match array {
            true => {
                let mut strings = Vec::new();
                let mut last = 0usize;
                for (i, &v) in buf.iter().enumerate() {
                    if v != 0 {
                        if i == buf.len() - 1 {
                            strings.push(String::from_utf8_lossy(&buf[last..=i]).into());
                        }
                    } else {
                        if last != i {
                            strings.push(String::from_utf8_lossy(&buf[last..i]).into());
                        }
                        last = i + 1;
                    }
                }
                Value::ArrayString(strings.into_boxed_slice())
            }
            false => {
                let end = buf.iter().position(|&v| v == 0).unwrap_or(buf.len());
                Value::String(String::from_utf8_lossy(&buf[..end]).into())
            }
        },
        _ => Value::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read as _;
    use std::path::{Path, PathBuf};

    use rustyfit::{Decoder, DecoderEvent, StreamingIterator};

    use super::super::collect::Collected;
    use super::*;

    /// What decoding the first part of some bytes gave: each message's number, header and
    /// fields, how many bytes were left unread, and the error that stopped it.
    type Decoded = (Vec<String>, usize, Option<String>);

    fn shown(m: &Message) -> String {
        format!("{} {} {:?}", m.num.0, m.header, m.fields)
    }

    fn rustyfit(bytes: &[u8]) -> Decoded {
        let mut decoder = Decoder::builder().checksum(false).expand_components(false).build();
        let mut reader = bytes;
        let (mut messages, mut error) = (Vec::new(), None);
        {
            let mut stream = decoder.stream(&mut reader);
            while let Some(event) = stream.next() {
                match event {
                    Ok(DecoderEvent::Message(m)) => messages.push(shown(m)),
                    Ok(DecoderEvent::Crc(_)) => break,
                    Ok(_) => {}
                    Err(e) => {
                        error = Some(format!("{e:?}"));
                        break;
                    }
                }
            }
        }
        (messages, reader.len(), error)
    }

    /// Every message, records too, as a `Message`.
    struct Each<F>(F);

    impl<F: FnMut(&Message)> Sink for Each<F> {
        const FAST_RECORDS: bool = false;
        fn message(&mut self, m: &Message) {
            (self.0)(m)
        }
        fn record(&mut self, _: &RecordFields) {
            unreachable!("records come as messages")
        }
    }

    /// A collector that is given records as messages, as `Collected` itself was before the
    /// fast path.
    struct Slow(Collected);

    impl Sink for Slow {
        const FAST_RECORDS: bool = false;
        fn message(&mut self, m: &Message) {
            self.0.on_message(m)
        }
        fn record(&mut self, _: &RecordFields) {
            unreachable!("records come as messages")
        }
    }

    fn ours(bytes: &[u8]) -> Decoded {
        let mut messages = Vec::new();
        let (rest, error) = part(bytes, &mut Each(|m: &Message| messages.push(shown(m))));
        (messages, rest.len(), error.map(|e| format!("{e:?}")))
    }

    /// Collects the first part of `bytes` with records read by the fast path and as messages,
    /// and checks that both collected the same, stopped at the same byte with the same error.
    fn collect_both(name: &str, bytes: &[u8]) -> usize {
        let limits = crate::Limits::default();
        let (mut fast, mut slow) = (Collected::new(&limits), Slow(Collected::new(&limits)));
        let (fast_rest, fast_error) = part(bytes, &mut fast);
        let (slow_rest, slow_error) = part(bytes, &mut slow);
        assert_eq!(fast.records, slow.0.records, "{name}");
        assert_eq!(format!("{fast:?}"), format!("{:?}", slow.0), "{name}");
        assert_eq!(fast_rest.len(), slow_rest.len(), "{name}");
        assert_eq!(format!("{fast_error:?}"), format!("{slow_error:?}"), "{name}");
        fast.records.len()
    }

    /// Decodes every part of `bytes` both ways and says how many messages agreed.
    fn agree(name: &str, bytes: &[u8]) -> usize {
        let (mut rest, mut messages) = (bytes, 0);
        for _ in 0..16 {
            let (theirs, mine) = (rustyfit(rest), ours(rest));
            if theirs != mine {
                let first = theirs.0.iter().zip(&mine.0).position(|(a, b)| a != b);
                panic!(
                    "{name}: message {first:?} differs: {:?} against {:?}; left {} / {}, \
                     stopped {:?} / {:?}",
                    first.and_then(|i| theirs.0.get(i)),
                    first.and_then(|i| mine.0.get(i)),
                    theirs.1,
                    mine.1,
                    theirs.2,
                    mine.2
                );
            }
            messages += theirs.0.len();
            if theirs.2.is_some() || theirs.1 == 0 {
                break;
            }
            rest = &rest[rest.len() - theirs.1..];
        }
        messages
    }

    fn fit_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.to_string_lossy().to_lowercase();
            if path.is_dir() {
                fit_files(&path, out);
            } else if name.ends_with(".fit") || name.ends_with(".fit.gz") {
                out.push(path);
            }
        }
    }

    fn bytes_of(path: &Path) -> Vec<u8> {
        let raw = std::fs::read(path).unwrap();
        if !path.to_string_lossy().to_lowercase().ends_with(".gz") {
            return raw;
        }
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn every_real_file_decodes_as_rustyfit_decodes_it() {
        let Some(root) = crate::corpus::shared_testdata(env!("CARGO_MANIFEST_DIR")) else {
            return;
        };
        let mut files = Vec::new();
        fit_files(&root, &mut files);
        assert!(files.len() >= 60, "{} FIT files", files.len());
        let messages: usize =
            files.iter().map(|f| agree(&f.display().to_string(), &bytes_of(f))).sum();
        assert!(messages > 100_000, "{messages} messages compared");
        let records: usize =
            files.iter().map(|f| collect_both(&f.display().to_string(), &bytes_of(f))).sum();
        assert!(records > 50_000, "{records} records collected both ways");
    }

    #[test]
    fn damaged_files_stop_where_rustyfit_stops() {
        let mut originals = vec![
            crate::corpus::fit(&crate::corpus::Run { start: 1_700_000_000, seconds: 120, seed: 1 }),
            crate::corpus::hostile::fit_empty_parts(3),
        ];
        if let Some(root) = crate::corpus::shared_testdata(env!("CARGO_MANIFEST_DIR")) {
            let mut files = Vec::new();
            fit_files(&root, &mut files);
            files.sort();
            originals
                .extend(files.iter().map(|f| bytes_of(f)).filter(|b| b.len() < 40_000).take(12));
        }
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |below: usize| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (state >> 33) as usize % below.max(1)
        };
        let mut tried = 0;
        for original in &originals {
            // Cut short anywhere, at every 97th byte and just around the header.
            for cut in (0..original.len()).step_by(97).chain(0..20) {
                agree("cut", &original[..cut.min(original.len())]);
                collect_both("cut", &original[..cut.min(original.len())]);
                tried += 1;
            }
            // A few bytes changed, which turns definitions, sizes and types into anything.
            for _ in 0..150 {
                let mut damaged = original.clone();
                for _ in 0..1 + next(4) {
                    let at = next(damaged.len());
                    damaged[at] = next(256) as u8;
                }
                agree("changed", &damaged);
                collect_both("changed", &damaged);
                tried += 1;
            }
        }
        assert!(tried > 1_000, "{tried}");
    }
}
