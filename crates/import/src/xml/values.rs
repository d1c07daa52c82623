//! The values GPX and TCX write the same way: instants, numbers, heart rates, positions.

use jiff::Timestamp;

/// An instant written as ISO 8601. Times with no offset are taken as UTC, which GPX and TCX
/// require anyway; the flag says it was assumed.
pub(crate) fn time(s: &str) -> Option<(Timestamp, bool)> {
    let s = trim(s);
    if let Some(t) = fast_utc(s.as_bytes()) {
        return Some((t, false));
    }
    if let Ok(t) = s.parse::<Timestamp>() {
        return Some((t, false));
    }
    let civil = s.parse::<jiff::civil::DateTime>().ok()?;
    Some((jiff::tz::TimeZone::UTC.to_timestamp(civil).ok()?, true))
}

/// `YYYY-MM-DDTHH:MM:SS[.f…]Z`, the form nearly every device writes, without the general parser.
fn fast_utc(b: &[u8]) -> Option<Timestamp> {
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        b.get(range)?
            .iter()
            .try_fold(0i64, |n, &c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0')))
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=12).contains(&month)
        || !(1..=month_days).contains(&day)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let mut nanos = 0i64;
    let rest = match b.get(19)? {
        b'.' => {
            let digits = b[20..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 || digits > 9 {
                return None;
            }
            nanos = num(20..20 + digits)? * 10i64.pow(9 - digits as u32);
            &b[20 + digits..]
        }
        _ => &b[19..],
    };
    if !matches!(rest, b"Z" | b"z") {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second;
    Timestamp::new(seconds, i32::try_from(nanos).ok()?).ok()
}

pub(crate) fn number(s: &str) -> Option<f64> {
    let s = trim(s);
    fast_decimal(s.as_bytes()).or_else(|| s.parse::<f64>().ok()).filter(|v| v.is_finite())
}

/// `s.trim()`, without looking at its characters when it begins and ends with a visible ASCII
/// one (nearly every number and time in a file).
pub(crate) fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_graphic());
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) { s } else { s.trim() }
}

/// `-?D+(.D+)?` with at most 15 digits, the form devices write, parsed without the general
/// parser. The digits make an integer below 2^53 and the point a power of ten below 10^22,
/// both exact as `f64`, so one division rounds correctly: the result is the one `str::parse`
/// gives (which takes the same path for such input). Anything else is left to `str::parse`.
fn fast_decimal(b: &[u8]) -> Option<f64> {
    const POWERS: [f64; 16] =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let (negative, d) = match b.split_first()? {
        (b'-', rest) => (true, rest),
        _ => (false, b),
    };
    // Fifteen digits and a point at most, so the integer cannot overflow.
    if d.len() > 16 {
        return None;
    }
    let mut mantissa = 0u64;
    let mut i = 0;
    while i < d.len() && d[i].is_ascii_digit() {
        mantissa = mantissa * 10 + u64::from(d[i] - b'0');
        i += 1;
    }
    let whole = i;
    let mut decimals = 0;
    if d.get(i) == Some(&b'.') {
        i += 1;
        let first = i;
        while i < d.len() && d[i].is_ascii_digit() {
            mantissa = mantissa * 10 + u64::from(d[i] - b'0');
            i += 1;
        }
        decimals = i - first;
        // `1.` is a number to `str::parse` too, but rare enough to leave to it (as is `.5`).
        if decimals == 0 {
            return None;
        }
    }
    if i != d.len() || whole == 0 || whole + decimals > 15 {
        return None;
    }
    let value = mantissa as f64 / POWERS[decimals];
    Some(if negative { -value } else { value })
}

/// A heart rate in beats a minute, as GPX extensions and TCX write it: 1 to 255, rounded.
pub(crate) fn heart_rate(s: &str) -> Option<u8> {
    number(s).filter(|h| (1.0..=255.0).contains(h)).map(|h| h.round() as u8)
}

/// A point's position from its `lat`/`lon` text, if both are numbers on the globe.
pub(crate) fn lat_lon(
    lat: Option<&str>,
    lon: Option<&str>,
) -> Option<runwell_domain::streams::LatLon> {
    let (lat_deg, lon_deg) = (number(lat?)?, number(lon?)?);
    let ok = (-90.0..=90.0).contains(&lat_deg) && (-180.0..=180.0).contains(&lon_deg);
    (ok && !(lat_deg == 0.0 && lon_deg == 0.0))
        .then_some(runwell_domain::streams::LatLon { lat_deg, lon_deg })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_fast_and_slow() {
        let check = |s: &str, expected: Option<(&str, bool)>| {
            let got = time(s).map(|(t, assumed)| (t.to_string(), assumed));
            assert_eq!(got, expected.map(|(t, a)| (t.to_owned(), a)), "{s}");
        };
        check("2019-07-12T17:05:36Z", Some(("2019-07-12T17:05:36Z", false)));
        check(" 2012-12-26T21:29:53.000Z ", Some(("2012-12-26T21:29:53Z", false)));
        check("1901-12-13T20:45:52.2073437Z", Some(("1901-12-13T20:45:52.2073437Z", false)));
        check("2020-02-29T23:59:59Z", Some(("2020-02-29T23:59:59Z", false)));
        check("2019-07-12T19:05:36+02:00", Some(("2019-07-12T17:05:36Z", false)));
        check("2019-07-12T17:05:36", Some(("2019-07-12T17:05:36Z", true)));
        check("2019-13-12T17:05:36Z", None);
        // jiff reads a leap second as the second before it.
        check("2019-07-12T17:05:60Z", Some(("2019-07-12T17:05:59Z", false)));
        check("2019-02-29T17:05:00Z", None);
        check("yesterday", None);
        check("", None);
        // The fast path agrees with jiff across the calendar.
        for s in [
            "1970-01-01T00:00:00Z",
            "2000-03-01T12:00:00Z",
            "2100-02-28T01:02:03.5Z",
            "0001-01-01T00:00:00Z",
        ] {
            assert_eq!(fast_utc(s.as_bytes()), s.parse::<Timestamp>().ok(), "{s}");
        }
    }

    #[test]
    fn numbers_read_fast_as_the_general_parser_reads_them() {
        let check = |s: &str, expected: Option<f64>| {
            let got = number(s);
            assert_eq!(got.map(f64::to_bits), expected.map(f64::to_bits), "{s:?}");
        };
        check("49.1234567", Some(49.1234567));
        check(" -8.5 ", Some(-8.5));
        check("-0", Some(-0.0));
        check("0.1", Some(0.1));
        check("123456789012345", Some(123456789012345.0));
        check("1234567890.12345", Some(1234567890.12345));
        // Outside the fast form: the general parser, as before.
        check("+3", Some(3.0));
        check("1.", Some(1.0));
        check(".5", Some(0.5));
        check("1e3", Some(1000.0));
        check("1234567890123456789", Some(1234567890123456789.0));
        check("\u{a0}7\u{a0}", Some(7.0));
        check("1.2.3", None);
        check("-", None);
        check("", None);
        check("inf", None);
        check("NaN", None);
        check("1e400", None);
        // The fast path agrees with the general parser on many written values.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = (x % 15 + 1) as usize;
            let whole = format!("{}", x >> 20);
            let s: String = whole.chars().take(digits).collect();
            let cut = (x >> 8) as usize % s.len();
            let s = if cut == 0 { s } else { format!("{}.{}", &s[..cut], &s[cut..]) };
            let s = if x & 1 == 1 { format!("-{s}") } else { s };
            assert_eq!(
                fast_decimal(s.as_bytes()).map(f64::to_bits),
                s.parse::<f64>().ok().map(f64::to_bits),
                "{s}"
            );
        }
    }

    #[test]
    fn heart_rates_are_whole_beats_within_range() {
        let check = |s: &str, expected: Option<u8>| assert_eq!(heart_rate(s), expected, "{s}");
        check("150", Some(150));
        check(" 149.6 ", Some(150));
        check("0", None);
        check("256", None);
        check("NaN", None);
        check("x", None);
    }

    #[test]
    fn positions_must_be_on_the_globe() {
        assert!(lat_lon(Some("49.4"), Some("8.7")).is_some());
        assert!(lat_lon(Some("91"), Some("8.7")).is_none());
        assert!(lat_lon(Some("0"), Some("0")).is_none());
        assert!(lat_lon(Some("x"), Some("8.7")).is_none());
        assert!(lat_lon(None, Some("8.7")).is_none());
    }
}
