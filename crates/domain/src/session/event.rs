//! What the engine tells a front end: each event carries what to show and what to say, so a
//! terminal, a browser and a test all word the session the same way.

use serde::Serialize;

use super::{Side, Work};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Started {
        routine: String,
        total_s: u32,
    },
    /// Before the first set of a movement.
    Introduce {
        name: String,
        level: u8,
        top_level: u8,
        variant: String,
        dose_text: String,
        steps: Vec<String>,
        spoken: String,
    },
    /// The next set is for the other leg (said before every per-side set).
    SideSwitch {
        side: Side,
    },
    GetReady {
        name: String,
        set_no: u32,
        sets: u32,
        side: Side,
        seconds: u32,
    },
    Go {
        work: Work,
    },
    /// A rep begins: the tempo cue.
    Rep {
        rep: u32,
        reps: u32,
    },
    /// A countdown mark near the end of a hold, get-ready or rest.
    SecondsLeft {
        seconds: u32,
    },
    SetDone {
        name: String,
        set_no: u32,
        sets: u32,
        side: Side,
        work: Work,
        done: u32,
        skipped: bool,
    },
    Rest {
        seconds: u32,
        next_name: String,
        next_set_no: u32,
        next_sets: u32,
        next_side: Side,
        /// The next set starts another movement.
        new_movement: bool,
    },
    Paused,
    Resumed,
    Finished {
        duration_s: u32,
    },
    Quit {
        duration_s: u32,
    },
}

impl Event {
    /// Lines to show, each a full sentence; none for the cues that only tick along (reps and
    /// countdown marks), which a live display shows from [`super::View`] instead.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Event::Started { routine, total_s } => {
                vec![format!("{routine}: about {} min.", ((total_s + 30) / 60).max(1))]
            }
            Event::Introduce { name, level, top_level, variant, dose_text, steps, .. } => {
                let mut lines = vec![
                    format!("{name}, level {level} of {top_level}: {variant}."),
                    format!("{dose_text}."),
                ];
                lines.extend(steps.iter().enumerate().map(|(i, s)| format!("{}. {s}", i + 1)));
                lines
            }
            Event::SideSwitch { side } => vec![format!("Now the {}.", leg(*side))],
            Event::GetReady { set_no, sets, side, seconds, .. } => {
                vec![format!("Set {set_no} of {sets}{}: get ready ({seconds} s).", on(*side))]
            }
            Event::Go { work: Work::Reps { reps, rep_ms } } => {
                vec![format!("Go: {reps} reps, {} s each.", rep_ms.div_ceil(1000))]
            }
            Event::Go { work: Work::Hold { seconds } } => vec![format!("Hold for {seconds} s.")],
            Event::Rep { .. } | Event::SecondsLeft { .. } => vec![],
            Event::SetDone { set_no, sets, side, work, done, skipped, .. } => {
                let amount = match work {
                    Work::Reps { reps, .. } => format!("{done} of {reps} reps"),
                    Work::Hold { seconds } => format!("{done} of {seconds} s"),
                };
                let how = if *skipped { "skipped at " } else { "" };
                vec![format!("Set {set_no} of {sets}{}: {how}{amount}.", on(*side))]
            }
            Event::Rest { seconds, next_name, next_set_no, next_sets, next_side, .. } => {
                vec![format!(
                    "Rest {seconds} s. Next: {next_name}, set {next_set_no} of {next_sets}{}.",
                    on(*next_side)
                )]
            }
            Event::Paused => vec!["Paused.".to_owned()],
            Event::Resumed => vec!["Carrying on.".to_owned()],
            Event::Finished { duration_s } => {
                vec![format!("Well done: finished in {}.", clock(*duration_s))]
            }
            Event::Quit { duration_s } => {
                vec![format!("Stopped after {}. What you did so far is kept.", clock(*duration_s))]
            }
        }
    }

    /// What to say aloud, if anything.
    pub fn speech(&self) -> Option<String> {
        let text = match self {
            Event::Started { routine, .. } => format!("{routine}. Let's start."),
            Event::Introduce { spoken, .. } => spoken.clone(),
            Event::SideSwitch { side } => format!("Now the {}.", leg(*side)),
            Event::GetReady { set_no, sets, .. } => format!("Set {set_no} of {sets}. Get ready."),
            Event::Go { work: Work::Reps { .. } } => "Go.".to_owned(),
            Event::Go { work: Work::Hold { seconds } } => format!("Hold, {seconds} seconds."),
            Event::Rep { rep, .. } => rep.to_string(),
            Event::SecondsLeft { seconds } if *seconds <= 5 => seconds.to_string(),
            Event::SecondsLeft { seconds } => format!("{seconds} seconds left."),
            Event::SetDone { skipped: false, .. } => "Done.".to_owned(),
            Event::SetDone { skipped: true, .. } => return None,
            Event::Rest { seconds, next_name, new_movement, .. } => {
                if *new_movement {
                    format!("Rest, {seconds} seconds. Next: {next_name}.")
                } else {
                    format!("Rest, {seconds} seconds.")
                }
            }
            Event::Paused => "Paused.".to_owned(),
            Event::Resumed => "Carrying on.".to_owned(),
            Event::Finished { .. } => "Well done. Session finished.".to_owned(),
            Event::Quit { .. } => "Stopped.".to_owned(),
        };
        Some(text)
    }
}

/// "left leg", "right leg", "both legs".
pub(super) fn leg(side: Side) -> &'static str {
    match side {
        Side::Left => "left leg",
        Side::Right => "right leg",
        Side::Both => "both legs",
    }
}

/// ", left leg" for a per-side set, nothing for both legs.
fn on(side: Side) -> String {
    match side {
        Side::Both => String::new(),
        _ => format!(", {}", leg(side)),
    }
}

/// `M:SS`, or `H:MM:SS` from an hour.
pub fn clock(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_read_and_speak_as_sentences() {
        let check = |event: Event, lines: &[&str], speech: Option<&str>| {
            assert_eq!(event.lines(), lines, "{event:?}");
            assert_eq!(event.speech().as_deref(), speech, "{event:?}");
        };
        check(
            Event::Started { routine: "Warm-up".into(), total_s: 329 },
            &["Warm-up: about 5 min."],
            Some("Warm-up. Let's start."),
        );
        check(
            Event::SideSwitch { side: Side::Right },
            &["Now the right leg."],
            Some("Now the right leg."),
        );
        check(
            Event::GetReady {
                name: "Clamshell".into(),
                set_no: 2,
                sets: 3,
                side: Side::Left,
                seconds: 5,
            },
            &["Set 2 of 3, left leg: get ready (5 s)."],
            Some("Set 2 of 3. Get ready."),
        );
        check(
            Event::GetReady {
                name: "Squat hold".into(),
                set_no: 1,
                sets: 2,
                side: Side::Both,
                seconds: 5,
            },
            &["Set 1 of 2: get ready (5 s)."],
            Some("Set 1 of 2. Get ready."),
        );
        check(
            Event::Go { work: Work::Reps { reps: 10, rep_ms: 4000 } },
            &["Go: 10 reps, 4 s each."],
            Some("Go."),
        );
        check(
            Event::Go { work: Work::Hold { seconds: 30 } },
            &["Hold for 30 s."],
            Some("Hold, 30 seconds."),
        );
        check(Event::Rep { rep: 7, reps: 10 }, &[], Some("7"));
        check(Event::SecondsLeft { seconds: 3 }, &[], Some("3"));
        check(Event::SecondsLeft { seconds: 10 }, &[], Some("10 seconds left."));
        let done = |done, skipped| Event::SetDone {
            name: "Clamshell".into(),
            set_no: 1,
            sets: 2,
            side: Side::Right,
            work: Work::Reps { reps: 12, rep_ms: 3000 },
            done,
            skipped,
        };
        check(done(12, false), &["Set 1 of 2, right leg: 12 of 12 reps."], Some("Done."));
        check(done(4, true), &["Set 1 of 2, right leg: skipped at 4 of 12 reps."], None);
        let rest = |new_movement| Event::Rest {
            seconds: 45,
            next_name: "Clamshell".into(),
            next_set_no: 1,
            next_sets: 3,
            next_side: Side::Left,
            new_movement,
        };
        check(
            rest(true),
            &["Rest 45 s. Next: Clamshell, set 1 of 3, left leg."],
            Some("Rest, 45 seconds. Next: Clamshell."),
        );
        check(
            rest(false),
            &["Rest 45 s. Next: Clamshell, set 1 of 3, left leg."],
            Some("Rest, 45 seconds."),
        );
        check(
            Event::Finished { duration_s: 3725 },
            &["Well done: finished in 1:02:05."],
            Some("Well done. Session finished."),
        );
        check(
            Event::Quit { duration_s: 200 },
            &["Stopped after 3:20. What you did so far is kept."],
            Some("Stopped."),
        );
    }

    #[test]
    fn introductions_list_the_steps() {
        let event = Event::Introduce {
            name: "Clamshell".into(),
            level: 2,
            top_level: 4,
            variant: "With a band".into(),
            dose_text: "2 × 12 reps each side".into(),
            steps: vec!["Lie on your side.".into(), "Open the knees.".into()],
            spoken: "Clamshell.".into(),
        };
        assert_eq!(
            event.lines(),
            [
                "Clamshell, level 2 of 4: With a band.",
                "2 × 12 reps each side.",
                "1. Lie on your side.",
                "2. Open the knees."
            ]
        );
        assert_eq!(event.speech().as_deref(), Some("Clamshell."));
    }
}
