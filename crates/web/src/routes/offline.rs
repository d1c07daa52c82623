//! `/offline`: what the service worker shows for a page that needs runwell when runwell cannot
//! be reached (Today, the runs), and where it leads after keeping a post. The page itself says
//! nothing about the runner, so a kept copy of it can never be stale. It is in the language of
//! the visit that kept it: the worker fetches it again whenever it refreshes the pages it keeps.

use askama::Template;
use askama_web::WebTemplate;

use crate::views::Layout;

#[derive(Debug, Template, WebTemplate)]
#[template(path = "offline.html")]
pub(super) struct OfflinePage {
    layout: Layout,
}

/// `GET /offline`.
pub(super) async fn page() -> OfflinePage {
    OfflinePage { layout: Layout::new(crate::lang::words().get("offline-title"), "") }
}
