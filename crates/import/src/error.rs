use thiserror::Error;

/// Why a file gave no activities. Each message is written for the runner: what happened and
/// what it means for their data.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    /// A file of a known kind that holds no run: a FIT settings, course, workout, monitoring or
    /// weight file, a GPX route or waypoint list, a TCX course.
    #[error("{0}, not a recorded activity: there is nothing in it to import")]
    NotActivity(String),
    /// Not a FIT, GPX or TCX file, nor a gzip or ZIP archive holding one.
    #[error(
        "{0}: runwell reads FIT, GPX and TCX files (also gzipped, zipped or in a Strava or \
         Garmin export), so this one was left out"
    )]
    Unrecognised(String),
    /// A file of a known kind too damaged for anything in it to be used.
    #[error("the file is damaged ({0}), and nothing in it could be used")]
    Corrupt(String),
    /// A well-formed activity file with no timed samples and no summary.
    #[error("the file holds no recorded samples or summary ({0}), so there is no run to import")]
    NoData(String),
    /// Skipped because reading it would break a safety limit (`Limits`); other files go on.
    #[error("skipped for safety: {0}")]
    Limit(String),
    /// The file could not be read from disk.
    #[error("could not read the file: {0}")]
    Io(String),
}

impl From<std::io::Error> for ImportError {
    fn from(err: std::io::Error) -> Self {
        ImportError::Io(err.to_string())
    }
}
