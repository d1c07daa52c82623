//! Who a request comes from, for the page layout: set by the gate (`auth.rs`) for the whole
//! of a request's handling and read by `views::Layout`. A leaf: it names no other module.

use runwell_app::Account;

/// Who a request comes from, for the page layout.
#[derive(Debug, Clone)]
pub(crate) enum Who {
    /// The runner on her own machine (no accounts).
    Local,
    /// Server mode, not signed in.
    Visitor,
    /// Local mode, a phone on the home network not paired yet (`lan.rs`).
    Unpaired,
    /// Server mode, signed in.
    Signed(Account),
    /// A clinician reading a sharing runner's record.
    Reading { clinician: Account, runner_id: i64, runner_name: String },
}

tokio::task_local! {
    pub(crate) static WHO: Who;
}

/// Who the request being answered comes from (`Local` outside server mode).
pub(crate) fn who() -> Who {
    WHO.try_with(Clone::clone).unwrap_or(Who::Local)
}
