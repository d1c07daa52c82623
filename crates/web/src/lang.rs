//! The language a page is written in, for the whole of a request's handling: set by the layer
//! in `routes/language.rs` and read by `views::Layout` and the handlers, as `who.rs` is for who
//! is asking. A leaf: it names no other module.

use runwell_app::words::Words;

tokio::task_local! {
    pub(crate) static WORDS: Words;
}

/// The words of the request being answered (English outside a request).
pub(crate) fn words() -> Words {
    WORDS.try_with(|w| *w).unwrap_or_default()
}
