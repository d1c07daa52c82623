//! runwell-import's integration tests: every file of the shared test corpus, the values its
//! source projects assert, a cross-check against fitparser, hostile input and the walker.

mod common;
mod crosscheck;
mod expected;
mod exports;
mod hostile;
mod limits;
mod parallel;
mod table;
