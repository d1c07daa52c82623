//! Pairing a phone (`runwell serve --lan`, issue 19): the phone's pages (`/pair/{token}`, which
//! uses up the address's token and shows a code; `/pair/wait`, which moves on once the code was
//! typed on the computer), and the settings page's section that lists the paired devices and, on
//! the computer, offers the pairing address and its QR code. Typing the code and removing a
//! device are the settings page's own forms (`settings.rs`, under `/settings/devices`, which
//! `lan.rs` keeps off the LAN).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Extension, FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use runwell_app::words::Arg;
use runwell_app::{AppError, PAIRING_WAIT, PairedDevice, PairingStatus, WaitingDevice};
use tower_sessions::Session;

use super::{Reply, see_other};
use crate::error::PageError;
use crate::form::FormState;
use crate::lan::{DEVICE_KEY, LanMode, REQUEST_KEY, Via, via};
use crate::lang::words;
use crate::views::Layout;

/// How long a paired phone's session lasts: it is not renewed by use (which would write on every
/// request), so a phone pairs again after this.
const DEVICE_SESSION_DAYS: i64 = 400;

/// Where a settings page is asked from, for its devices section.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    via: Via,
    lan: Option<LanMode>,
}

impl Place {
    /// `--lan`'s pairing, when it is on.
    pub(crate) fn lan(&self) -> Option<&LanMode> {
        self.lan.as_ref()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Place {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Place { via: via(parts), lan: parts.extensions.get::<LanMode>().cloned() })
    }
}

/// A paired device as listed.
#[derive(Debug, Clone)]
pub(crate) struct DeviceLine {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) paired_on: String,
}

/// On the computer in `--lan` mode: what a phone opens, and who is waiting.
#[derive(Debug, Clone)]
pub(crate) struct Offer {
    pub(crate) address: String,
    /// The phone's side speaks TLS.
    pub(crate) https: bool,
    pub(crate) qr_svg: String,
    pub(crate) waiting: Vec<WaitingDevice>,
}

/// The settings page's "Phones and tablets" section.
#[derive(Debug)]
pub(crate) struct DevicesSection {
    /// The page is shown on a paired phone (which cannot pair or remove devices).
    pub(crate) on_phone: bool,
    /// `--lan` is on and the page is the computer's.
    pub(crate) offer: Option<Offer>,
    pub(crate) devices: Vec<DeviceLine>,
    pub(crate) confirm: FormState,
}

/// How long a phone waits for its code, in minutes, as the pages say it.
pub(super) fn wait_minutes() -> Arg {
    Arg::from(i64::try_from(PAIRING_WAIT.as_secs() / 60).unwrap_or(i64::MAX))
}

impl DevicesSection {
    pub(crate) fn wait_hint(&self) -> String {
        words().with("devices-code-hint", &[("minutes", wait_minutes())])
    }

    pub(crate) fn waiting_line(&self, waiting: &WaitingDevice) -> String {
        words().with(
            "devices-waiting",
            &[
                ("name", Arg::from(waiting.name.as_str())),
                ("minutes", Arg::from(waiting.minutes_left as i64)),
            ],
        )
    }

    pub(crate) fn paired_line(&self, device: &DeviceLine) -> String {
        words().with(
            "devices-paired",
            &[
                ("name", Arg::from(device.name.as_str())),
                ("day", Arg::from(device.paired_on.as_str())),
            ],
        )
    }

    pub(crate) async fn new(app: &runwell_app::App, place: &Place) -> Result<Self, PageError> {
        let devices = app
            .paired_devices()
            .await?
            .into_iter()
            .map(|d: PairedDevice| DeviceLine {
                id: d.id,
                name: d.name,
                paired_on: jiff::Timestamp::from_second(d.paired_utc)
                    .map(|t| t.strftime("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
            })
            .collect();
        let offer = match (&place.lan, place.via) {
            (Some(lan), Via::Loopback) => {
                let address = lan.pairing_address()?;
                let qr_svg = crate::qr::svg(&address, &words().get("devices-qr-label"));
                Some(Offer { address, qr_svg, https: lan.https, waiting: lan.pairing.waiting() })
            }
            _ => None,
        };
        Ok(DevicesSection {
            on_phone: place.via == Via::Lan,
            offer,
            devices,
            confirm: FormState::default(),
        })
    }
}

/// A page on the phone's side of pairing.
#[derive(Debug, Template, WebTemplate)]
#[template(path = "pair.html")]
pub(crate) struct PairPage {
    layout: Layout,
    heading: String,
    /// The code to type on the computer, while the phone waits.
    code: Option<String>,
    message: String,
}

/// A page of the phone's side: its heading and text are the messages `heading` and `text`.
fn pair_page(status: StatusCode, heading: &str, text: &str) -> Response {
    let words = words();
    let minutes = Arg::from((PAIRING_WAIT.as_secs() / 60) as i64);
    let heading = words.get(heading);
    let message = words.with(text, &[("minutes", minutes)]);
    let page = PairPage { layout: Layout::new(heading.clone(), ""), heading, code: None, message };
    (status, page).into_response()
}

/// What an unpaired phone gets instead of any page.
pub(crate) fn pair_first_page() -> Response {
    pair_page(StatusCode::FORBIDDEN, "pair-first-heading", "pair-first-text")
}

fn session_failed(e: tower_sessions::session::Error) -> PageError {
    PageError::App(AppError::Server(format!("the phone's session could not be kept: {e}")))
}

/// A short name for the device from its browser's description of itself ("Safari · iPhone"),
/// in no language; the description itself when it names neither.
fn device_name(headers: &HeaderMap) -> String {
    let agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    let browser = [
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("EdgA/", "Edge"),
        ("Edg/", "Edge"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("CriOS/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .iter()
    .find(|(mark, _)| agent.contains(mark))
    .map(|(_, name)| *name);
    let system = [
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("Mac OS X", "Mac"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(mark, _)| agent.contains(mark))
    .map(|(_, name)| *name);
    match (browser, system) {
        (Some(browser), Some(system)) => format!("{browser} · {system}"),
        (Some(one), None) | (None, Some(one)) => one.to_owned(),
        // The app keeps at most its first characters, without control characters.
        (None, None) => agent.to_owned(),
    }
}

/// `GET /pair/{token}`: a phone opens the pairing address.
pub(super) async fn open(
    Extension(lan): Extension<LanMode>,
    Path(token): Path<String>,
    session: Session,
    parts: Parts,
) -> Reply {
    if via(&parts) == Via::Loopback {
        // The computer needs no pairing: this is where it confirms one.
        return see_other("/settings#devices");
    }
    match lan.pairing.open(&token, &device_name(&parts.headers)) {
        Ok(request) => {
            session.insert(REQUEST_KEY, &request.request).await.map_err(session_failed)?;
            // On to a page of its own, so the used token is not what a reload opens.
            see_other("/pair/wait")
        }
        Err(AppError::Pairing(_)) => {
            Ok(pair_page(StatusCode::FORBIDDEN, "pair-used-heading", "pair-used-text"))
        }
        Err(e) => Err(PageError::App(e)),
    }
}

/// `GET /pair/wait`: the phone waits for its code to be typed on the computer, then is paired.
pub(super) async fn wait(Extension(lan): Extension<LanMode>, session: Session) -> Reply {
    let request = session.get::<String>(REQUEST_KEY).await.map_err(session_failed)?;
    let status = request.map_or(PairingStatus::Gone, |r| lan.pairing.status(&r));
    match status {
        PairingStatus::Waiting { code } => {
            let words = words();
            let heading = words.get("pair-wait-heading");
            let page = PairPage {
                layout: Layout::new(heading.clone(), ""),
                heading,
                code: Some(format!("{} {}", &code[..3], &code[3..])),
                message: words.with("pair-wait-text", &[("minutes", wait_minutes())]),
            };
            Ok(page.into_response())
        }
        PairingStatus::Paired(device) => {
            // A new id now that the session lets a device in, so that an id seen before is
            // worth nothing.
            session.cycle_id().await.map_err(session_failed)?;
            let _ = session.remove::<String>(REQUEST_KEY).await.map_err(session_failed)?;
            session.insert(DEVICE_KEY, device.id).await.map_err(session_failed)?;
            let until = time::OffsetDateTime::now_utc() + time::Duration::days(DEVICE_SESSION_DAYS);
            session.set_expiry(Some(tower_sessions::Expiry::AtDateTime(until)));
            see_other("/")
        }
        PairingStatus::Gone => {
            Ok(pair_page(StatusCode::FORBIDDEN, "pair-gone-heading", "pair-gone-text"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_are_named_from_their_browser() {
        for (agent, name) in [
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 \
                 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
                "Safari · iPhone",
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) \
                 Chrome/120.0 Mobile Safari/537.36",
                "Chrome · Android",
            ),
            (
                "Mozilla/5.0 (Android 14; Mobile; rv:120.0) Gecko/120.0 Firefox/120.0",
                "Firefox · Android",
            ),
            ("curl/8.0", "curl/8.0"),
        ] {
            let mut headers = HeaderMap::new();
            headers.insert(header::USER_AGENT, agent.parse().unwrap());
            assert_eq!(device_name(&headers), name, "{agent}");
        }
        assert_eq!(device_name(&HeaderMap::new()), "");
    }
}
