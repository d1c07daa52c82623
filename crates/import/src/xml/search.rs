//! Finding the next byte of a kind eight bytes at a time, in plain integer arithmetic (the
//! crate has no `unsafe`, so no vector intrinsics). The stretches the tokenizer walks are short
//! — a name, a number, an indentation — where a byte loop pays a mispredicted exit for every
//! one and memchr pays its set-up; one 64-bit word at a time does neither. Every mask here is
//! exact: a byte is flagged only if it is of the kind asked for.

/// XML's whitespace, as quick-xml and the XML grammar count it.
#[inline(always)]
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
pub(super) const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `x` that is zero.
#[inline(always)]
fn zeros(x: u64) -> u64 {
    !(((x & LOW7) + LOW7) | x) & HIGH
}

/// The high bit of each byte of `x` equal to `c`.
#[inline(always)]
pub(super) fn equal(x: u64, c: u8) -> u64 {
    zeros(x ^ (ONES * u64::from(c)))
}

/// The high bit of each byte of `x` below `n` (at most 0x80); bytes of 0x80 and above are not.
#[inline(always)]
pub(super) fn below(x: u64, n: u8) -> u64 {
    !(((x & LOW7) + ONES * u64::from(0x80 - n)) | x) & HIGH
}

/// The first position at or after `from` whose byte `is` picks, or the end of `b`; `mask`
/// flags the same bytes of a word (little-endian, so the lowest flag is the first byte).
#[inline(always)]
pub(super) fn first(
    b: &[u8],
    from: usize,
    mask: impl Fn(u64) -> u64,
    is: impl Fn(u8) -> bool,
) -> usize {
    let mut i = from;
    while let Some(word) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
        let m = mask(u64::from_le_bytes(word));
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !is(b[i]) {
        i += 1;
    }
    i.min(b.len())
}

/// Whether `a` and `b` are the same bytes: names a few bytes long, compared a word at a time
/// (the last word overlapping the one before) rather than by a call to `memcmp`.
#[inline(always)]
pub(super) fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.len() < 8 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    let word = |s: &[u8], i: usize| s.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok());
    let mut i = 0;
    loop {
        // The last word ends where the names end, overlapping the one before it.
        let at = i.min(a.len() - 8);
        if word(a, at) != word(b, at) {
            return false;
        }
        if at == a.len() - 8 {
            return true;
        }
        i += 8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_flag_exactly_the_bytes_asked_for() {
        for c in 0..=255u8 {
            for n in [0x21u8, 0x3f, 0x80] {
                // Each byte in each lane, with neighbours that would trip an inexact mask.
                for lane in 0..8 {
                    let mut word = [c.wrapping_add(1); 8];
                    word[lane] = c;
                    let x = u64::from_le_bytes(word);
                    for (i, &byte) in word.iter().enumerate() {
                        let bit = 1u64 << (i * 8 + 7);
                        assert_eq!(equal(x, c) & bit != 0, byte == c, "{c} {word:?}");
                        assert_eq!(below(x, n) & bit != 0, byte < n, "{c} < {n} {word:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn names_are_compared_whole() {
        let names: [&[u8]; 8] = [
            b"",
            b"a",
            b"trkpt",
            b"trkpx",
            b"extensions",
            b"extensionz",
            b"ns3:TrackPointExtension",
            b"ns3:TrackPointExtensiom",
        ];
        for a in names {
            for b in names {
                assert_eq!(same(a, b), a == b, "{a:?} {b:?}");
            }
        }
        assert!(!same(b"ab", b"abc"));
    }

    #[test]
    fn first_finds_in_words_and_in_the_tail() {
        let check = |b: &[u8], from: usize, expected: usize| {
            let got = first(b, from, |x| equal(x, b'<'), |c| c == b'<');
            assert_eq!(got, expected, "{:?} from {from}", String::from_utf8_lossy(b));
        };
        check(b"0123456789<", 0, 10);
        check(b"0123456<89<", 0, 7);
        check(b"0123456<89<", 8, 10);
        check(b"<", 0, 0);
        check(b"abc", 0, 3);
        check(b"", 0, 0);
        check(b"abc", 5, 3);
    }
}
