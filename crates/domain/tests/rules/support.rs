//! Builders for a runner's history, so scenario tests read as a diary.

#![allow(dead_code, unreachable_pub)]

use runwell_domain::diary::{
    Character, History, PainEntry, PainMoment, RunRecord, SessionLoad, SessionPain,
};
use runwell_domain::programme::RoutineKind;
use runwell_domain::triage::Answer;
use runwell_domain::{
    DistanceM, DurationS, HeartRate, LocalDay, PainScore, Profile, Rpe, RunnerZone, ShoeThresholds,
    Sport, WeekdaySet,
};

pub fn day(text: &str) -> LocalDay {
    LocalDay::parse(text).unwrap()
}

pub fn profile() -> Profile {
    Profile {
        time_zone: RunnerZone::new("Europe/Copenhagen").unwrap(),
        run_days: WeekdaySet::parse("mon,wed,sat").unwrap(),
        strength_days: WeekdaySet::parse("tue,thu").unwrap(),
        hr_rest: Some(HeartRate::new(60).unwrap()),
        hr_max: Some(HeartRate::new(190).unwrap()),
        sex: None,
        shoes: ShoeThresholds::default(),
    }
}

#[derive(Debug, Default, Clone)]
pub struct Diary {
    pub history: History,
    pub answers: Vec<Answer>,
    next_id: i64,
}

impl Diary {
    pub fn new() -> Self {
        Self::default()
    }

    fn id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    /// A run of `km` in `minutes` with an effort.
    pub fn run(mut self, on: &str, km: f64, minutes: f64, rpe: Option<i64>) -> Self {
        let id = self.id();
        self.history.runs.push(RunRecord {
            id,
            day: day(on),
            sport: Sport::Run,
            distance: DistanceM::from_km(km).unwrap(),
            duration: DurationS::new(minutes * 60.0).unwrap(),
            rpe: rpe.map(|r| Rpe::new(r).unwrap()),
            avg_hr: None,
            surface: None,
            shoe_id: None,
            cadence_spm: None,
        });
        self
    }

    pub fn pain(mut self, on: &str, moment: PainMoment, score: i64) -> Self {
        let id = self.id();
        let entry = PainEntry::new(day(on), moment, PainScore::new(score).unwrap());
        self.history.pain.push(PainEntry { id, ..entry });
        self
    }

    pub fn sharp(mut self) -> Self {
        if let Some(last) = self.history.pain.last_mut() {
            last.character = Some(Character::Sharp);
        }
        self
    }

    pub fn session(mut self, on: &str, minutes: f64, rpe: i64) -> Self {
        self.history.sessions.push(SessionLoad {
            day: day(on),
            routine: RoutineKind::Strength,
            duration: DurationS::new(minutes * 60.0).unwrap(),
            rpe: Some(Rpe::new(rpe).unwrap()),
        });
        self
    }

    /// A strength session with the pain answered at its end (DATA-7).
    pub fn strength(self, on: &str, pain: i64) -> Self {
        let mut d = self.session(on, 25.0, 5);
        d.history.session_pain.push(SessionPain {
            day: day(on),
            routine: RoutineKind::Strength,
            score: PainScore::new(pain).unwrap(),
        });
        d
    }

    /// Pain linked to a run (`--run ID`).
    pub fn pain_for_run(mut self, run: i64, on: &str, moment: PainMoment, score: i64) -> Self {
        self = self.pain(on, moment, score);
        if let Some(last) = self.history.pain.last_mut() {
            last.run_id = Some(run);
        }
        self
    }

    /// The id of the last run added.
    pub fn last_run_id(&self) -> i64 {
        self.history.runs.last().map_or(0, |r| r.id)
    }

    /// The declared recent longest run, declared on `on`.
    pub fn declared_on(mut self, km: f64, on: &str) -> Self {
        self = self.declared_longest(km);
        self.history.declared_on = Some(day(on));
        self
    }

    pub fn answer(mut self, on: &str, key: &str, yes: bool) -> Self {
        let seq = self.id();
        self.answers.push(Answer { key: key.to_owned(), yes, day: day(on), seq });
        self
    }

    pub fn declared_longest(mut self, km: f64) -> Self {
        self.history.declared_longest = Some(DistanceM::from_km(km).unwrap());
        self
    }

    /// A steady base: `km` every Monday, Wednesday and Saturday for `weeks` weeks before `until`
    /// (exclusive), each run with its pain after it logged at `morning`, and settled mornings of
    /// `morning` pain every day.
    pub fn steady(mut self, until: &str, weeks: i32, km: f64, morning: i64) -> Self {
        let end = day(until);
        for back in (1..=weeks * 7).rev() {
            let d = end.plus_days(-back);
            let text = d.to_string();
            if matches!(
                d.weekday(),
                runwell_domain::Weekday::Mon
                    | runwell_domain::Weekday::Wed
                    | runwell_domain::Weekday::Sat
            ) {
                self =
                    self.run(&text, km, km * 6.0, Some(4)).pain(&text, PainMoment::After, morning);
            }
            self = self.pain(&text, PainMoment::Morning, morning);
        }
        self
    }
}
