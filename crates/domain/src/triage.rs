//! "Should I see someone?" (TRIAGE-1…7, NRS-1): the questions, their fixed keys, and the level
//! the answers and the pain diary give. A flag at urgent or emergency suspends every running
//! suggestion until a newer check answers no to it.

use serde::Serialize;

use crate::days::{Days, Logged};
use crate::diary::{History, PainMoment};
use crate::reason::default_of;
use crate::text::{Arg, Text};
use crate::{LocalDay, Thresholds};

/// How soon to seek help, from none needed to the same day. Ordered: `max` is the most urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TriageLevel {
    /// No check done and nothing in the diary that calls for one.
    None,
    SelfManage,
    Physio,
    Soon,
    Urgent,
    Emergency,
}

impl TriageLevel {
    pub fn id(self) -> &'static str {
        match self {
            TriageLevel::None => "none",
            TriageLevel::SelfManage => "self_manage",
            TriageLevel::Physio => "physio",
            TriageLevel::Soon => "soon",
            TriageLevel::Urgent => "urgent",
            TriageLevel::Emergency => "emergency",
        }
    }

    /// What the level means, in words: the lower levels inform ("consider"), the red flags say
    /// plainly how soon to get help.
    pub fn words(self) -> &'static str {
        match self {
            TriageLevel::None => "No check yet",
            TriageLevel::SelfManage => "Self-manage",
            TriageLevel::Physio => "Consider seeing a physiotherapist",
            TriageLevel::Soon => "See a doctor within 1–2 weeks",
            TriageLevel::Urgent => "Urgent: stop running, see a clinician within 1–3 days",
            TriageLevel::Emergency => "Emergency: get medical help today",
        }
    }

    /// Whether this level suspends every running suggestion.
    pub fn suspends_running(self) -> bool {
        self >= TriageLevel::Urgent
    }

    /// What to do and how soon, in the runner's words.
    pub fn what_to_do(self) -> &'static str {
        match self {
            TriageLevel::Emergency => {
                "Get medical help today: call your emergency number or go to an emergency \
                 department or urgent care. Rest the leg until you have been seen."
            }
            TriageLevel::Urgent => {
                "See a clinician (your GP, a sports doctor or urgent care) within 1–3 days. Until \
                 then, avoid hopping and keep weight on the leg to what daily life needs."
            }
            TriageLevel::Soon => {
                "Book an appointment with your doctor within the next 1–2 weeks and mention your \
                 hip pain and these signs."
            }
            TriageLevel::Physio => {
                "Consider booking a physiotherapist or sports physician (a routine appointment). \
                 Meanwhile you may keep following the programme within the pain limits."
            }
            TriageLevel::SelfManage => {
                "Nothing in your answers calls for a professional now. Keep following the \
                 programme, log your pain, and check again if anything changes."
            }
            TriageLevel::None => {
                "Answer the triage questions (`runwell check`) so that runwell can tell whether \
                 you should see someone."
            }
        }
    }
}

impl std::fmt::Display for TriageLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// One triage question with its fixed key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    pub key: &'static str,
    pub rule: &'static str,
    pub level: TriageLevel,
    /// The question in plain words, answered yes or no.
    pub text: &'static str,
}

const fn q(
    key: &'static str,
    rule: &'static str,
    level: TriageLevel,
    text: &'static str,
) -> Question {
    Question { key, rule, level, text }
}

/// Every question, in the order they are asked. The keys are fixed: scripts rely on them.
pub const QUESTIONS: &[Question] = &[
    q(
        "cannot_bear_weight",
        "TRIAGE-1",
        TriageLevel::Emergency,
        "Are you unable to put weight on the leg or to walk?",
    ),
    q(
        "after_fall_or_injury",
        "TRIAGE-1",
        TriageLevel::Emergency,
        "Did the pain start after a fall or an injury?",
    ),
    q("cannot_move_hip", "TRIAGE-1", TriageLevel::Emergency, "Are you unable to move the hip?"),
    q(
        "fever_or_hot_swollen_joint",
        "TRIAGE-1",
        TriageLevel::Emergency,
        "Do you have a fever or feel unwell, or is the hip hot, red or swollen?",
    ),
    q(
        "numb_cold_or_pale_leg",
        "TRIAGE-1",
        TriageLevel::Emergency,
        "Is the leg numb, cold or pale?",
    ),
    q(
        "groin_pain_with_running",
        "TRIAGE-2",
        TriageLevel::Urgent,
        "Do you have deep groin or front-of-hip pain when running that comes on earlier in each run and lasts longer afterwards?",
    ),
    q(
        "night_or_rest_pain",
        "TRIAGE-2",
        TriageLevel::Urgent,
        "Does the hip hurt at night or when you are resting?",
    ),
    q("limping", "TRIAGE-2", TriageLevel::Urgent, "Are you limping?"),
    q(
        "pain_landing_or_standing_on_leg",
        "TRIAGE-2",
        TriageLevel::Urgent,
        "Does it hurt when you land on, or stand on, that leg alone? (Answer from what you have noticed: please do not hop to test it.)",
    ),
    q(
        "unexplained_weight_loss",
        "TRIAGE-3",
        TriageLevel::Soon,
        "Have you lost weight without trying?",
    ),
    q("history_of_cancer", "TRIAGE-3", TriageLevel::Soon, "Have you ever had cancer?"),
    q(
        "constant_night_pain",
        "TRIAGE-3",
        TriageLevel::Soon,
        "Is the pain there every night, whatever position you lie in?",
    ),
    q(
        "long_morning_stiffness_or_many_joints",
        "TRIAGE-3",
        TriageLevel::Soon,
        "Are you stiff for more than 30–60 minutes in the morning, or do several joints ache?",
    ),
    q("sharp_pain", "TRIAGE-4", TriageLevel::Physio, "Is the pain sharp?"),
    q(
        "severe_pain",
        "TRIAGE-4",
        TriageLevel::Physio,
        "Is the pain severe (7 out of 10 or more, runwell's default for severe)?",
    ),
    q(
        "limits_daily_life",
        "TRIAGE-4",
        TriageLevel::Physio,
        "Does the pain get in the way of everyday activities?",
    ),
    q(
        "clicking_catching_locking",
        "TRIAGE-4",
        TriageLevel::Physio,
        "Does groin pain come with clicking, catching or locking in the hip?",
    ),
    q(
        "pain_on_single_leg_stand",
        "TRIAGE-7",
        TriageLevel::SelfManage,
        "If you stand on the painful leg for 30 seconds (hold on to something for balance), does the outer hip hurt within that time?",
    ),
];

pub fn question(key: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.key == key)
}

/// A stored answer. `seq` orders answers given on the same day (later wins).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub key: String,
    pub yes: bool,
    pub day: LocalDay,
    pub seq: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriageReason {
    pub rule: &'static str,
    pub level: TriageLevel,
    /// The question's key when the reason is an answer; `None` when it comes from the diary.
    pub key: Option<&'static str>,
    pub message: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriageResult {
    pub level: TriageLevel,
    pub running_suspended: bool,
    pub what_to_do: &'static str,
    pub reasons: Vec<TriageReason>,
    /// The current answer to each question answered so far (latest on or before the day).
    pub answers: Vec<(String, bool, LocalDay)>,
    pub improvement: Option<Improvement>,
}

/// The latest answer to each question given on or before `today`.
pub fn current_answers(answers: &[Answer], today: LocalDay) -> Vec<&Answer> {
    let mut latest: Vec<&Answer> = Vec::new();
    for answer in answers.iter().filter(|a| a.day <= today && question(&a.key).is_some()) {
        match latest.iter_mut().find(|a| a.key == answer.key) {
            Some(slot) if (answer.day, answer.seq) > (slot.day, slot.seq) => *slot = answer,
            Some(_) => {}
            None => latest.push(answer),
        }
    }
    latest.sort_by_key(|a| QUESTIONS.iter().position(|q| q.key == a.key));
    latest
}

/// NRS-1: the pain episode's baseline week against the last 7 days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Improvement {
    pub episode_start: LocalDay,
    pub days: i32,
    pub baseline_mean: f64,
    pub current_mean: Option<f64>,
    pub meaningful: bool,
}

/// Each day's pain in daily life: the highest morning or daily score logged that day.
fn daily_pain(history: &History, day: LocalDay) -> Option<f64> {
    history
        .pain
        .iter()
        .filter(|p| p.day == day && matches!(p.moment, PainMoment::Morning | PainMoment::Daily))
        .map(|p| f64::from(p.score.value()))
        .reduce(f64::max)
}

/// The mean of each day's pain in daily life over `from..=to` (days with no entry left out).
pub fn mean_daily_pain(history: &History, from: LocalDay, to: LocalDay) -> Option<f64> {
    let days = to.days_since(from) + 1;
    let values: Vec<f64> =
        (0..days).filter_map(|i| daily_pain(history, from.plus_days(i))).collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// NRS-1: a fall of at least 2 points, or of at least 30 %, from the baseline mean.
pub fn is_meaningful(baseline: f64, current: f64, t: &Thresholds) -> bool {
    let fall = baseline - current;
    fall >= t.nrs_points - 1e-9 || (baseline > 0.0 && fall / baseline >= t.nrs_fraction - 1e-9)
}

/// The current episode: from the first morning or daily pain at or above the episode threshold
/// within the look-back.
pub fn improvement(history: &History, today: LocalDay, t: &Thresholds) -> Option<Improvement> {
    improvement_on(&Days::new(history, today, t), t)
}

/// [`improvement`] on `days.today`, with the diary already read (nothing after the day).
pub(crate) fn improvement_on(read: &Days<'_>, t: &Thresholds) -> Option<Improvement> {
    let today = read.today;
    let from = today.plus_days(-t.episode_lookback_days);
    let (start, _) = read.daily_life(from, today).find(|(_, s)| *s >= t.episode_min_pain)?;
    let baseline = read.mean_daily_life(start, start.plus_days(6))?;
    let days = today.days_since(start);
    // The current week must not overlap the baseline week.
    let current = (days >= 13).then(|| read.mean_daily_life(today.plus_days(-6), today)).flatten();
    let meaningful = current.is_some_and(|c| is_meaningful(baseline, c, t));
    Some(Improvement {
        episode_start: start,
        days,
        baseline_mean: baseline,
        current_mean: current,
        meaningful,
    })
}

/// The triage level on `today` from the answers and the diary.
pub fn evaluate(
    answers: &[Answer],
    history: &History,
    today: LocalDay,
    t: &Thresholds,
) -> TriageResult {
    // DATA-9: entries dated after the day are ignored (the day-by-day view leaves them out).
    evaluate_on(answers, &Days::new(history, today, t), t)
}

/// [`evaluate`] on `days.today`, with the diary already read.
pub(crate) fn evaluate_on(answers: &[Answer], days: &Days<'_>, t: &Thresholds) -> TriageResult {
    let today = days.today;
    let current = current_answers(answers, today);
    let red_flag = current.iter().any(|a| {
        a.yes
            && question(&a.key)
                .is_some_and(|q| matches!(q.rule, "TRIAGE-1" | "TRIAGE-2" | "TRIAGE-3"))
    });
    let mut reasons = Vec::new();
    for answer in current.iter().filter(|a| a.yes) {
        let Some(q) = question(&answer.key) else { continue };
        if q.rule == "TRIAGE-7" {
            // Only meaningful when no TRIAGE-1…3 flag is raised.
            if !red_flag {
                reasons.push(TriageReason {
                    rule: q.rule,
                    level: TriageLevel::SelfManage,
                    key: Some(q.key),
                    message: Text::new("triage-single-leg"),
                });
            }
            continue;
        }
        reasons.push(TriageReason {
            rule: q.rule,
            level: q.level,
            key: Some(q.key),
            message: Text::new("triage-answered-yes")
                .with("day", answer.day)
                .with("question", Text::new(q.key)),
        });
    }
    diary_reasons(days, &current, t, &mut reasons);
    let improvement = improvement_on(days, t);
    if let Some(imp) = &improvement {
        no_improvement_reasons(imp, t, &mut reasons);
    }
    let level = match reasons.iter().map(|r| r.level).max() {
        Some(level) => level,
        None if current.is_empty() => TriageLevel::None,
        None => TriageLevel::SelfManage,
    };
    reasons.sort_by_key(|r| std::cmp::Reverse(r.level));
    TriageResult {
        level,
        running_suspended: level.suspends_running(),
        what_to_do: level.what_to_do(),
        reasons,
        answers: current.iter().map(|a| (a.key.clone(), a.yes, a.day)).collect(),
        improvement,
    }
}

/// Whether the current answer to `key` was given on or after `day`: a check newer than a sign
/// in the diary answers it (DATA-6, DATA-8).
fn answered_since(current: &[&Answer], key: &str, day: LocalDay) -> bool {
    current.iter().any(|a| a.key == key && a.day >= day)
}

/// Signs in the diary: TRIAGE-4's (held for 14 days, DATA-8, with exercise-session pain
/// counting, DATA-7), night pain on several nights (TRIAGE-2, DATA-6), and the PAIN actions'
/// "red twice in 7 days".
fn diary_reasons(
    days: &Days<'_>,
    current: &[&Answer],
    t: &Thresholds,
    reasons: &mut Vec<TriageReason>,
) {
    let today = days.today;
    let from = today.plus_days(-(t.diary_flag_days - 1));
    let recent: Vec<_> = days.logged(from, today).collect();
    let days_held = || Text::new("count-days").with("count", t.diary_flag_days);
    let held =
        Text::new("triage-held").with("held", days_held()).with("default", default_of(days_held()));
    // The latest severe score, from the diary or from an exercise session.
    let severe = recent
        .iter()
        .map(|(day, l)| (*day, l.highest))
        .chain(days.session_pain(from, today))
        .filter(|(_, s)| *s >= t.severe_pain)
        .max();
    if let Some((day, score)) = severe
        && !answered_since(current, "severe_pain", day)
    {
        reasons.push(TriageReason {
            rule: "TRIAGE-4",
            level: TriageLevel::Physio,
            key: None,
            message: Text::new("triage-severe")
                .with("score", Arg::Score(f64::from(score), 0))
                .with("day", day)
                .with("severe", Arg::Score(f64::from(t.severe_pain), 0))
                .with("default", default_of(Arg::Score(f64::from(t.severe_pain), 0)))
                .with("held", held.clone()),
        });
    }
    let latest = |sign: &dyn Fn(&Logged) -> bool| {
        recent.iter().filter(|(_, l)| sign(l)).map(|(day, _)| *day).max()
    };
    if let Some(day) = latest(&|l| l.limits_daily_life)
        && !answered_since(current, "limits_daily_life", day)
    {
        reasons.push(TriageReason {
            rule: "TRIAGE-4",
            level: TriageLevel::Physio,
            key: None,
            message: Text::new("triage-daily-life").with("day", day).with("held", held.clone()),
        });
    }
    if let Some(day) = latest(&|l| l.sharp)
        && !answered_since(current, "sharp_pain", day)
    {
        reasons.push(TriageReason {
            rule: "TRIAGE-4",
            level: TriageLevel::Physio,
            key: None,
            message: Text::new("triage-sharp").with("day", day).with("held", held.clone()),
        });
    }
    if let Some(night) = urgent_nights(days, current, t) {
        reasons.push(TriageReason {
            rule: "TRIAGE-2",
            level: TriageLevel::Urgent,
            key: None,
            message: night,
        });
    }
    let reds = crate::pain::red_days(days, t);
    if reds.len() >= t.red_repeat_count {
        reasons.push(TriageReason {
            rule: "PAIN-2",
            level: TriageLevel::Physio,
            key: None,
            message: Text::new("triage-red-repeat")
                .with("count", reds.len())
                .with("days", t.red_repeat_days)
                .with(
                    "default",
                    default_of(
                        Text::new("triage-times-in-days")
                            .with("count", t.red_repeat_count)
                            .with("days", t.red_repeat_days),
                    ),
                ),
        });
    }
}

/// DATA-6: the nights in the window with pain at or above the night threshold, newest last.
pub(crate) fn nights_of(days: &Days<'_>, t: &Thresholds) -> Vec<(LocalDay, u8)> {
    days.painful_nights(
        days.today.plus_days(-(t.night_window_days - 1)),
        days.today,
        t.night_pain_min,
    )
}

/// DATA-6: such pain on enough of the last nights raises TRIAGE-2 until the runner answers the
/// night/rest question after the latest of them.
fn urgent_nights(days: &Days<'_>, current: &[&Answer], t: &Thresholds) -> Option<Text> {
    let nights = nights_of(days, t);
    let (latest, _) = *nights.last()?;
    if nights.len() < t.night_urgent_count || answered_since(current, "night_or_rest_pain", latest)
    {
        return None;
    }
    let worst = nights.iter().map(|(_, s)| *s).max().unwrap_or(0);
    Some(
        Text::new("triage-nights")
            .with("nights", nights.len())
            .with("count", t.night_window_days)
            .with("worst", Arg::Score(f64::from(worst), 0))
            .with("day", latest)
            .with("min", Arg::Score(f64::from(t.night_pain_min), 0))
            .with("urgent", t.night_urgent_count)
            .with("default", Text::new("triage-night-default")),
    )
}

/// TRIAGE-5 (2 weeks, no improvement at all or worsening) and TRIAGE-6 (6 weeks, no meaningful
/// improvement by NRS-1).
fn no_improvement_reasons(imp: &Improvement, t: &Thresholds, reasons: &mut Vec<TriageReason>) {
    let Some(current) = imp.current_mean else { return };
    if imp.days >= t.no_meaningful_improvement_days && !imp.meaningful {
        reasons.push(TriageReason {
            rule: "TRIAGE-6",
            level: TriageLevel::Physio,
            key: None,
            message: Text::new("triage-no-meaningful-improvement")
                .with("weeks", imp.days / 7)
                .with("day", imp.episode_start)
                .with("current", Arg::Score(current, 1))
                .with("baseline", Arg::Score(imp.baseline_mean, 1)),
        });
    } else if imp.days >= t.no_improvement_days && current >= imp.baseline_mean {
        let worse = current > imp.baseline_mean;
        reasons.push(TriageReason {
            rule: "TRIAGE-5",
            level: TriageLevel::Physio,
            key: None,
            message: Text::new(if worse { "triage-worse" } else { "triage-not-improved" })
                .with("day", imp.episode_start)
                .with("current", Arg::Score(current, 1))
                .with("baseline", Arg::Score(imp.baseline_mean, 1)),
        });
    }
}
