//! Days written the runner's way, from runwell's own tables (no ICU): English "Sat 28 Nov",
//! Danish "lør. 28. nov.", Swedish "lör 28 nov". ISO days stay in JSON and in forms.

use runwell_content::Lang;
use runwell_domain::{LocalDay, MONTH_NAMES, MONTHS};

/// Monday first, as `Weekday::index` counts.
const WEEKDAYS_SHORT: [[&str; 7]; 3] = [
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
];
const WEEKDAYS_LONG: [[&str; 7]; 3] = [
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
];
/// Danish abbreviates with a full stop only where letters are left out ("maj" is whole);
/// Swedish, as the issue writes it, without.
const MONTHS_SHORT: [[&str; 12]; 3] = [
    MONTHS,
    ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
];
const MONTHS_LONG: [[&str; 12]; 3] = [
    MONTH_NAMES,
    [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
];

fn row(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Da => 1,
        Lang::Sv => 2,
    }
}

fn parts(day: LocalDay) -> (usize, i8, usize, i16) {
    let date = day.date();
    (
        usize::from(day.weekday().index()),
        date.day(),
        usize::from(date.month().unsigned_abs()) - 1,
        date.year(),
    )
}

/// "Sat 28 Nov", "lør. 28. nov.", "lör 28 nov": a day in a list or a heading.
pub fn weekday_date(lang: Lang, day: LocalDay) -> String {
    let (weekday, n, month, _) = parts(day);
    let r = row(lang);
    let (weekday, month) = (WEEKDAYS_SHORT[r][weekday], MONTHS_SHORT[r][month]);
    match lang {
        Lang::Da => format!("{weekday} {n}. {month}"),
        Lang::En | Lang::Sv => format!("{weekday} {n} {month}"),
    }
}

/// The same with the year, for a day that may lie in another year.
pub fn weekday_date_year(lang: Lang, day: LocalDay) -> String {
    format!("{} {}", weekday_date(lang, day), day.date().year())
}

/// "Saturday 28 November 2026", "lørdag den 28. november 2026", "lördag 28 november 2026".
pub fn long_date(lang: Lang, day: LocalDay) -> String {
    let (weekday, n, month, year) = parts(day);
    let r = row(lang);
    let (weekday, month) = (WEEKDAYS_LONG[r][weekday], MONTHS_LONG[r][month]);
    match lang {
        Lang::Da => format!("{weekday} den {n}. {month} {year}"),
        Lang::En | Lang::Sv => format!("{weekday} {n} {month} {year}"),
    }
}

/// "November 2026", "november 2026": a calendar month's heading.
pub fn month_title(lang: Lang, day: LocalDay) -> String {
    let (_, _, month, year) = parts(day);
    let name = MONTHS_LONG[row(lang)][month];
    match lang {
        Lang::En => format!("{name} {year}"),
        // A heading starts with a capital in Danish and Swedish too, though a month's name
        // inside a sentence does not.
        Lang::Da | Lang::Sv => format!("{}{} {year}", name[..1].to_uppercase(), &name[1..]),
    }
}

/// A weekday's full name, lower case inside a sentence in Danish and Swedish.
pub fn weekday_name(lang: Lang, weekday: runwell_domain::Weekday) -> &'static str {
    WEEKDAYS_LONG[row(lang)][usize::from(weekday.index())]
}

/// A weekday's short name, as a calendar's column heads it: "Mon", "man.", "mån".
pub fn weekday_short(lang: Lang, weekday: runwell_domain::Weekday) -> &'static str {
    WEEKDAYS_SHORT[row(lang)][usize::from(weekday.index())]
}

/// A day and its month, as a chart's axis shows it: "2 Mar", "2. mar.", "2 mars".
pub fn day_month(lang: Lang, day: LocalDay) -> String {
    day_and(lang, day, &MONTHS_SHORT)
}

/// The same with the month's whole name: "2 March", "2. marts", "2 mars".
pub fn day_month_long(lang: Lang, day: LocalDay) -> String {
    day_and(lang, day, &MONTHS_LONG)
}

fn day_and(lang: Lang, day: LocalDay, months: &[[&str; 12]; 3]) -> String {
    let (_, n, month, _) = parts(day);
    let month = months[row(lang)][month];
    match lang {
        Lang::Da => format!("{n}. {month}"),
        Lang::En | Lang::Sv => format!("{n} {month}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> LocalDay {
        LocalDay::parse(text).unwrap()
    }

    #[test]
    fn days_read_as_each_language_writes_them() {
        let check = |lang: Lang, iso: &str, short: &str, long: &str| {
            assert_eq!(weekday_date(lang, day(iso)), short, "{lang} {iso}");
            assert_eq!(long_date(lang, day(iso)), long, "{lang} {iso}");
        };
        check(Lang::En, "2026-11-28", "Sat 28 Nov", "Saturday 28 November 2026");
        check(Lang::Da, "2026-11-28", "lør. 28. nov.", "lørdag den 28. november 2026");
        check(Lang::Sv, "2026-11-28", "lör 28 nov", "lördag 28 november 2026");
        check(Lang::Da, "2026-05-04", "man. 4. maj", "mandag den 4. maj 2026");
        check(Lang::Sv, "2026-03-05", "tors 5 mars", "torsdag 5 mars 2026");
        check(Lang::Sv, "2026-06-01", "mån 1 juni", "måndag 1 juni 2026");
        check(Lang::En, "2026-03-01", "Sun 1 Mar", "Sunday 1 March 2026");
        check(Lang::Da, "2026-03-01", "søn. 1. mar.", "søndag den 1. marts 2026");
        assert_eq!(day_month(Lang::En, day("2026-03-02")), "2 Mar");
        assert_eq!(day_month(Lang::Da, day("2026-03-02")), "2. mar.");
        assert_eq!(day_month(Lang::Sv, day("2026-03-02")), "2 mars");
        assert_eq!(day_month_long(Lang::En, day("2026-03-02")), "2 March");
        assert_eq!(day_month_long(Lang::Da, day("2026-03-02")), "2. marts");
        assert_eq!(day_month_long(Lang::Sv, day("2026-08-02")), "2 augusti");
    }

    #[test]
    fn english_matches_the_domain_forms() {
        // The domain's own English forms (what JSON-free English output used before) agree.
        for iso in ["2026-01-01", "2026-11-28", "2024-02-29", "2027-12-31"] {
            assert_eq!(weekday_date(Lang::En, day(iso)), day(iso).weekday_date());
            assert_eq!(weekday_date_year(Lang::En, day(iso)), day(iso).weekday_date_year());
            assert_eq!(month_title(Lang::En, day(iso)), day(iso).month_title());
        }
        assert_eq!(month_title(Lang::Da, day("2026-03-14")), "Marts 2026");
        assert_eq!(month_title(Lang::Sv, day("2026-08-14")), "Augusti 2026");
        assert_eq!(weekday_date_year(Lang::Sv, day("2025-12-31")), "ons 31 dec 2025");
    }
}
