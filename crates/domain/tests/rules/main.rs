//! runwell's advice rules, checked against EVIDENCE.md: each rule as a table with its
//! boundaries, runners' weeks as scenarios, and properties that must hold for any diary.

mod data_scenarios;
mod data_tables;
mod properties;
mod scenarios;
mod support;
mod tables;
