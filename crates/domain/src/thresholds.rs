//! Every number the advice rules use, in one place, each with the EVIDENCE.md rule it comes from.
//!
//! Values marked *(default)* in EVIDENCE.md are product choices, not findings; they are fields
//! here so that a clinician can change them, and the advice says so where it shows them.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Thresholds {
    /// PAIN-1/PAIN-2 lights: pain during or after up to this is green *(default; some clinicians
    /// use 3)*.
    pub pain_green_max: u8,
    /// PAIN-1/PAIN-2: pain during or after may reach 5/10; above is outside the model (red).
    pub pain_amber_max: u8,
    /// PAIN-2: next-morning pain counts as settled when it is no more than the runner's usual
    /// morning level plus this *(default 0)*.
    pub morning_settled_margin: u8,
    /// PAIN-2: the usual morning level when fewer than `usual_morning_min_entries` mornings
    /// are known *(default: the green limit)*, but never above the highest of those known, so
    /// that a morning left out never makes the usual level more forgiving (DATA: a gap never
    /// makes the light greener).
    pub usual_morning_default: u8,
    pub usual_morning_min_entries: usize,
    /// PAIN-2: mornings looked at for the usual level.
    pub usual_morning_days: i32,
    /// PAIN-3: a rise of this many points in the 7-day mean of next-morning pain counts as
    /// increasing *(default 1)*.
    pub pain_weekly_rise: f64,
    /// PAIN-3: entries needed in each 7-day window before the trend is judged *(default 1: with
    /// a higher count, leaving one morning out would hide a rise)*.
    pub pain_weekly_min_entries: usize,
    /// PAIN actions: red this many times within `red_repeat_days` suggests professional review
    /// *(default: twice in 7 days)*.
    pub red_repeat_count: usize,
    pub red_repeat_days: i32,
    /// How far back the last run is looked for when judging spikes, and for missing entries to
    /// ask for *(default)*.
    pub recent_run_days: i32,

    /// DATA-1: an "after" entry dated up to this many days after a run (with no run of its own
    /// that day) still counts for the run: "by the end of the next day" *(default 1)*.
    pub pain_entry_grace_days: i32,
    /// DATA-2: the morning check uses the first morning entry in this many days after the run
    /// *(default 2)*.
    pub morning_check_days: i32,
    /// DATA-3: settled mornings in a row, with no new run judged, that turn a red day into amber
    /// ("return at the last load that stayed green") *(default 2)*.
    pub settled_mornings_to_amber: i32,
    /// DATA-6: night pain at or above this is a TRIAGE-2 sign *(default 3)*.
    pub night_pain_min: u8,
    /// DATA-6: the nights looked at *(default 7)*…
    pub night_window_days: i32,
    /// …and on how many of them such pain raises TRIAGE-2 to urgent *(default 2)*.
    pub night_urgent_count: usize,

    /// SPIKE-1: the window for the longest single run.
    pub spike_window_days: i32,
    /// SPIKE-1: a spike up to this is green.
    pub spike_green_max: f64,
    /// SPIKE-1: above green and up to this is amber; above is red.
    pub spike_amber_max: f64,
    /// SPIKE-1: above this the strongest wording (hazard ratio 2.28).
    pub spike_severe: f64,
    /// SPIKE-1: today's suggested cap is this times the longest run of the previous 30 days.
    pub spike_cap_factor: f64,

    /// WEEK-1 and DATA-9: the days in a week window (the 7 days ending today, and the 7 before).
    pub week_days: i32,
    /// WEEK-1: weekly distance up by more than this against the previous week is amber.
    pub week_change_amber: f64,
    /// WEEK-2: the optional conservative weekly cap ("10 % rule"), labelled as such.
    pub week_conservative_cap: f64,

    /// LOAD-1: RPE assumed for a session without one when the runner has rated none
    /// *(default: 4, "somewhat hard" on CR-10)*.
    pub rpe_fallback: u8,
    /// LOAD-2: EWMA spans in days.
    pub acute_days: u32,
    pub chronic_days: u32,
    /// LOAD-3: days of data before a ratio is shown.
    pub ratio_min_days: i32,
    /// LOAD-3: an amber hint only above this ratio (Gabbett 2016).
    pub ratio_amber: f64,

    /// TRIAGE-4: pain at or above this counts as severe *(default 7)*.
    pub severe_pain: u8,
    /// DATA-8: a TRIAGE-4 sign from the diary (severe, sharp, limits daily life) stays raised
    /// this many days after its latest entry, or until a newer check answers it *(default 14)*.
    pub diary_flag_days: i32,
    /// TRIAGE-5: days after which no improvement at all suggests clinician review.
    pub no_improvement_days: i32,
    /// TRIAGE-6: days after which no meaningful improvement suggests physiotherapy.
    pub no_meaningful_improvement_days: i32,
    /// TRIAGE-5/6: how far back a pain episode may start *(default)*.
    pub episode_lookback_days: i32,
    /// TRIAGE-5/6: an episode starts with the first morning or daily pain at or above this, so a
    /// steady niggle of 1–2/10 is not sent for review *(default: just above the green limit)*.
    pub episode_min_pain: u8,

    /// CAD-2: the first cadence target is the baseline times this (+5 %).
    pub cadence_step1: f64,
    /// CAD-2: the second target range, +7.5 % to +10 % (Willy 2016 used +7.5 %).
    pub cadence_step2_low: f64,
    pub cadence_step2_high: f64,
    /// CAD-3: a running cadence under this many steps/min was most likely not doubled.
    pub cadence_undoubled_below: f64,
    /// CAD-1: easy runs (RPE at most this) make the baseline *(default)*.
    pub easy_rpe_max: u8,
    /// CAD-1: the baseline is the median of up to this many recent easy runs…
    pub cadence_baseline_runs: usize,
    /// …within this many days…
    pub cadence_baseline_days: i32,
    /// …and needs at least this many *(default)*.
    pub cadence_baseline_min_runs: usize,
    /// CAD-2: retest after 2–4 weeks *(default 3)*.
    pub cadence_retest_weeks: i32,
    /// CAD-1: the slowest speed counted as running when a run's cadence is taken from its
    /// samples (1.4 m/s, about 12 min/km): slower stretches are walking breaks or standing
    /// *(default)*.
    pub cadence_running_speed_m_s: f64,
    /// Surfaces: the share of a week's kilometres on road or track above which the article's
    /// softer-ground tip is shown when pain is amber or red *(default)*.
    pub hard_surface_share: f64,

    /// PROG-1: 2–3 strength sessions a week; a week is met with this many done, or with all
    /// planned when fewer were planned.
    pub strength_sessions_floor: u32,

    /// SHOE-2: a pair counts as in use (and gets its inspect and replace notes) for this many
    /// days after its last run *(default)*.
    pub shoe_in_use_days: i32,
    /// SHOE-3: the days looked at for rotation *(default)*…
    pub shoe_rotation_days: i32,
    /// …and the runs in them, all in one pair, before rotating is suggested *(default)*.
    pub shoe_rotation_min_runs: usize,

    /// NRS-1: meaningful improvement is a fall of at least this many points…
    pub nrs_points: f64,
    /// NRS-1: …or at least this fraction of the baseline week's mean.
    pub nrs_fraction: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            pain_green_max: 2,
            pain_amber_max: 5,
            morning_settled_margin: 0,
            usual_morning_default: 2,
            usual_morning_min_entries: 3,
            usual_morning_days: 14,
            pain_weekly_rise: 1.0,
            pain_weekly_min_entries: 1,
            red_repeat_count: 2,
            red_repeat_days: 7,
            recent_run_days: 7,
            pain_entry_grace_days: 1,
            morning_check_days: 2,
            settled_mornings_to_amber: 2,
            night_pain_min: 3,
            night_window_days: 7,
            night_urgent_count: 2,
            spike_window_days: 30,
            spike_green_max: 0.10,
            spike_amber_max: 0.30,
            spike_severe: 1.00,
            spike_cap_factor: 1.10,
            week_days: 7,
            week_change_amber: 0.30,
            week_conservative_cap: 0.10,
            rpe_fallback: 4,
            acute_days: 7,
            chronic_days: 28,
            ratio_min_days: 28,
            ratio_amber: 1.5,
            severe_pain: 7,
            diary_flag_days: 14,
            no_improvement_days: 14,
            no_meaningful_improvement_days: 42,
            episode_lookback_days: 120,
            episode_min_pain: 3,
            cadence_step1: 1.05,
            cadence_step2_low: 1.075,
            cadence_step2_high: 1.10,
            cadence_undoubled_below: 100.0,
            easy_rpe_max: 4,
            cadence_baseline_runs: 10,
            cadence_baseline_days: 90,
            cadence_baseline_min_runs: 3,
            cadence_retest_weeks: 3,
            cadence_running_speed_m_s: 1.4,
            hard_surface_share: 0.5,
            strength_sessions_floor: 2,
            shoe_in_use_days: 30,
            shoe_rotation_days: 60,
            shoe_rotation_min_runs: 4,
            nrs_points: 2.0,
            nrs_fraction: 0.30,
        }
    }
}
