//! The guided session's cues in the runner's language: what each of the engine's events shows
//! and says (`runwell_domain::session::Event`). The English is the domain's own `Event::lines`
//! and `Event::speech`, which a test holds these to; the numbers are counts, so a front end's
//! placeholders for numbers known only at play time survive.

use runwell_domain::session::{Event, SessionRecord, Side, Work};

use crate::{Arg, Words};

impl Words {
    /// "Done: 10 of 12 sets at target in 14:32." (the domain's `SessionRecord::summary`).
    pub fn record_summary(&self, record: &SessionRecord) -> String {
        let (at_target, sets) = record.sets_at_target();
        let (m, s) = (record.duration_s / 60, record.duration_s % 60);
        self.with(
            "session-done-summary",
            &[
                ("at_target", Arg::Count(i64::from(at_target))),
                ("sets", Arg::Count(i64::from(sets))),
                ("clock", format!("{m}:{s:02}").into()),
            ],
        )
    }

    fn leg(&self, side: Side) -> String {
        self.get(match side {
            Side::Left => "session-leg-left",
            Side::Right => "session-leg-right",
            Side::Both => "session-leg-both",
        })
    }

    /// ", left leg" for a per-side set, nothing for both legs.
    fn on(&self, side: Side) -> String {
        match side {
            Side::Both => String::new(),
            _ => self.with("session-on", &[("leg", self.leg(side).into())]),
        }
    }

    /// The lines an event shows, each a full sentence (none for reps and countdown marks).
    pub fn event_lines(&self, event: &Event) -> Vec<String> {
        let count = |n: u32| Arg::Count(i64::from(n));
        match event {
            Event::Started { routine, total_s } => vec![self.with(
                "session-started-line",
                &[
                    ("routine", routine.as_str().into()),
                    ("minutes", count(((total_s + 30) / 60).max(1))),
                ],
            )],
            Event::Introduce { name, level, top_level, variant, dose_text, steps, .. } => {
                let mut lines = vec![
                    self.with(
                        "session-introduce",
                        &[
                            ("name", name.as_str().into()),
                            ("level", count(u32::from(*level))),
                            ("top", count(u32::from(*top_level))),
                            ("variant", variant.as_str().into()),
                        ],
                    ),
                    format!("{dose_text}."),
                ];
                lines.extend(steps.iter().enumerate().map(|(i, s)| format!("{}. {s}", i + 1)));
                lines
            }
            Event::SideSwitch { side } => {
                vec![self.with("session-side", &[("leg", self.leg(*side).into())])]
            }
            Event::GetReady { set_no, sets, side, seconds, .. } => vec![self.with(
                "session-get-ready-line",
                &[
                    ("set", count(*set_no)),
                    ("sets", count(*sets)),
                    ("on", self.on(*side).into()),
                    ("seconds", count(*seconds)),
                ],
            )],
            Event::Go { work: Work::Reps { reps, rep_ms } } => vec![self.with(
                "session-go-reps",
                &[
                    ("reps", count(*reps)),
                    (
                        "seconds",
                        Arg::Count(i64::try_from(rep_ms.div_ceil(1000)).unwrap_or(i64::MAX)),
                    ),
                ],
            )],
            Event::Go { work: Work::Hold { seconds } } => {
                vec![self.with("session-hold-line", &[("seconds", count(*seconds))])]
            }
            Event::Rep { .. } | Event::SecondsLeft { .. } => vec![],
            Event::SetDone { set_no, sets, side, work, done, skipped, .. } => {
                let amount = match work {
                    Work::Reps { reps, .. } => self.with(
                        "session-amount-reps",
                        &[("done", count(*done)), ("reps", count(*reps))],
                    ),
                    Work::Hold { seconds } => self.with(
                        "session-amount-hold",
                        &[("done", count(*done)), ("seconds", count(*seconds))],
                    ),
                };
                let id = if *skipped { "session-set-skipped" } else { "session-set-done" };
                vec![self.with(
                    id,
                    &[
                        ("set", count(*set_no)),
                        ("sets", count(*sets)),
                        ("on", self.on(*side).into()),
                        ("amount", amount.into()),
                    ],
                )]
            }
            Event::Rest { seconds, next_name, next_set_no, next_sets, next_side, .. } => {
                vec![self.with(
                    "session-rest-line",
                    &[
                        ("seconds", count(*seconds)),
                        ("next", next_name.as_str().into()),
                        ("set", count(*next_set_no)),
                        ("sets", count(*next_sets)),
                        ("on", self.on(*next_side).into()),
                    ],
                )]
            }
            Event::Paused => vec![self.get("session-paused")],
            Event::Resumed => vec![self.get("session-resumed")],
            Event::Finished { duration_s } => vec![self.with(
                "session-finished-line",
                &[("clock", runwell_domain::session::clock(*duration_s).into())],
            )],
            Event::Quit { duration_s } => vec![self.with(
                "session-quit-line",
                &[("clock", runwell_domain::session::clock(*duration_s).into())],
            )],
        }
    }

    /// What an event says aloud, if anything.
    pub fn event_speech(&self, event: &Event) -> Option<String> {
        let count = |n: u32| Arg::Count(i64::from(n));
        Some(match event {
            Event::Started { routine, .. } => {
                self.with("session-started-say", &[("routine", routine.as_str().into())])
            }
            Event::Introduce { spoken, .. } => spoken.clone(),
            Event::SideSwitch { side } => {
                self.with("session-side", &[("leg", self.leg(*side).into())])
            }
            Event::GetReady { set_no, sets, .. } => self
                .with("session-get-ready-say", &[("set", count(*set_no)), ("sets", count(*sets))]),
            Event::Go { work: Work::Reps { .. } } => self.get("session-go-say"),
            Event::Go { work: Work::Hold { seconds } } => {
                self.with("session-hold-say", &[("seconds", count(*seconds))])
            }
            Event::Rep { rep, .. } => rep.to_string(),
            Event::SecondsLeft { seconds } if *seconds <= 5 => seconds.to_string(),
            Event::SecondsLeft { seconds } => {
                self.with("session-seconds-left", &[("seconds", count(*seconds))])
            }
            Event::SetDone { skipped: false, .. } => self.get("session-done-say"),
            Event::SetDone { skipped: true, .. } => return None,
            Event::Rest { seconds, next_name, new_movement: true, .. } => self.with(
                "session-rest-next-say",
                &[("seconds", count(*seconds)), ("next", next_name.as_str().into())],
            ),
            Event::Rest { seconds, .. } => {
                self.with("session-rest-say", &[("seconds", count(*seconds))])
            }
            Event::Paused => self.get("session-paused"),
            Event::Resumed => self.get("session-resumed"),
            Event::Finished { .. } => self.get("session-finished-say"),
            Event::Quit { .. } => self.get("session-quit-say"),
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_record_summary_in_each_language() {
        use runwell_domain::programme::RoutineKind;
        use runwell_domain::session::SetRecord;
        let set = |done| SetRecord {
            movement: "clamshell".into(),
            level: 1,
            set_no: 1,
            side: Side::Left,
            target: 10,
            done,
        };
        let record = SessionRecord {
            routine: RoutineKind::Strength,
            sets: vec![set(10), set(6)],
            duration_s: 872,
            finished: true,
            pain: None,
            rpe: None,
            key: None,
        };
        // English is the domain's own summary, which the CLI prints.
        assert_eq!(Words::new(Lang::En).record_summary(&record), record.summary());
        assert_eq!(
            Words::new(Lang::Da).record_summary(&record),
            "Gennemført: 1 af 2 sæt nåede målet på 14:32."
        );
        assert!(Words::new(Lang::Sv).record_summary(&record).starts_with("Klart: 1 av 2 set"));
    }

    use super::*;
    use runwell_content::Lang;

    fn events() -> Vec<Event> {
        let reps = Work::Reps { reps: 10, rep_ms: 3000 };
        let hold = Work::Hold { seconds: 30 };
        vec![
            Event::Started { routine: "Warm-up".into(), total_s: 329 },
            Event::Introduce {
                name: "Clamshell".into(),
                level: 2,
                top_level: 4,
                variant: "with a band".into(),
                dose_text: "2 × 10 reps per side".into(),
                steps: vec!["Lie on your side.".into(), "Lift the knee.".into()],
                spoken: "Clamshell.".into(),
            },
            Event::SideSwitch { side: Side::Right },
            Event::GetReady {
                name: "Clamshell".into(),
                set_no: 2,
                sets: 3,
                side: Side::Left,
                seconds: 5,
            },
            Event::GetReady {
                name: "Squat hold".into(),
                set_no: 1,
                sets: 2,
                side: Side::Both,
                seconds: 5,
            },
            Event::Go { work: reps },
            Event::Go { work: hold },
            Event::Rep { rep: 3, reps: 10 },
            Event::SecondsLeft { seconds: 3 },
            Event::SecondsLeft { seconds: 10 },
            Event::SetDone {
                name: "Clamshell".into(),
                set_no: 1,
                sets: 3,
                side: Side::Left,
                work: reps,
                done: 10,
                skipped: false,
            },
            Event::SetDone {
                name: "Squat hold".into(),
                set_no: 2,
                sets: 2,
                side: Side::Both,
                work: hold,
                done: 12,
                skipped: true,
            },
            Event::Rest {
                seconds: 30,
                next_name: "Bridge".into(),
                next_set_no: 1,
                next_sets: 2,
                next_side: Side::Both,
                new_movement: true,
            },
            Event::Rest {
                seconds: 20,
                next_name: "Clamshell".into(),
                next_set_no: 2,
                next_sets: 3,
                next_side: Side::Right,
                new_movement: false,
            },
            Event::Paused,
            Event::Resumed,
            Event::Finished { duration_s: 3725 },
            Event::Quit { duration_s: 65 },
        ]
    }

    #[test]
    fn english_is_the_engines_own_words() {
        let en = Words::new(Lang::En);
        for event in events() {
            assert_eq!(en.event_lines(&event), event.lines(), "{event:?}");
            assert_eq!(en.event_speech(&event), event.speech(), "{event:?}");
        }
    }

    #[test]
    fn danish_and_swedish_cues() {
        let (da, sv) = (Words::new(Lang::Da), Words::new(Lang::Sv));
        let ready =
            Event::GetReady { name: "x".into(), set_no: 2, sets: 3, side: Side::Left, seconds: 5 };
        assert_eq!(da.event_lines(&ready), ["Sæt 2 af 3, venstre ben: gør dig klar (5 s)."]);
        assert_eq!(sv.event_speech(&ready).unwrap(), "Set 2 av 3. Gör dig redo.");
        assert_eq!(
            da.event_speech(&Event::Go { work: Work::Hold { seconds: 30 } }).unwrap(),
            "Hold, 30 sekunder."
        );
        // Every event has words in every language: none falls back to a message id.
        for words in [da, sv] {
            for event in events() {
                for line in words.event_lines(&event) {
                    assert!(!line.starts_with("session-"), "{line}");
                }
            }
        }
    }
}
