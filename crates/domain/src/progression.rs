//! A movement's level on its dosage ladder, worked out from its sessions (PROG-2, PROG-3).
//!
//! Every movement starts at level 1. It moves up one level after two sessions of it in a row
//! (PROG-2's *default*, configurable) with every set done at target and a green pain status both
//! in the session and the next morning; it steps back one level after a session whose pain was
//! red. It never goes below 1 nor above the top of its ladder. A session that is amber, short of
//! target, done at another level, or still waiting for its next-morning pain neither moves the
//! level nor counts towards moving up, and it breaks the "in a row".
//!
//! The pain lights come in as inputs: turning raw scores (and the runner's usual morning pain)
//! into lights is the PAIN model's job. [`SessionPainCutoffs`] is only the small in-session step
//! (PAIN-1) a guided session needs to light its own pain answer.

use serde::Serialize;

use crate::text::{Arg, Text};
use crate::{Light, LocalDay, PainScore};

/// PROG-2's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ProgressionRules {
    /// PROG-2 *(default 2)*: sessions in a row at target with green pain before moving up.
    pub sessions_to_progress: u8,
}

impl Default for ProgressionRules {
    fn default() -> Self {
        Self { sessions_to_progress: 2 }
    }
}

/// How a pain score during a session becomes a light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SessionPainCutoffs {
    /// EVIDENCE.md "Lights" *(default 2, configurable: some clinicians use 3)*: the highest pain
    /// during activity that is still green.
    pub green_max: u8,
    /// PAIN-1: pain during activity may reach 5/10; anything above is outside the model: red.
    pub amber_max: u8,
}

impl Default for SessionPainCutoffs {
    fn default() -> Self {
        Self { green_max: 2, amber_max: 5 }
    }
}

impl SessionPainCutoffs {
    /// The in-session light for a pain score: ≤ green_max green, ≤ amber_max amber, above red.
    pub fn light(&self, pain: PainScore) -> Light {
        match pain.value() {
            p if p <= self.green_max => Light::Green,
            p if p <= self.amber_max => Light::Amber,
            _ => Light::Red,
        }
    }
}

/// One session in which the movement was done, as progression needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SessionOutcome {
    pub day: LocalDay,
    /// The level the movement was done at.
    pub level: u8,
    /// Every set of the movement (both sides) reached its target.
    pub all_sets_at_target: bool,
    /// The pain light during the session (PAIN-1).
    pub during: Light,
    /// The pain light the next morning (PAIN-2); `None` until the runner has told runwell, and
    /// until then the session cannot count as green.
    pub next_morning: Option<Light>,
}

/// What one session did to the level, in the order the rules are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Red during the session or the next morning: step back one level.
    Red,
    /// Done at another level than the current one (e.g. the runner chose an easier variant).
    OtherLevel,
    /// Amber during the session or the next morning: hold.
    Amber,
    NotAtTarget,
    /// Green in the session, but the next morning is not known yet.
    AwaitingMorning,
    /// At target with green pain in the session and the next morning: counts towards moving up.
    Counts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
}

/// A change of level, for the runner's history and a chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelChange {
    pub day: LocalDay,
    pub from: u8,
    pub to: u8,
    pub direction: Direction,
    /// Why, as a sentence in the runner's language (`level-up`, `level-down-…`).
    pub reason: Text,
}

/// Where a movement stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progression {
    pub level: u8,
    /// The day of the last change; `None` while still at the starting level.
    pub since: Option<LocalDay>,
    /// Why the movement is at this level; its English is the text stored with the level.
    pub reason: Text,
    /// What the last session means for the next step.
    pub outlook: String,
    /// Sessions in a row at this level that count towards moving up.
    pub streak: u8,
    /// The last session's verdict, if there was a session.
    pub last: Option<Verdict>,
    pub changes: Vec<LevelChange>,
}

/// Why a movement that has not changed level yet is at level 1: everyone starts there.
pub fn starting_reason() -> Text {
    Text::new("level-starting")
}

/// A level change in a sentence: "Clamshell: level 1 → 2 (up, PROG-2)."
pub fn change_sentence(movement_name: &str, from: u8, to: u8) -> Text {
    let way = if to > from { "up" } else { "down" };
    Text::new("level-change")
        .with("name", Arg::Verbatim(movement_name.to_owned()))
        .with("from", from)
        .with("to", to)
        .with("way", Arg::Verbatim(way.to_owned()))
}

/// Works out the level from the movement's sessions, oldest first, starting at level 1.
pub fn progress(
    top_level: u8,
    history: &[SessionOutcome],
    rules: &ProgressionRules,
) -> Progression {
    let top = top_level.max(1);
    let needed = rules.sessions_to_progress.max(1);
    let mut p = Progression {
        level: 1,
        since: None,
        reason: starting_reason(),
        outlook: String::new(),
        streak: 0,
        last: None,
        changes: Vec::new(),
    };
    for session in history {
        let verdict = verdict(session, p.level);
        p.last = Some(verdict);
        match verdict {
            Verdict::Red => {
                p.streak = 0;
                // Back one level from what was done, and never above the current level: a red
                // session at a lower variant steps back from there (PAIN: "go back to the last
                // green load").
                let to = p.level.min(session.level).saturating_sub(1).max(1);
                if to != p.level {
                    let id = if session.during == Light::Red {
                        "level-down-during"
                    } else {
                        "level-down-morning"
                    };
                    let reason = Text::new(id).with("level", to).with("day", session.day);
                    change(&mut p, session.day, to, Direction::Down, reason);
                }
            }
            Verdict::Counts => {
                p.streak += 1;
                if p.streak >= needed && p.level < top {
                    let to = p.level + 1;
                    let reason = Text::new("level-up")
                        .with("level", to)
                        .with("day", session.day)
                        .with("needed", needed);
                    change(&mut p, session.day, to, Direction::Up, reason);
                    p.streak = 0;
                }
            }
            _ => p.streak = 0,
        }
    }
    p.outlook = outlook(&p, history.last(), top, needed);
    p
}

fn verdict(s: &SessionOutcome, current: u8) -> Verdict {
    if s.during == Light::Red || s.next_morning == Some(Light::Red) {
        Verdict::Red
    } else if s.level != current {
        Verdict::OtherLevel
    } else if s.during == Light::Amber || s.next_morning == Some(Light::Amber) {
        Verdict::Amber
    } else if !s.all_sets_at_target {
        Verdict::NotAtTarget
    } else if s.next_morning.is_none() {
        Verdict::AwaitingMorning
    } else {
        Verdict::Counts
    }
}

fn change(p: &mut Progression, day: LocalDay, to: u8, direction: Direction, reason: Text) {
    p.changes.push(LevelChange { day, from: p.level, to, direction, reason: reason.clone() });
    p.level = to;
    p.since = Some(day);
    p.reason = reason;
}

fn in_a_row(n: u8) -> String {
    if n == 1 { "a session".to_owned() } else { format!("{} sessions in a row", words(n)) }
}

fn words(n: u8) -> String {
    match n {
        2 => "two".to_owned(),
        3 => "three".to_owned(),
        4 => "four".to_owned(),
        _ => n.to_string(),
    }
}

fn outlook(p: &Progression, last: Option<&SessionOutcome>, top: u8, needed: u8) -> String {
    let rule = format!(
        "{} with every set at target and green pain move it up a level (PROG-2).",
        capitalised(&in_a_row(needed))
    );
    let (Some(verdict), Some(last)) = (p.last, last) else {
        return rule;
    };
    let day = last.day;
    match verdict {
        Verdict::Counts if p.level == top => {
            format!("At the top of its ladder (level {top}): keep going at this level.")
        }
        Verdict::Counts if p.streak == 0 => format!("New level from {day}. {rule}"),
        Verdict::Counts => format!(
            "{} of {needed} sessions in a row at target with green pain; {} more moves it up \
             to level {} (PROG-2).",
            p.streak,
            needed - p.streak,
            p.level + 1
        ),
        Verdict::Red if p.since == Some(day) => {
            format!("Back one level after red pain on {day}. {rule}")
        }
        Verdict::Red => format!(
            "Red pain on {day}, already at the lowest level: keep it gentle, and see the pain \
             advice (PAIN-1, PAIN-2)."
        ),
        Verdict::OtherLevel => format!(
            "The session on {day} was done at level {}; sessions at level {} count towards \
             moving up (PROG-2).",
            last.level, p.level
        ),
        Verdict::Amber => format!(
            "Amber pain on {day}: stay at this level and do not progress yet (PAIN-1, PROG-2)."
        ),
        Verdict::NotAtTarget => {
            format!("Not every set reached its target on {day}: stay at this level. {rule}")
        }
        Verdict::AwaitingMorning => format!(
            "Waiting for the next-morning pain after {day} before that session can count \
             (PAIN-2, PROG-2)."
        ),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Light::{Amber, Green, Red};

    const G: Option<Light> = Some(Green);

    /// A session on consecutive days from 2026-11-02, compactly: level, at target, lights.
    fn history(rows: &[(u8, bool, Light, Option<Light>)]) -> Vec<SessionOutcome> {
        let first = LocalDay::parse("2026-11-02").unwrap();
        rows.iter()
            .enumerate()
            .map(|(i, &(level, at_target, during, next_morning))| SessionOutcome {
                day: first.plus_days(2 * i as i32),
                level,
                all_sets_at_target: at_target,
                during,
                next_morning,
            })
            .collect()
    }

    fn check(top: u8, rows: &[(u8, bool, Light, Option<Light>)], level: u8, streak: u8) {
        let p = progress(top, &history(rows), &ProgressionRules::default());
        assert_eq!((p.level, p.streak), (level, streak), "{rows:?}\n{p:#?}");
    }

    #[test]
    fn levels_follow_prog_2() {
        // No sessions: level 1.
        check(4, &[], 1, 0);
        // One good session is not enough; two in a row move up one level.
        check(4, &[(1, true, Green, G)], 1, 1);
        check(4, &[(1, true, Green, G), (1, true, Green, G)], 2, 0);
        // After moving up, the next two must be at the new level.
        check(4, &[(1, true, Green, G), (1, true, Green, G), (1, true, Green, G)], 2, 0);
        check(4, &[(1, true, Green, G), (1, true, Green, G), (2, true, Green, G)], 2, 1);
        check(
            4,
            &[(1, true, Green, G), (1, true, Green, G), (2, true, Green, G), (2, true, Green, G)],
            3,
            0,
        );
        // Never above the top: two more good sessions at the top stay at the top.
        check(1, &[(1, true, Green, G), (1, true, Green, G)], 1, 2);
        check(2, &[(1, true, Green, G), (1, true, Green, G), (2, true, Green, G)], 2, 1);
        check(
            2,
            &[(1, true, Green, G), (1, true, Green, G), (2, true, Green, G), (2, true, Green, G)],
            2,
            2,
        );
    }

    #[test]
    fn anything_short_of_green_at_target_breaks_the_streak() {
        let good = (1, true, Green, G);
        // Amber in the session or the next morning: no move, streak broken.
        check(4, &[good, (1, true, Amber, G), good], 1, 1);
        check(4, &[good, (1, true, Green, Some(Amber)), good], 1, 1);
        // A set short of target.
        check(4, &[good, (1, false, Green, G), good], 1, 1);
        // Next morning unknown: cannot count as green yet, even in the middle of the history.
        check(4, &[good, (1, true, Green, None)], 1, 0);
        check(4, &[good, (1, true, Green, None), good], 1, 1);
        // Done at another level than the current one.
        check(4, &[good, (2, true, Green, G)], 1, 0);
        // Two good sessions with a broken one between them do not move up.
        check(4, &[good, (1, true, Amber, G), good, good], 2, 0);
    }

    #[test]
    fn red_steps_back_one_level_and_never_below_one() {
        let good = |level| (level, true, Green, G);
        let up_twice = [good(1), good(1), good(2), good(2)];
        check(4, &up_twice, 3, 0);
        // Red in the session or the next morning steps back one level.
        check(4, &[&up_twice[..], &[(3, true, Red, None)]].concat(), 2, 0);
        check(4, &[&up_twice[..], &[(3, true, Green, Some(Red))]].concat(), 2, 0);
        // Red wins over everything else, at target or not.
        check(4, &[&up_twice[..], &[(3, false, Amber, Some(Red))]].concat(), 2, 0);
        // Red at level 1 stays at 1.
        check(4, &[(1, true, Red, None)], 1, 0);
        check(4, &[good(1), (1, true, Red, G)], 1, 0);
        // Red at a lower level than the current one steps back from the level done.
        check(4, &[&up_twice[..], &[(1, true, Red, G)]].concat(), 1, 0);
        // Red at a higher level than the current one steps back from the current one.
        check(4, &[good(1), good(1), (4, true, Red, G)], 1, 0);
        // After a step back, two good sessions at the lower level move up again.
        check(4, &[&up_twice[..], &[(3, true, Red, G), good(2), good(2)]].concat(), 3, 0);
    }

    #[test]
    fn the_number_of_sessions_is_configurable() {
        let rules = |n| ProgressionRules { sessions_to_progress: n };
        let three_good = history(&[(1, true, Green, G), (1, true, Green, G), (1, true, Green, G)]);
        assert_eq!(progress(4, &three_good[..2], &rules(3)).level, 1);
        assert_eq!(progress(4, &three_good, &rules(3)).level, 2);
        assert_eq!(progress(4, &three_good[..1], &rules(1)).level, 2);
        // 0 is taken as 1 rather than moving up without a session.
        assert_eq!(progress(4, &[], &rules(0)).level, 1);
    }

    #[test]
    fn changes_and_reasons_name_prog_2() {
        let h = history(&[
            (1, true, Green, G),
            (1, true, Green, G),
            (2, true, Green, G),
            (2, true, Red, None),
        ]);
        let p = progress(4, &h, &ProgressionRules::default());
        let changes: Vec<_> =
            p.changes.iter().map(|c| (c.day.to_string(), c.from, c.to, c.direction)).collect();
        assert_eq!(
            changes,
            [
                ("2026-11-04".into(), 1, 2, Direction::Up),
                ("2026-11-08".into(), 2, 1, Direction::Down)
            ]
        );
        let day = |d: &str| LocalDay::parse(d).unwrap();
        assert_eq!(
            p.changes[0].reason,
            Text::new("level-up")
                .with("level", 2u8)
                .with("day", day("2026-11-04"))
                .with("needed", 2u8)
        );
        assert_eq!(
            p.reason,
            Text::new("level-down-during").with("level", 1u8).with("day", day("2026-11-08"))
        );
        assert_eq!(p.since, Some(LocalDay::parse("2026-11-08").unwrap()));
        assert!(p.outlook.contains("Back one level after red pain on 2026-11-08"), "{}", p.outlook);
        let start = progress(4, &[], &ProgressionRules::default());
        assert_eq!(start.reason, starting_reason());
        assert_eq!(start.since, None);
    }

    #[test]
    fn the_outlook_explains_the_last_session() {
        let check = |rows: &[(u8, bool, Light, Option<Light>)], expected: &str| {
            let p = progress(4, &history(rows), &ProgressionRules::default());
            assert!(p.outlook.contains(expected), "{rows:?}: {}", p.outlook);
        };
        let good = (1, true, Green, G);
        check(&[], "Two sessions in a row with every set at target and green pain");
        check(&[good], "1 of 2 sessions in a row at target with green pain; 1 more moves it up");
        check(&[good, good], "New level from 2026-11-04");
        check(&[(1, true, Green, None)], "Waiting for the next-morning pain after 2026-11-02");
        check(&[(1, true, Amber, G)], "Amber pain on 2026-11-02: stay at this level");
        check(&[(1, false, Green, G)], "Not every set reached its target on 2026-11-02");
        check(&[(3, true, Green, G)], "was done at level 3; sessions at level 1 count");
        check(&[(1, true, Red, None)], "already at the lowest level");
        let top = progress(1, &history(&[good, good]), &ProgressionRules::default());
        assert!(top.outlook.starts_with("At the top of its ladder (level 1)"), "{}", top.outlook);
    }

    #[test]
    fn in_session_pain_lights_follow_pain_1() {
        let check = |cutoffs: SessionPainCutoffs, pain: i64, expected: Light| {
            assert_eq!(cutoffs.light(PainScore::new(pain).unwrap()), expected, "pain {pain}");
        };
        let default = SessionPainCutoffs::default();
        check(default, 0, Green);
        check(default, 2, Green);
        check(default, 3, Amber);
        check(default, 5, Amber);
        check(default, 6, Red);
        check(default, 10, Red);
        let lenient = SessionPainCutoffs { green_max: 3, ..default };
        check(lenient, 3, Green);
        check(lenient, 4, Amber);
    }
}
