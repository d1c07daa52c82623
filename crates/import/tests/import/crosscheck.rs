//! For every FIT file the fitparser crate can also decode, its sessions' total distance and
//! timer time agree with runwell's activities within 0.1 %.

use std::io::Read;

use fitparser::Value;
use fitparser::profile::MesgNum;

use crate::common::{outcomes, testdata};

fn number(v: &Value) -> Option<f64> {
    match *v {
        Value::Float64(x) => Some(x),
        Value::Float32(x) => Some(f64::from(x)),
        Value::UInt32(x) => Some(f64::from(x)),
        Value::UInt16(x) => Some(f64::from(x)),
        _ => None,
    }
}

#[test]
fn totals_agree_with_fitparser() {
    let Some(root) = testdata() else { return };
    let mut compared = 0;
    let mut disagreements = Vec::new();
    for entry in std::fs::read_dir(root.join("fit")).unwrap() {
        let path = entry.unwrap().path();
        let raw = std::fs::read(&path).unwrap();
        let bytes = if raw.starts_with(&[0x1f, 0x8b]) {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut out).unwrap();
            out
        } else {
            raw
        };
        let Ok(records) = fitparser::from_bytes(&bytes) else { continue };
        let sessions: Vec<(Option<f64>, Option<f64>)> = records
            .iter()
            .filter(|r| r.kind() == MesgNum::Session)
            .map(|r| {
                let field = |name: &str| {
                    r.fields().iter().find(|f| f.name() == name).and_then(|f| number(f.value()))
                };
                (field("total_distance"), field("total_timer_time"))
            })
            .collect();
        if sessions.is_empty() {
            continue;
        }
        let Some(Ok(parsed)) = outcomes(&path).pop().map(|o| o.result) else {
            disagreements.push(format!("{}: fitparser reads it, runwell does not", path.display()));
            continue;
        };
        if parsed.activities.len() != sessions.len() {
            disagreements.push(format!(
                "{}: {} sessions, {} activities",
                path.display(),
                sessions.len(),
                parsed.activities.len()
            ));
            continue;
        }
        let agree = |a: f64, b: f64| (a - b).abs() <= 0.001 * b.abs() + 0.01;
        for ((distance, timer), a) in sessions.iter().zip(&parsed.activities) {
            if let Some(d) = distance
                && !agree(a.distance.get(), *d)
            {
                disagreements.push(format!(
                    "{}: distance {} vs {d}",
                    path.display(),
                    a.distance.get()
                ));
            }
            if let Some(t) = timer
                && !agree(a.moving_time.get(), *t)
            {
                disagreements.push(format!(
                    "{}: timer {} vs {t}",
                    path.display(),
                    a.moving_time.get()
                ));
            }
            compared += 1;
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
    assert!(compared >= 40, "only {compared} sessions compared");
    eprintln!("{compared} sessions agree with fitparser");
}
