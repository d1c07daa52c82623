//! FIT files, decoded as `rustyfit` decodes them (`decode.rs`: the same messages and values,
//! read from a plan made once per definition rather than field by field).
//!
//! rustyfit's own checksum is not used: it wrongly rejects files whose header CRC is 0 ("not
//! computed"), common on older Garmins (STACK.md). Instead each part of a (possibly chained)
//! file is checked here with the file CRC, CRC-16 over all its bytes but the last two. A part
//! whose checksum fails although it decodes cleanly has damaged values and is left out; a part
//! that stops decoding early (cut short, unterminated, a missing definition) keeps everything
//! before the damage, and its activities are marked partial.
//!
//! A file is read within [`Limits`]: at most `max_fit_parts` chained parts (a file of nothing
//! but repeated headers is millions of empty parts), `max_samples_per_file` records and beats,
//! `max_activities_per_file` sessions and `max_warnings_per_file` warnings; what lies beyond is
//! counted and reported, not kept.

mod build;
mod collect;
mod crc;
mod decode;
mod hr;
mod names;

use rustyfit::DecoderError;

use crate::activity::Parsed;
use crate::error::ImportError;
use crate::limits::{Limits, mib};
use crate::text::Warnings;
use collect::Collected;
pub(crate) use crc::crc16;

/// How a part's trailing checksum compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Checksum {
    Good,
    Bad,
    /// The part is cut short before its checksum.
    Missing,
}

struct Part<'a> {
    bytes: &'a [u8],
    checksum: Checksum,
    data_size: u32,
}

pub(crate) fn parse(bytes: &[u8], limits: &Limits) -> Result<Parsed, ImportError> {
    let mut warnings = Warnings::new(limits);
    let (parts, trailing) = split(bytes, limits.max_fit_parts)?;
    let mut partial = false;
    if let Some(note) = trailing {
        warnings.push(note);
        partial = true;
    }
    let many = parts.len() > 1;
    let mut file = Collected::new(limits);
    let (mut kept, mut other_kind, mut bad_checksum, mut first_error) = (0, None, false, None);
    for (i, part) in parts.iter().enumerate() {
        let which = if many {
            format!("part {} of the chained file", i + 1)
        } else {
            "the file".to_owned()
        };
        let mut collected = file.continuation();
        let error = if part.data_size == 0 {
            None
        } else {
            decode(part.bytes, part.checksum, &mut collected)
        };
        if let Some(kind) = collected.file_type.filter(|&t| t != 4) {
            other_kind.get_or_insert(kind);
            continue;
        }
        match (part.checksum, &error) {
            (Checksum::Bad, None) => {
                bad_checksum = true;
                warnings.push(format!(
                    "{which} fails its checksum, so its values may be damaged; it was left out"
                ));
                continue;
            }
            (Checksum::Good, None) => {}
            (Checksum::Missing, None) => {
                partial = true;
                warnings.push(format!("{which} is cut short before its checksum"));
            }
            (_, Some(reason)) => {
                partial = true;
                first_error.get_or_insert_with(|| reason.clone());
                warnings.push(format!(
                    "{which} could not be read to the end ({reason}); what came before is kept"
                ));
            }
        }
        file.absorb(collected);
        kept += 1;
    }
    if file.dropped > 0 {
        partial = true;
        warnings.push(format!(
            "{} messages beyond the {} records and {} sessions a file may hold were left out",
            file.dropped, limits.max_samples_per_file, limits.max_activities_per_file
        ));
    }
    if kept == 0 {
        return Err(match (other_kind, bad_checksum, first_error) {
            (Some(kind), ..) => ImportError::NotActivity(names::file_kind(kind)),
            (None, true, _) => ImportError::Corrupt("the FIT checksum does not match".to_owned()),
            (None, false, Some(reason)) => ImportError::Corrupt(reason),
            (None, false, None) => ImportError::NoData("an empty FIT file".to_owned()),
        });
    }
    let activities = build::activities(file, partial, &mut warnings);
    if activities.is_empty() {
        return Err(match first_error {
            Some(reason) => ImportError::Corrupt(reason),
            None => ImportError::NoData("a FIT activity file without timed records".to_owned()),
        });
    }
    Ok(Parsed { activities, warnings: warnings.finish() })
}

/// Whether `prefix` starts with `max_parts` chained parts that all declare no data: a file that
/// can give nothing, whatever follows (a "bomb" of repeated headers).
impl decode::Sink for Collected {
    const FAST_RECORDS: bool = true;
    fn message(&mut self, m: &rustyfit::proto::Message) {
        self.on_message(m)
    }
    fn record(&mut self, fields: &collect::RecordFields) {
        self.on_record_fields(fields)
    }
}

pub(crate) fn only_empty_parts(prefix: &[u8], max_parts: usize) -> bool {
    let mut rest = prefix;
    for _ in 0..max_parts {
        let Some(header) = rest.get(..12) else { return false };
        let data_size = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
        if !matches!(header[0], 12 | 14) || &header[8..12] != b".FIT" || data_size != 0 {
            return false;
        }
        let Some(after) = rest.get(usize::from(header[0]) + 2..) else { return false };
        rest = after;
    }
    max_parts > 0
}

/// Splits a file into its chained parts, at most `max_parts` of them. Anything after the last
/// part that is not a FIT header is reported (zero padding is not), and so is what lies beyond
/// the last part read.
fn split(bytes: &[u8], max_parts: usize) -> Result<(Vec<Part<'_>>, Option<String>), ImportError> {
    let mut parts = Vec::new();
    let mut rest = bytes;
    loop {
        if rest.is_empty() {
            return Ok((parts, None));
        }
        if parts.len() >= max_parts {
            let note = format!(
                "the file chains more than {max_parts} parts; the last {} were not read",
                mib(rest.len() as u64)
            );
            return Ok((parts, Some(note)));
        }
        let header = match rest.get(..12) {
            Some(h) if matches!(h[0], 12 | 14) && &h[8..12] == b".FIT" => h,
            _ if parts.is_empty() => {
                return Err(ImportError::Unrecognised("not a FIT file".to_owned()));
            }
            _ if rest.iter().all(|&b| b == 0) => return Ok((parts, None)),
            _ => {
                let note = format!(
                    "{} bytes after the recording are not FIT data and were ignored",
                    rest.len()
                );
                return Ok((parts, Some(note)));
            }
        };
        let header_size = usize::from(header[0]);
        let data_size = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
        let total = usize::try_from(data_size)
            .ok()
            .and_then(|d| d.checked_add(header_size + 2))
            .unwrap_or(usize::MAX);
        if total > rest.len() {
            parts.push(Part { bytes: rest, checksum: Checksum::Missing, data_size });
            return Ok((parts, None));
        }
        let (part, after) = rest.split_at(total);
        let (body, stored) = part.split_at(total - 2);
        let good = crc::crc16(body) == u16::from_le_bytes([stored[0], stored[1]]);
        let checksum = if good { Checksum::Good } else { Checksum::Bad };
        parts.push(Part { bytes: part, checksum, data_size });
        rest = after;
    }
}

/// Decodes one part into `into`; `Some(reason)` if it stopped early. The decoder (like
/// rustyfit's) reads on past a definition message that ends the data, so an error with every
/// byte of a part whose checksum is good already used is the end of the part, not damage.
fn decode(part: &[u8], checksum: Checksum, into: &mut Collected) -> Option<String> {
    // Component expansion is off, as it was with rustyfit's decoder, where it cost a third of
    // the time: runwell reads the few components it needs (enhanced speed and altitude, packed
    // speed and distance, packed beat times) itself.
    let (rest, error) = decode::part(part, into);
    if rest.is_empty() && checksum == Checksum::Good { None } else { error.map(|e| describe(&e)) }
}

/// Why a FIT part stopped, in a runner's words (the decoder's own terms mean nothing to her).
fn describe<E>(e: &DecoderError<E>) -> String {
    match e {
        DecoderError::UnexpectedEof => {
            "it ends in the middle of a record, as a file cut short while it was copied does"
                .to_owned()
        }
        DecoderError::MissingMessageDefinition { .. } => {
            "the rest of the recording is damaged and cannot be read".to_owned()
        }
        DecoderError::NotFITFile => "part of it is not a watch recording".to_owned(),
        DecoderError::ChecksumMismatch { .. } => "the checksum does not match".to_owned(),
        DecoderError::Io { .. } => "a read error".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_empty_parts_is_told_from_its_first_parts() {
        let empty: [u8; 14] = [12, 0x10, 0, 0, 0, 0, 0, 0, b'.', b'F', b'I', b'T', 0, 0];
        let three = empty.repeat(3);
        assert!(only_empty_parts(&three, 3));
        assert!(!only_empty_parts(&three, 4), "too short to tell");
        assert!(!only_empty_parts(&three, 0));
        let mut with_data = three.clone();
        with_data[14 + 4] = 1;
        assert!(!only_empty_parts(&with_data, 3), "the second part holds data");
        assert!(!only_empty_parts(b"not a fit file at all", 1));
    }
}
