//! The ids of the rules in `../shared/EVIDENCE.md`. Code that applies a rule names its id, and
//! the content must cite a source for every id listed here (checked by `runwell-content`).

/// Every rule id in EVIDENCE.md, in the order the document gives them.
pub const RULE_IDS: &[&str] = &[
    "PAIN-1", "PAIN-2", "PAIN-3", "SPIKE-1", "WEEK-1", "WEEK-2", "LOAD-1", "LOAD-2", "LOAD-3",
    "LOAD-4", "LOAD-5", "CAD-1", "CAD-2", "CAD-3", "SHOE-1", "SHOE-2", "SHOE-3", "SHOE-4",
    "TRIAGE-1", "TRIAGE-2", "TRIAGE-3", "TRIAGE-4", "TRIAGE-5", "TRIAGE-6", "TRIAGE-7", "NRS-1",
    "DATA-1", "DATA-2", "DATA-3", "DATA-4", "DATA-5", "DATA-6", "DATA-7", "DATA-8", "DATA-9",
    "PROG-1", "PROG-2", "PROG-3", "PROG-4",
];

/// Whether `id` names a rule in EVIDENCE.md.
pub fn is_rule(id: &str) -> bool {
    RULE_IDS.contains(&id)
}
