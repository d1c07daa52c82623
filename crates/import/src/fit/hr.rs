//! Heart rate kept in separate `hr` messages (chest straps that store beats while swimming, the
//! HRM-Pro plugin) instead of in the records. Each message carries beat times relative to an
//! anchor message that also has an absolute timestamp; the beats are laid out on the FIT clock,
//! short gaps are bridged with the last value, and each record takes the mean of the beats since
//! the record before it (the method of Garmin's SDK, written here from its description).

/// Beat counters are 32-bit with 1/1024 s resolution, so they wrap after this many seconds.
const COUNTER_WRAP_S: f64 = 4_294_967_296.0 / 1024.0;
/// Gaps between beats are bridged in steps of this length...
const GAP_STEP_S: f64 = 0.25;
/// ...at most this many times (5 s).
const GAP_MAX_STEPS: u32 = 20;

/// Heart-rate samples on the FIT clock (s since the FIT epoch), built message by message.
#[derive(Debug, Default)]
pub(super) struct HeartRates {
    anchor: Option<(f64, f64)>,
    /// The last beat time seen, raw (1/1024 s): packed 12-bit beat times count on from it.
    last_raw: Option<u32>,
    samples: Vec<(f64, u8)>,
    pub skipped_messages: u32,
}

impl HeartRates {
    /// Adds one `hr` message: its timestamp (with fraction) if it is an anchor, its beat times
    /// (s, from `event_timestamp`) and its filtered beats per minute, adding no more than `room`
    /// samples. Returns how many it added.
    pub(super) fn add(
        &mut self,
        timestamp: Option<f64>,
        event_times: &[f64],
        bpm: &[u8],
        room: usize,
    ) -> usize {
        let before = self.samples.len();
        if let Some(t) = timestamp {
            match event_times {
                [e] => self.anchor = Some((t, *e)),
                _ => {
                    self.skipped_messages += 1;
                    return 0;
                }
            }
        }
        let Some((anchor_t, anchor_e)) = self.anchor else {
            self.skipped_messages += 1;
            return 0;
        };
        // Each beat adds itself and at most GAP_MAX_STEPS bridging samples.
        let most = event_times.len().saturating_mul(GAP_MAX_STEPS as usize + 1);
        if event_times.len() != bpm.len() || most > room {
            self.skipped_messages += 1;
            return 0;
        }
        for (&e, &b) in event_times.iter().zip(bpm) {
            let e = if e < anchor_e { e + COUNTER_WRAP_S } else { e };
            let t = anchor_t + (e - anchor_e);
            if let Some(&(last_t, last_b)) = self.samples.last() {
                let mut gap = (t - last_t).abs();
                let mut step = 1;
                while gap > GAP_STEP_S && step <= GAP_MAX_STEPS {
                    self.samples.push((last_t + GAP_STEP_S * f64::from(step), last_b));
                    gap -= GAP_STEP_S;
                    step += 1;
                }
            }
            self.samples.push((t, b));
        }
        self.samples.len() - before
    }

    /// Beat times from an `hr` message's full `event_timestamp` values and its packed
    /// `event_timestamp_12` bytes (twelve bits a beat, low bits first, counting on from the last
    /// full value; rustyfit does not expand these), in seconds.
    pub(super) fn beat_times(&mut self, full: &[u32], packed: &[u8]) -> Vec<f64> {
        let mut raw: Vec<u32> = full.to_vec();
        if let Some(&last) = full.last() {
            self.last_raw = Some(last);
        }
        if let Some(mut last) = self.last_raw.filter(|_| !packed.is_empty()) {
            for i in 0..packed.len() * 8 / 12 {
                let bit = i * 12;
                let (Some(&lo), hi) = (packed.get(bit / 8), packed.get(bit / 8 + 1).copied())
                else {
                    break;
                };
                let v = ((u32::from(lo) | u32::from(hi.unwrap_or(0)) << 8) >> (bit % 8)) & 0xFFF;
                last = last.wrapping_add(v.wrapping_sub(last & 0xFFF) & 0xFFF);
                raw.push(last);
            }
            self.last_raw = Some(last);
        }
        raw.into_iter().map(|r| f64::from(r) / 1024.0).collect()
    }

    /// An empty set that goes on from this one's anchor.
    pub(super) fn continuation(&self) -> HeartRates {
        HeartRates { anchor: self.anchor, last_raw: self.last_raw, ..HeartRates::default() }
    }

    /// Adds the beats of another part of a chained file.
    pub(super) fn absorb(&mut self, other: HeartRates) {
        self.samples.extend(other.samples);
        self.skipped_messages += other.skipped_messages;
        if other.anchor.is_some() {
            self.anchor = other.anchor;
        }
        if other.last_raw.is_some() {
            self.last_raw = other.last_raw;
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.samples.is_empty()
    }

    /// Sets each record's heart rate to the rounded mean of the beats in the second before it
    /// (since the previous record's time). Records must be sorted by `time`; a record with no
    /// beats in its window keeps what it had.
    pub(super) fn merge_into<R>(
        mut self,
        records: &mut [R],
        time: impl Fn(&R) -> f64,
        set: impl Fn(&mut R, u8),
    ) {
        self.samples.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut window_start: Option<f64> = None;
        for record in records.iter_mut() {
            let end = time(record);
            let start = match window_start {
                Some(s) if s < end => s,
                _ => end - 1.0,
            };
            let from = self.samples.partition_point(|s| s.0 <= start);
            let (mut sum, mut n) = (0u64, 0u64);
            for &(_, bpm) in self.samples[from..].iter().take_while(|s| s.0 <= end) {
                sum += u64::from(bpm);
                n += 1;
            }
            if n > 0 {
                // Half up, as the SDK rounds.
                set(record, u8::try_from((sum * 2 + n) / (2 * n)).unwrap_or(u8::MAX));
            }
            window_start = Some(end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    struct Rec(f64, Option<u8>);

    fn merged(hr: HeartRates, times: &[f64]) -> Vec<Option<u8>> {
        let mut records: Vec<Rec> = times.iter().map(|&t| Rec(t, None)).collect();
        hr.merge_into(&mut records, |r| r.0, |r, b| r.1 = Some(b));
        records.into_iter().map(|r| r.1).collect()
    }

    #[test]
    fn beats_are_laid_out_from_the_anchor_and_averaged_per_record() {
        let mut hr = HeartRates::default();
        hr.add(Some(100.0), &[10.0], &[60], usize::MAX);
        hr.add(None, &[10.25, 10.5, 10.75, 11.0], &[62, 64, 66, 70], usize::MAX);
        hr.add(None, &[11.5], &[80], usize::MAX);
        // Beats at 100.0, .25, .5, .75, 101.0, then 101.25 bridged with 70 and 101.5 at 80.
        assert_eq!(merged(hr, &[100.0, 101.0, 102.0]), [Some(60), Some(66), Some(75)]);
    }

    #[test]
    fn messages_without_an_anchor_or_with_mismatched_lengths_are_skipped() {
        let mut hr = HeartRates::default();
        hr.add(None, &[1.0], &[60], usize::MAX);
        hr.add(Some(5.0), &[1.0, 2.0], &[60, 61], usize::MAX);
        assert!(hr.is_empty());
        hr.add(Some(5.0), &[1.0], &[60], usize::MAX);
        hr.add(None, &[2.0, 3.0], &[61], usize::MAX);
        assert_eq!(hr.skipped_messages, 3);
        // A message that could add more samples than there is room for is left out whole.
        assert_eq!(hr.add(None, &[6.0, 6.5], &[62, 63], 41), 0);
        assert_eq!(hr.skipped_messages, 4);
        assert_eq!(merged(hr, &[4.0, 5.0, 7.0]), [None, Some(60), None]);
    }

    #[test]
    fn packed_beat_times_count_on_from_the_last_full_one() {
        let mut hr = HeartRates::default();
        assert_eq!(hr.beat_times(&[], &[0x00, 0x04, 0x80]), Vec::<f64>::new(), "no full time yet");
        assert_eq!(hr.beat_times(&[4096 + 100], &[]), [4.09765625]);
        // Two packed values, 0x400 and 0x800 (1024 and 2048 in the low twelve bits).
        let times = hr.beat_times(&[], &[0x00, 0x04, 0x80]);
        assert_eq!(times, [5.0, 6.0]);
        // 0x010 wraps past 0xFFF: the counter moves into the next 4096.
        assert_eq!(hr.beat_times(&[], &[0x10, 0x00]), [8.015625]);
    }

    #[test]
    fn the_counter_wraps() {
        let mut hr = HeartRates::default();
        hr.add(Some(1000.0), &[COUNTER_WRAP_S - 0.5], &[100], usize::MAX);
        hr.add(None, &[0.5], &[110], usize::MAX);
        assert_eq!(merged(hr, &[1001.0]), [Some(103)]);
    }
}
