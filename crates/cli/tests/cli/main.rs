//! The `runwell` binary as a runner or a script uses it: commands, output, errors, exit codes.

mod advice;
mod data;
mod database;
mod gaps;
mod import;
mod kit;
mod languages;
mod programme;
mod records;
mod report_lang;
mod support;
mod training;
