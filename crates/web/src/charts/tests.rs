//! Every chart's SVG, with data and with none, as a runner's browser gets it; and the small
//! helpers the charts share.

use askama::Template;
use runwell_app::{
    AdherenceCalendar, CalendarDay, CalendarWeek, LevelHistory, LoadPoint, LoadSeries,
};
use runwell_domain::adherence::WeekStatus;
use runwell_domain::programme::RoutineKind;
use runwell_domain::progression::{Direction, LevelChange};
use runwell_domain::streams::{RunPoint, RunSeries, Split};
use runwell_domain::trend::{ImprovementLabel, WeekRow};
use runwell_domain::{DistanceUnit, Light, LocalDay};

use super::*;

fn day(text: &str) -> LocalDay {
    LocalDay::parse(text).unwrap()
}

fn render(chart: &impl Template) -> String {
    let svg = chart.render().unwrap();
    // Every element the charts open is closed again.
    for tag in ["figure", "svg", "g", "details", "table", "text", "title"] {
        let opened =
            svg.matches(&format!("<{tag}>")).count() + svg.matches(&format!("<{tag} ")).count();
        let closed = svg.matches(&format!("</{tag}>")).count();
        assert_eq!(opened, closed, "<{tag}> in {svg}");
    }
    assert!(!svg.contains("style="), "no inline style (CSP)");
    assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    svg
}

fn week(start: &str, km: f64, runs: usize, pain: Option<f64>, light: Option<Light>) -> WeekRow {
    WeekRow {
        week_start: day(start),
        distance_m: km * 1000.0,
        runs,
        load: km * 30.0,
        mean_morning_pain: pain,
        light,
        improvement: ImprovementLabel::NoData,
        hard_surface_share: None,
        new_shoe: None,
    }
}

fn weeks() -> Vec<WeekRow> {
    let mut weeks = vec![
        week("2026-02-02", 12.0, 3, Some(4.0), Some(Light::Amber)),
        week("2026-02-09", 15.5, 3, Some(3.5), Some(Light::Amber)),
        week("2026-02-16", 0.0, 0, None, Some(Light::Red)),
        week("2026-02-23", 8.0, 2, Some(2.0), Some(Light::Green)),
        week("2026-03-02", 18.2, 4, Some(1.0), Some(Light::Green)),
        week("2026-03-09", 6.0, 1, Some(1.5), Some(Light::Green)),
    ];
    weeks[4].new_shoe = Some("Pegasus 41".into());
    weeks
}

#[test]
fn weekly_chart() {
    let chart = WeeklyChart::new("weekly", &weeks(), false, DistanceUnit::Km);
    let svg = render(&chart);
    assert!(svg.contains("59.7 km in 13 runs over the last 6 weeks"), "{svg}");
    assert!(svg.contains("New shoe from the week of 2 March: Pegasus 41"));
    // The week without pain breaks the line in two.
    assert_eq!(svg.matches("<path d=\"M").count(), 2, "{svg}");
    insta::assert_snapshot!("weekly", svg);
}

#[test]
fn weekly_chart_compact_and_empty() {
    let empty: Vec<WeekRow> = (0..8)
        .map(|i| {
            let start = day("2026-01-19").plus_days(7 * i);
            week(&start.to_string(), 0.0, 0, None, None)
        })
        .collect();
    let svg = render(&WeeklyChart::new("weekly-today", &empty, true, DistanceUnit::Km));
    let miles = render(&WeeklyChart::new("weekly", &weeks(), false, DistanceUnit::Mi));
    assert!(miles.contains("Distance (mi)") && miles.contains("37.1 mi in 13 runs"), "{miles}");
    assert!(!miles.contains("km"), "{miles}");
    assert!(svg.contains("No runs or morning pain logged in these weeks yet"));
    assert!(svg.contains("No runs in the last 8 weeks."));
    assert!(!svg.contains("<rect class=\"chart-bar\""));
    insta::assert_snapshot!("weekly_empty", svg);
}

#[test]
fn weekly_chart_with_one_week() {
    let one = [week("2026-03-09", 5.0, 1, Some(2.0), Some(Light::Green))];
    let svg = render(&WeeklyChart::new("weekly", &one, false, DistanceUnit::Km));
    // A lone week is a bar and a dot, not a line.
    assert_eq!(svg.matches("<path d=\"M").count(), 0, "{svg}");
    assert_eq!(svg.matches("<circle").count(), 1);
    assert!(svg.contains("Next-morning pain: 2.0 of 10 (week of 9 March)."));
}

fn load_series(days: usize) -> LoadSeries {
    let start = day("2026-01-01");
    let points = (0..days)
        .map(|i| {
            let load = if i % 3 == 0 { 240.0 } else { 0.0 };
            LoadPoint {
                day: start.plus_days(i as i32),
                load,
                acute: 60.0 + (i as f64 * 1.5),
                chronic: 50.0 + i as f64,
            }
        })
        .collect();
    LoadSeries { day: start.plus_days(days as i32 - 1), days_of_data: 60, days_needed: 28, points }
}

#[test]
fn load_chart() {
    let svg = render(&LoadChart::new("load", &load_series(42)));
    assert!(svg.contains("The acute:chronic ratio is 1.34"), "{svg}");
    insta::assert_snapshot!("load", svg);
}

#[test]
fn load_chart_waits_for_28_days() {
    let waiting =
        LoadSeries { day: day("2026-03-14"), days_of_data: 9, days_needed: 28, points: vec![] };
    let svg = render(&LoadChart::new("load", &waiting));
    assert!(!svg.contains("<svg"));
    assert!(svg.contains("once there are 28 days of data"));
    assert!(svg.contains("there are 9 so far"));
    insta::assert_snapshot!("load_waiting", svg);
    let none = LoadSeries { days_of_data: 0, ..waiting };
    assert!(render(&LoadChart::new("load", &none)).contains("there are none so far"));
}

fn calendar() -> AdherenceCalendar {
    let today = day("2026-03-11");
    let planned_for = |d: LocalDay| match d.weekday().index() {
        0 | 2 | 5 => vec![RoutineKind::Warmup, RoutineKind::Cooldown],
        1 | 4 => vec![RoutineKind::Strength],
        _ => vec![],
    };
    let done: &[(&str, &[RoutineKind])] = &[
        ("2026-03-02", &[RoutineKind::Warmup, RoutineKind::Cooldown]),
        ("2026-03-03", &[RoutineKind::Strength]),
        ("2026-03-04", &[RoutineKind::Warmup]),
        ("2026-03-06", &[RoutineKind::Strength]),
        ("2026-03-08", &[RoutineKind::Strength]),
        ("2026-03-09", &[RoutineKind::Warmup, RoutineKind::Cooldown]),
    ];
    let weeks = ["2026-03-02", "2026-03-09"]
        .iter()
        .zip([WeekStatus::Met, WeekStatus::Behind])
        .map(|(start, status)| {
            let start = day(start);
            CalendarWeek {
                week_start: start,
                status,
                done_strength: if status == WeekStatus::Met { 2 } else { 0 },
                strength_target: 2,
                days: (0..7)
                    .map(|i| {
                        let d = start.plus_days(i);
                        let planned = planned_for(d);
                        CalendarDay {
                            day: d,
                            ahead: d > today,
                            run_planned: planned.contains(&RoutineKind::Warmup),
                            planned,
                            done: done
                                .iter()
                                .find(|(x, _)| day(x) == d)
                                .map(|(_, k)| k.to_vec())
                                .unwrap_or_default(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    AdherenceCalendar { today, weeks, streak_weeks: 1 }
}

#[test]
fn adherence_calendar() {
    let svg = render(&CalendarChart::new("calendar", &calendar()));
    assert!(svg.contains("Strength target met in 1 of the 1 complete weeks with a plan"), "{svg}");
    assert!(svg.contains("Tuesday 10 March: planned hip strength, not done"));
    assert!(svg.contains("Sunday 8 March: done hip strength (not planned)"));
    assert!(svg.contains("Wednesday 4 March: planned warm-up, cool-down; done warm-up"));
    assert!(svg.contains("calendar-today"));
    insta::assert_snapshot!("calendar", svg);
}

#[test]
fn adherence_calendar_with_no_sessions() {
    let mut c = calendar();
    for w in &mut c.weeks {
        w.status = WeekStatus::NothingPlanned;
        w.strength_target = 0;
        w.done_strength = 0;
        for d in &mut w.days {
            d.planned.clear();
            d.done.clear();
        }
    }
    c.streak_weeks = 0;
    let svg = render(&CalendarChart::new("calendar", &c));
    assert!(svg.contains("No complete week with strength planned"), "{svg}");
    assert_eq!(svg.matches("calendar-rest").count(), 14);
    insta::assert_snapshot!("calendar_empty", svg);
}

fn run_series() -> RunSeries {
    let mut points: Vec<RunPoint> = (0..=40)
        .map(|i| {
            let km = f64::from(i) * 0.1;
            RunPoint {
                distance_km: km,
                pace_s_per_km: Some(330.0 - 10.0 * (km * 2.0).sin()),
                heart_rate_bpm: Some(130.0 + 5.0 * km),
                cadence_spm: Some(168.0 + (km * 3.0).cos()),
            }
        })
        .collect();
    // A stop at 1.5 km and a drop-out at 3 km.
    points[15].pace_s_per_km = None;
    points[30] =
        RunPoint { distance_km: 3.0, pace_s_per_km: None, heart_rate_bpm: None, cadence_spm: None };
    let split = |index, distance_m: f64, duration_s: f64| Split {
        index,
        distance_m,
        duration_s,
        pace_s_per_km: duration_s / distance_m * 1000.0,
        avg_heart_rate_bpm: Some(140.0),
        avg_cadence_per_min: Some(168.4),
    };
    RunSeries {
        distance_km: 4.0,
        points,
        has_pace: true,
        has_heart_rate: true,
        has_cadence: true,
        splits: vec![
            split(1, 1000.0, 331.0),
            split(2, 1000.0, 325.0),
            split(3, 1000.0, 340.0),
            split(4, 1000.0, 322.0),
            split(5, 12.0, 4.0),
        ],
    }
}

#[test]
fn run_charts() {
    let svg = render(&RunCharts::new(&run_series(), DistanceUnit::Km));
    assert_eq!(svg.matches("<figure").count(), 3);
    assert!(svg.contains("Pace over 4.00 km: between 5:40 per km and 5:20 per km"), "{svg}");
    assert!(svg.contains("5 (0.01 km)"));
    insta::assert_snapshot!("run", svg);
}

#[test]
fn run_charts_in_miles() {
    let svg = render(&RunCharts::new(&run_series(), DistanceUnit::Mi));
    assert!(svg.contains("Pace over 2.49 mi: between 9:07 per mi"), "{svg}");
    assert!(svg.contains("Distance (mi)") && svg.contains("Splits per mile"), "{svg}");
    assert!(svg.contains("min/mi"), "{svg}");
    assert!(!svg.contains("km"), "{svg}");
}

#[test]
fn run_charts_without_heart_rate_or_cadence() {
    let mut series = run_series();
    for p in &mut series.points {
        p.heart_rate_bpm = None;
        p.cadence_spm = None;
    }
    series.has_heart_rate = false;
    series.has_cadence = false;
    series.splits.clear();
    let svg = render(&RunCharts::new(&series, DistanceUnit::Km));
    assert_eq!(svg.matches("<svg").count(), 1, "only pace is drawn");
    assert!(svg.contains("No heart rate in this run"));
    assert!(svg.contains("No cadence in this run"));
    assert!(!svg.contains("<table"));
    insta::assert_snapshot!("run_pace_only", svg);
    // One sample: a dot.
    let one = RunSeries { points: vec![series.points[0]], distance_km: 0.0, ..series };
    let svg = render(&RunCharts::new(&one, DistanceUnit::Km));
    assert!(svg.contains("<circle"), "{svg}");
}

fn history() -> LevelHistory {
    LevelHistory {
        movement: "clamshell".into(),
        name: "Clamshell".into(),
        top_level: 4,
        level: 2,
        today: day("2026-03-14"),
        sessions: vec![
            (day("2026-02-24"), 1),
            (day("2026-02-27"), 1),
            (day("2026-03-03"), 2),
            (day("2026-03-06"), 2),
            (day("2026-03-10"), 3),
            (day("2026-03-13"), 2),
        ],
        changes: vec![
            LevelChange {
                day: day("2026-02-27"),
                from: 1,
                to: 2,
                direction: Direction::Up,
                reason: runwell_domain::progression::starting_reason(),
            },
            LevelChange {
                day: day("2026-03-06"),
                from: 2,
                to: 3,
                direction: Direction::Up,
                reason: runwell_domain::progression::starting_reason(),
            },
            LevelChange {
                day: day("2026-03-10"),
                from: 3,
                to: 2,
                direction: Direction::Down,
                reason: runwell_domain::progression::starting_reason(),
            },
        ],
    }
}

#[test]
fn level_chart() {
    let svg = render(&LevelChart::new(&history()));
    assert!(svg.contains("Level 2 of 4 after 6 sessions. Up from 1 to 2 on 27 February."), "{svg}");
    assert!(svg.contains("Down from 3 to 2 on 10 March."));
    insta::assert_snapshot!("level", svg);
}

#[test]
fn level_chart_before_and_on_the_first_session() {
    let none = LevelHistory { sessions: vec![], changes: vec![], level: 1, ..history() };
    let svg = render(&LevelChart::new(&none));
    assert!(!svg.contains("<svg"));
    assert!(svg.contains("No sessions of Clamshell yet: it is at level 1 of 4."));
    insta::assert_snapshot!("level_none", svg);
    let first = LevelHistory {
        sessions: vec![(day("2026-03-14"), 1)],
        changes: vec![],
        level: 1,
        ..history()
    };
    let svg = render(&LevelChart::new(&first));
    assert!(svg.contains("Level 1 of 4 after 1 session. No change yet."), "{svg}");
    assert_eq!(svg.matches("<circle").count(), 1);
}

#[test]
fn labels_thin_out_from_the_latest() {
    assert_eq!(label_indices(0, 300.0, 40.0), Vec::<usize>::new());
    assert_eq!(label_indices(4, 300.0, 40.0), [0, 1, 2, 3]);
    assert_eq!(label_indices(12, 300.0, 40.0), [1, 3, 5, 7, 9, 11]);
    assert_eq!(label_indices(16, 300.0, 40.0), [0, 3, 6, 9, 12, 15]);
    assert_eq!(label_indices(3, 10.0, 40.0), [0, 1, 2][2..]);
}

#[test]
fn clocks_read_as_minutes_and_seconds() {
    for (s, text) in [(0.0, "0:00"), (299.6, "5:00"), (332.0, "5:32"), (3725.0, "1:02:05")] {
        assert_eq!(clock(s), text);
    }
}

#[test]
fn a_chart_speaks_the_language_of_the_request() {
    use runwell_app::words::{Lang, Words};
    let danish = crate::lang::WORDS.sync_scope(Words::new(Lang::Da), || {
        WeeklyChart::new("weekly", &weeks(), false, DistanceUnit::Km)
    });
    let svg = render(&danish);
    assert!(svg.contains("59,7\u{a0}km på 13 løbeture de seneste 6 uger"), "{svg}");
    assert!(svg.contains("Ny sko, første gang i ugen fra 2. marts: Pegasus 41"), "{svg}");
    assert!(svg.contains(">2. mar.<") && svg.contains("<summary>Tallene"), "{svg}");
    assert!(!svg.contains("Week of") && !svg.contains("59.7"), "{svg}");
    let swedish = crate::lang::WORDS.sync_scope(Words::new(Lang::Sv), || {
        let series = LoadSeries {
            day: day("2026-03-14"),
            days_of_data: 1,
            days_needed: 28,
            points: Vec::new(),
        };
        LoadChart::new("load", &series)
    });
    let text = render(&swedish);
    assert!(text.contains("hittills finns det 1."), "{text}");
}
