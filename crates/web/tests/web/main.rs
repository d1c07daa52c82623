//! Handler tests: every route through the whole router (security layers included), driven with
//! `tower::ServiceExt::oneshot` against a fresh database per test.

mod charts;
mod gaps;
mod import;
mod languages;
mod languages_records;
mod languages_report;
mod languages_server;
mod log;
mod pages;
mod pairing;
mod phone;
mod records;
mod report;
mod security;
mod serve;
mod server;
mod server_tls;
mod session;
mod settings;
mod support;
