//! Gathering what runwell needs from a FIT file's messages as they stream past, reading fields
//! by number so that no record costs an allocation.

use rustyfit::profile::typedef::MesgNum;
use rustyfit::proto::{Message, Value};

use super::hr::HeartRates;

/// A record message, reduced to runwell's channels in FIT's own units.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Rec {
    /// Seconds since the FIT epoch (or since the device started, below 0x10000000).
    pub t: u32,
    /// Semicircles.
    pub pos: Option<(i32, i32)>,
    pub altitude_m: Option<f32>,
    pub hr: Option<u8>,
    /// Per leg for running (rpm), with `fractional_cadence` in 1/128.
    pub cadence: Option<f32>,
    pub distance_cm: Option<u32>,
    pub speed_mm_s: Option<u32>,
    pub activity_type: Option<u8>,
}

/// A field's value as a record message needs it: an unsigned number (`None` where it holds
/// FIT's "invalid"), a signed 32-bit one, bytes, or anything else.
#[derive(Debug, Clone, Copy)]
pub(super) enum Small<'a> {
    Uint(Option<u32>),
    Int32(i32),
    Bytes(&'a [u8]),
    Other,
}

impl<'a> Small<'a> {
    fn of(v: &'a Value) -> Small<'a> {
        match v {
            Value::Uint8(_) | Value::Uint16(_) | Value::Uint32(_) => Small::Uint(uint(v)),
            Value::Int32(x) => Small::Int32(*x),
            Value::ArrayUint8(b) => Small::Bytes(b),
            _ => Small::Other,
        }
    }
}

/// What a record message says, field by field, before it becomes a `Rec`. A field met twice
/// counts as its last.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct RecordFields {
    t: Option<u32>,
    lat: Option<i32>,
    lon: Option<i32>,
    altitude: Option<u32>,
    enhanced_altitude: Option<u32>,
    hr: Option<u8>,
    cadence: Option<u32>,
    fraction: Option<u32>,
    distance_cm: Option<u32>,
    speed: Option<u32>,
    enhanced_speed: Option<u32>,
    activity_type: Option<u8>,
    compressed: Option<u32>,
}

impl RecordFields {
    /// Takes field `num` of a record message.
    pub(super) fn take(&mut self, num: u8, v: Small<'_>) {
        let u = match v {
            Small::Uint(u) => u,
            _ => None,
        };
        match (num, v) {
            (253, _) if u.is_some() => self.t = u,
            (0, Small::Int32(x)) if x != i32::MAX => self.lat = Some(x),
            (1, Small::Int32(x)) if x != i32::MAX => self.lon = Some(x),
            (2, _) => self.altitude = u,
            (78, _) => self.enhanced_altitude = u,
            (3, _) => self.hr = u.and_then(|h| u8::try_from(h).ok()).filter(|&h| h > 0),
            (4, _) => self.cadence = u,
            (53, _) => self.fraction = u,
            (5, _) => self.distance_cm = u,
            (6, _) => self.speed = u,
            (73, _) => self.enhanced_speed = u,
            (42, _) => self.activity_type = u.and_then(|a| u8::try_from(a).ok()),
            (8, Small::Bytes(b)) if b.len() == 3 && b.iter().any(|&x| x != 0xff) => {
                self.compressed =
                    Some(u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16);
            }
            _ => {}
        }
    }
}

/// A session message: one activity's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Session {
    pub start: Option<u32>,
    pub end: Option<u32>,
    pub sport: u8,
    pub sub_sport: u8,
    pub elapsed_s: Option<f64>,
    pub timer_s: Option<f64>,
    pub moving_s: Option<f64>,
    pub distance_m: Option<f64>,
    pub ascent_m: Option<f64>,
    pub descent_m: Option<f64>,
    pub avg_hr: Option<u8>,
    pub max_hr: Option<u8>,
    /// Per leg for running, as the device writes it.
    pub avg_cadence: Option<f64>,
}

/// What a file may still add, against `Limits::max_samples_per_file` (records, timer events,
/// heart beats) and `max_activities_per_file` (sessions). A chained file's parts share one.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Room {
    samples: usize,
    sessions: usize,
}

impl Room {
    pub(super) fn new(limits: &crate::Limits) -> Room {
        Room { samples: limits.max_samples_per_file, sessions: limits.max_activities_per_file }
    }
}

/// Everything kept from one or more FIT files (a chained file's parts are merged).
#[derive(Debug, Default)]
pub(super) struct Collected {
    pub file_type: Option<u8>,
    pub records: Vec<Rec>,
    pub sessions: Vec<Session>,
    /// `(sport, sub_sport)` of the first lap or `sport` message, for files without a session.
    pub sport_hint: Option<(u8, u8)>,
    /// Timer starts (`true`) and stops (`false`).
    pub timer_events: Vec<(u32, bool)>,
    /// `(timestamp, local_timestamp)` of the activity message.
    pub activity_times: Option<(u32, u32)>,
    pub device: Option<(Option<u16>, Option<u16>, Option<String>)>,
    pub creator: Option<(Option<u16>, Option<u16>, Option<String>)>,
    pub heart_rates: HeartRates,
    /// The running total of `compressed_speed_distance`'s 12-bit distance counter (1/16 m).
    compressed_distance: Option<u32>,
    /// Messages left out because the file had no more room for them.
    pub dropped: usize,
    room: Room,
}

fn field(m: &Message, num: u8) -> Option<&Value> {
    m.fields.iter().find(|f| f.num == num).map(|f| &f.value)
}

/// An unsigned value that is not FIT's "invalid" (all bits set).
fn uint(v: &Value) -> Option<u32> {
    match *v {
        Value::Uint8(x) if x != u8::MAX => Some(x.into()),
        Value::Uint16(x) if x != u16::MAX => Some(x.into()),
        Value::Uint32(x) if x != u32::MAX => Some(x),
        _ => None,
    }
}

fn get_u32(m: &Message, num: u8) -> Option<u32> {
    field(m, num).and_then(uint)
}

fn get_u16(m: &Message, num: u8) -> Option<u16> {
    get_u32(m, num).and_then(|v| u16::try_from(v).ok())
}

fn get_u8(m: &Message, num: u8) -> Option<u8> {
    get_u32(m, num).and_then(|v| u8::try_from(v).ok())
}

fn get_str(m: &Message, num: u8) -> Option<String> {
    match field(m, num)? {
        Value::String(s) => {
            Some(s.trim_matches(char::from(0)).trim().to_owned()).filter(|s| !s.is_empty())
        }
        _ => None,
    }
}

/// The values of a field that may be one value or an array of them.
fn each_uint(v: Option<&Value>, mut f: impl FnMut(u32)) {
    match v {
        Some(Value::ArrayUint8(a)) => a.iter().for_each(|&x| f(x.into())),
        Some(Value::ArrayUint16(a)) => a.iter().for_each(|&x| f(x.into())),
        Some(Value::ArrayUint32(a)) => a.iter().for_each(|&x| f(x)),
        Some(v) => {
            if let Some(x) = uint(v) {
                f(x)
            }
        }
        None => {}
    }
}

impl Collected {
    /// Takes one message. Messages of a file that is not an activity are ignored; its type is
    /// kept so that the caller can say what the file was.
    pub(super) fn on_message(&mut self, m: &Message) {
        if m.num == MesgNum::FILE_ID {
            self.file_type = get_u8(m, 0);
            if self.device.is_none() {
                self.device = Some((get_u16(m, 1), get_u16(m, 2), get_str(m, 8)));
            }
            return;
        }
        if self.file_type.is_some_and(|t| t != 4) {
            return;
        }
        match m.num {
            MesgNum::RECORD => self.on_record(m),
            MesgNum::HR => self.on_hr(m),
            MesgNum::SESSION if self.room.sessions == 0 => self.dropped += 1,
            MesgNum::SESSION => {
                self.room.sessions -= 1;
                self.sessions.push(Session {
                    start: get_u32(m, 2),
                    end: get_u32(m, 253),
                    sport: get_u8(m, 5).unwrap_or(0),
                    sub_sport: get_u8(m, 6).unwrap_or(0),
                    elapsed_s: get_u32(m, 7).map(|v| f64::from(v) / 1000.0),
                    timer_s: get_u32(m, 8).map(|v| f64::from(v) / 1000.0),
                    moving_s: get_u32(m, 59).map(|v| f64::from(v) / 1000.0),
                    distance_m: get_u32(m, 9).map(|v| f64::from(v) / 100.0),
                    ascent_m: get_u16(m, 22).map(f64::from),
                    descent_m: get_u16(m, 23).map(f64::from),
                    avg_hr: get_u8(m, 16),
                    max_hr: get_u8(m, 17),
                    avg_cadence: get_u8(m, 18).map(|c| {
                        f64::from(c) + get_u8(m, 92).map_or(0.0, |f| f64::from(f) / 128.0)
                    }),
                })
            }
            MesgNum::LAP if self.sport_hint.is_none() => {
                if let Some(sport) = get_u8(m, 25) {
                    self.sport_hint = Some((sport, get_u8(m, 39).unwrap_or(0)));
                }
            }
            MesgNum::SPORT if self.sport_hint.is_none() => {
                if let Some(sport) = get_u8(m, 0) {
                    self.sport_hint = Some((sport, get_u8(m, 1).unwrap_or(0)));
                }
            }
            MesgNum::EVENT => {
                // Timer events (event 0): start is 0, the stops are 1, 4, 8 and 9.
                if let (Some(0), Some(kind), Some(t)) =
                    (get_u8(m, 0), get_u8(m, 1), get_u32(m, 253))
                {
                    let start = match kind {
                        0 => true,
                        1 | 4 | 8 | 9 => false,
                        _ => return,
                    };
                    if self.room.samples == 0 {
                        self.dropped += 1;
                        return;
                    }
                    self.room.samples -= 1;
                    self.timer_events.push((t, start));
                }
            }
            MesgNum::ACTIVITY => {
                if let (Some(t), Some(local)) = (get_u32(m, 253), get_u32(m, 5)) {
                    self.activity_times = Some((t, local));
                }
            }
            MesgNum::DEVICE_INFO if self.creator.is_none() && get_u8(m, 0) == Some(0) => {
                self.creator = Some((get_u16(m, 2), get_u16(m, 4), get_str(m, 27)));
            }
            _ => {}
        }
    }

    fn on_record(&mut self, m: &Message) {
        let mut fields = RecordFields::default();
        for f in &m.fields {
            fields.take(f.num, Small::of(&f.value));
        }
        self.record_fields(&fields);
    }

    /// Takes a record message whose fields were read straight from the file's bytes (the
    /// decoder's fast path): the same as `on_message` with the message itself.
    pub(super) fn on_record_fields(&mut self, fields: &RecordFields) {
        if self.file_type.is_some_and(|t| t != 4) {
            return;
        }
        self.record_fields(fields);
    }

    fn record_fields(&mut self, fields: &RecordFields) {
        let Some(t) = fields.t else { return };
        if self.room.samples == 0 {
            self.dropped += 1;
            return;
        }
        self.room.samples -= 1;
        let mut r = Rec {
            t,
            hr: fields.hr,
            distance_cm: fields.distance_cm,
            activity_type: fields.activity_type,
            ..Rec::default()
        };
        // Null Island is where receivers without a fix put you.
        r.pos = match (fields.lat, fields.lon) {
            (Some(0), Some(0)) | (None, _) | (_, None) => None,
            (Some(lat), Some(lon)) => Some((lat, lon)),
        };
        // Altitude: scale 5, offset 500 m.
        r.altitude_m = fields
            .enhanced_altitude
            .or(fields.altitude)
            .map(|a| (f64::from(a) / 5.0 - 500.0) as f32);
        r.cadence =
            fields.cadence.map(|c| c as f32 + fields.fraction.map_or(0.0, |f| f as f32 / 128.0));
        r.speed_mm_s = fields.enhanced_speed.or(fields.speed);
        if let Some(v) = fields.compressed {
            // Old foot-pod watches pack speed (12 bits, 1/100 m/s) and a distance counter (12
            // bits, 1/16 m, rolling over) into three bytes; the counter accumulates.
            let counter = (v >> 12) & 0xfff;
            let total = match self.compressed_distance {
                Some(total) => total.wrapping_add(counter.wrapping_sub(total & 0xfff) & 0xfff),
                None => counter,
            };
            self.compressed_distance = Some(total);
            r.speed_mm_s = r.speed_mm_s.or(Some((v & 0xfff) * 10));
            r.distance_cm = r.distance_cm.or(Some(((u64::from(total) * 25 + 2) / 4) as u32));
        }
        self.records.push(r);
    }

    fn on_hr(&mut self, m: &Message) {
        let timestamp = get_u32(m, 253)
            .map(|t| f64::from(t) + get_u32(m, 0).map_or(0.0, |f| f64::from(f) / 32768.0));
        let mut full = Vec::new();
        each_uint(field(m, 9), |e| full.push(e));
        let packed = match field(m, 10) {
            Some(Value::ArrayUint8(bytes)) => &bytes[..],
            _ => &[],
        };
        let times = self.heart_rates.beat_times(&full, packed);
        let mut bpm = Vec::new();
        each_uint(field(m, 6), |b| bpm.push(u8::try_from(b).unwrap_or(u8::MAX)));
        let added = self.heart_rates.add(timestamp, &times, &bpm, self.room.samples);
        self.room.samples -= added.min(self.room.samples);
    }

    /// A fresh collector for the next part of a chained file: a part without its own `file_id`
    /// is of the same type, and heart-rate beats may still count from the last anchor.
    pub(super) fn continuation(&self) -> Collected {
        Collected {
            file_type: self.file_type,
            heart_rates: self.heart_rates.continuation(),
            compressed_distance: self.compressed_distance,
            room: self.room,
            ..Collected::default()
        }
    }

    /// A collector with room for what `limits` allow.
    pub(super) fn new(limits: &crate::Limits) -> Collected {
        Collected { room: Room::new(limits), ..Collected::default() }
    }

    /// Adds another part of a chained file. The first part's device and file type stand.
    pub(super) fn absorb(&mut self, other: Collected) {
        self.file_type = other.file_type.or(self.file_type);
        if self.records.is_empty() {
            self.records = other.records;
        } else {
            self.records.extend(other.records);
        }
        self.sessions.extend(other.sessions);
        self.sport_hint = self.sport_hint.or(other.sport_hint);
        self.timer_events.extend(other.timer_events);
        self.dropped += other.dropped;
        self.room = other.room;
        self.activity_times = self.activity_times.or(other.activity_times);
        self.device = self.device.take().or(other.device);
        self.creator = self.creator.take().or(other.creator);
        self.heart_rates.absorb(other.heart_rates);
        self.compressed_distance = other.compressed_distance.or(self.compressed_distance);
    }
}
