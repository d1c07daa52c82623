//! The use cases runwell's front ends share: set up the profile, read the programme, show a
//! routine at the runner's levels, log runs and pain, and answer today's question with the
//! evidence rules (`today`, `check`, `trend`).
//!
//! A CLI command or a web handler parses its input, calls one function here and renders what
//! comes back; nothing a runner can do is written twice. [`App`] holds the open [`Store`] and the
//! embedded programme. This crate may depend on domain, content and store, never on a front end.

mod advice;
mod error;
mod logging;
mod profile;
mod programme;

pub use advice::{
    AnswerView, MetricsView, ReasonView, TodayView, TriageReasonView, TriageView, local_today,
};
pub use error::AppError;
pub use logging::{PainInput, RunEditInput, RunInput};
pub use profile::{ProfileInput, ProfileSaved, Warning};
pub use programme::{
    ExerciseView, MovementBrief, MovementView, exercises, movement, page, programme,
};
use runwell_store::Store;
pub use runwell_store::{NewRun, StoredRun};

/// An open runwell: the runner's database and the programme.
#[derive(Debug, Clone)]
pub struct App {
    store: Store,
}

impl App {
    /// Opens the database at `db`, or at the platform default when `None`.
    pub async fn open(db: Option<&std::path::Path>) -> Result<Self, AppError> {
        let path = match db {
            Some(path) => path.to_owned(),
            None => runwell_store::default_path()?,
        };
        let store = Store::open(&path).await?;
        Ok(Self { store })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub async fn close(&self) {
        self.store.close().await;
    }
}
