//! Pairing a phone with the runner's own machine (`runwell serve --lan`, issue 19).
//!
//! The computer shows a pairing address holding a one-time token (in the terminal, as a QR code,
//! and on the settings page). A phone that opens it is given a six-digit code to show; the runner
//! types that code on the computer, and only then is the phone paired: it gets a device of its own
//! in the store, which its session names from then on. The token is used up by the first phone
//! that opens it (a new one is drawn for the next), so a photo of an old QR code leads nowhere,
//! and typing the code ties the approval to the phone in her hand, not to whichever device on the
//! network asked first.
//!
//! Tokens and waiting phones are kept in memory only: they last minutes, and a restart simply
//! asks for a new pairing. Paired devices and their sessions are in the store, so a phone stays
//! paired across restarts until it is removed.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use runwell_store::SessionData;

use crate::{App, AppError};

/// How long a pairing address works if no phone opens it.
pub const PAIRING_ADDRESS_LIFETIME: Duration = Duration::from_secs(30 * 60);
/// How long a phone may wait for its code to be typed on the computer.
pub const PAIRING_WAIT: Duration = Duration::from_secs(10 * 60);
/// Phones waiting at once; one more pushes the oldest out.
const MAX_WAITING: usize = 8;
/// The longest device name kept (a browser's description of itself is the other side's text).
const MAX_DEVICE_NAME_CHARS: usize = 60;

/// A paired device, as the settings page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairedDevice {
    pub id: i64,
    pub name: String,
    pub paired_utc: i64,
}

impl From<runwell_store::PairedDeviceRow> for PairedDevice {
    fn from(row: runwell_store::PairedDeviceRow) -> Self {
        PairedDevice { id: row.id, name: row.name, paired_utc: row.paired_utc }
    }
}

/// A phone that opened the pairing address: the request its session remembers, and the code it
/// shows for the runner to type on the computer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairingRequest {
    pub request: String,
    pub code: String,
}

/// Where a phone's pairing request stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairingStatus {
    /// Waiting for its code to be typed on the computer.
    Waiting { code: String },
    /// Confirmed: the phone is this device.
    Paired(PairedDevice),
    /// Expired, pushed out by newer requests, or never made.
    Gone,
}

/// A phone waiting, as the computer's settings page lists it (without its code, which the
/// runner reads off the phone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingDevice {
    pub name: String,
    pub minutes_left: u64,
}

#[derive(Debug)]
struct Waiting {
    request: String,
    code: String,
    name: String,
    opened: Instant,
    paired: Option<PairedDevice>,
}

#[derive(Debug, Default)]
struct State {
    token: Option<(String, Instant)>,
    waiting: Vec<Waiting>,
}

impl State {
    fn forget_old(&mut self) {
        self.waiting.retain(|w| w.opened.elapsed() < PAIRING_WAIT);
        if self.token.as_ref().is_some_and(|(_, at)| at.elapsed() >= PAIRING_ADDRESS_LIFETIME) {
            self.token = None;
        }
    }
}

/// Pairing for one runner's app (see the module's comment). Clones share their state.
#[derive(Debug, Clone)]
pub struct Pairing {
    app: App,
    state: Arc<Mutex<State>>,
}

fn random_hex(bytes: usize) -> Result<String, AppError> {
    Ok(crate::server::random_token(bytes)?.iter().map(|b| format!("{b:02x}")).collect())
}

/// Six decimal digits, drawn without bias.
fn random_code() -> Result<String, AppError> {
    loop {
        let bytes = crate::server::random_token(4)?;
        let n = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        // The largest multiple of a million below 2^32: anything above it would favour low codes.
        if n < 4_294_000_000 {
            return Ok(format!("{:06}", n % 1_000_000));
        }
    }
}

/// A device's name as kept: its control characters dropped, its length bounded.
fn device_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_DEVICE_NAME_CHARS)
        .collect::<String>()
        .trim()
        .to_owned();
    if clean.is_empty() { "A phone or tablet".to_owned() } else { clean }
}

/// What a runner typed as a code: its digits.
fn typed_code(code: &str) -> String {
    code.chars().filter(char::is_ascii_digit).collect()
}

impl Pairing {
    pub fn new(app: App) -> Self {
        Self { app, state: Arc::default() }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The token of the pairing address to show now: the current one, or a new one when it was
    /// used or has expired.
    pub fn address_token(&self) -> Result<String, AppError> {
        let mut state = self.state();
        state.forget_old();
        if let Some((token, _)) = &state.token {
            return Ok(token.clone());
        }
        let token = random_hex(16)?;
        state.token = Some((token.clone(), Instant::now()));
        Ok(token)
    }

    /// A phone opens the pairing address with `token`: the token is used up, and the phone
    /// waits for its code to be typed on the computer.
    pub fn open(&self, token: &str, name: &str) -> Result<PairingRequest, AppError> {
        let mut state = self.state();
        state.forget_old();
        match &state.token {
            Some((current, _)) if current == token => {}
            _ => {
                return Err(AppError::Pairing(
                    "this pairing address has been used or has expired. On the computer running \
                     runwell, open Settings for a new one (or scan the code it shows), then try \
                     again."
                        .to_owned(),
                ));
            }
        }
        state.token = None;
        let request = PairingRequest { request: random_hex(16)?, code: random_code()? };
        if state.waiting.len() >= MAX_WAITING {
            state.waiting.remove(0);
        }
        state.waiting.push(Waiting {
            request: request.request.clone(),
            code: request.code.clone(),
            name: device_name(name),
            opened: Instant::now(),
            paired: None,
        });
        Ok(request)
    }

    /// Where the phone's request stands (the phone asks again every few seconds).
    pub fn status(&self, request: &str) -> PairingStatus {
        let mut state = self.state();
        state.forget_old();
        match state.waiting.iter().position(|w| w.request == request) {
            None => PairingStatus::Gone,
            Some(at) => match state.waiting[at].paired.clone() {
                Some(device) => {
                    // The phone has heard: its request is done with.
                    state.waiting.remove(at);
                    PairingStatus::Paired(device)
                }
                None => PairingStatus::Waiting { code: state.waiting[at].code.clone() },
            },
        }
    }

    /// The runner types, on the computer, the code a phone shows: that phone is paired.
    pub async fn confirm(&self, code: &str) -> Result<PairedDevice, AppError> {
        let code = typed_code(code);
        let name = {
            let mut state = self.state();
            state.forget_old();
            let found = state.waiting.iter().find(|w| w.paired.is_none() && w.code == code);
            match found {
                Some(waiting) => waiting.name.clone(),
                None => {
                    return Err(AppError::Invalid(vec![crate::FieldError {
                        field: "code",
                        message: format!(
                            "no phone is waiting with the code {code:?}. Type the six digits the \
                             phone shows. A phone waits {} minutes; after that, open the pairing \
                             address on it again.",
                            PAIRING_WAIT.as_secs() / 60
                        ),
                        text: None,
                    }]));
                }
            }
        };
        let device: PairedDevice =
            self.app.store().add_paired_device(self.app.runner, &name).await?.into();
        let marked = {
            let mut state = self.state();
            let found = state.waiting.iter_mut().find(|w| w.paired.is_none() && w.code == code);
            found.map(|waiting| waiting.paired = Some(device.clone())).is_some()
        };
        if !marked {
            // It expired while the device was stored: nothing could use that device.
            self.app.store().remove_paired_device(self.app.runner, device.id).await?;
            return Err(AppError::Pairing(
                "the phone stopped waiting just now: open the pairing address on it again."
                    .to_owned(),
            ));
        }
        Ok(device)
    }

    /// The phones waiting for their code to be typed.
    pub fn waiting(&self) -> Vec<WaitingDevice> {
        let mut state = self.state();
        state.forget_old();
        state
            .waiting
            .iter()
            .filter(|w| w.paired.is_none())
            .map(|w| WaitingDevice {
                name: w.name.clone(),
                minutes_left: PAIRING_WAIT
                    .saturating_sub(w.opened.elapsed())
                    .as_secs()
                    .div_ceil(60),
            })
            .collect()
    }

    /// The app pairing is for.
    pub fn app(&self) -> &App {
        &self.app
    }
}

impl App {
    /// Every paired device, in the order they were paired.
    pub async fn paired_devices(&self) -> Result<Vec<PairedDevice>, AppError> {
        let rows = self.store().paired_devices(self.runner).await?;
        Ok(rows.into_iter().map(PairedDevice::from).collect())
    }

    /// Whether `device` is still paired.
    pub async fn is_paired(&self, device: i64) -> Result<bool, AppError> {
        Ok(self.store().is_paired(self.runner, device).await?)
    }

    /// Removes a paired device: its sessions end at once.
    pub async fn remove_paired_device(&self, device: i64) -> Result<(), AppError> {
        if self.store().remove_paired_device(self.runner, device).await? {
            Ok(())
        } else {
            Err(AppError::Missing(format!("there is no paired device {device}")))
        }
    }

    /// A device's session record (the web front end's `tower-sessions` keeps its records here):
    /// stored new (false when the id is taken) or replacing the one with its id.
    pub async fn put_device_session(
        &self,
        id: &str,
        device: Option<i64>,
        data: Vec<u8>,
        expires_utc: i64,
        only_new: bool,
    ) -> Result<bool, AppError> {
        let record = SessionData { data, expires_utc };
        Ok(self.store().put_device_session(self.runner, id, device, &record, only_new).await?)
    }

    pub async fn device_session(&self, id: &str) -> Result<Option<Vec<u8>>, AppError> {
        Ok(self.store().device_session(self.runner, id).await?.map(|s| s.data))
    }

    pub async fn delete_device_session(&self, id: &str) -> Result<(), AppError> {
        Ok(self.store().delete_device_session(self.runner, id).await?)
    }

    /// Removes expired device sessions (at start).
    pub async fn sweep_device_sessions(&self) -> Result<u64, AppError> {
        Ok(self.store().delete_expired_device_sessions(self.runner).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes_are_cleaned() {
        assert_eq!(device_name("  Firefox\u{7} on Android "), "Firefox on Android");
        assert_eq!(device_name("\n"), "A phone or tablet");
        assert_eq!(device_name(&"x".repeat(200)).chars().count(), MAX_DEVICE_NAME_CHARS);
        assert_eq!(typed_code(" 482 913 "), "482913");
        assert_eq!(typed_code("48-29-13"), "482913");
        for _ in 0..50 {
            let code = random_code().unwrap();
            assert_eq!(code.len(), 6);
            assert!(code.chars().all(|c| c.is_ascii_digit()));
        }
    }

    #[tokio::test]
    async fn a_phone_is_paired_only_by_the_code_it_shows_and_an_address_works_once() {
        let (_dir, app) = crate::test_support::empty_app().await;
        let pairing = Pairing::new(app.clone());
        let token = pairing.address_token().unwrap();
        assert_eq!(pairing.address_token().unwrap(), token, "the same address until it is used");
        assert!(matches!(pairing.open("not-it", "Phone"), Err(AppError::Pairing(_))));

        let phone = pairing.open(&token, "Safari on iPhone").unwrap();
        assert!(matches!(pairing.open(&token, "Another"), Err(AppError::Pairing(_))), "used up");
        assert_ne!(pairing.address_token().unwrap(), token, "a new address for the next phone");
        assert_eq!(
            pairing.status(&phone.request),
            PairingStatus::Waiting { code: phone.code.clone() }
        );
        assert_eq!(
            pairing.waiting(),
            vec![WaitingDevice { name: "Safari on iPhone".to_owned(), minutes_left: 10 }]
        );

        let wrong = if phone.code == "000000" { "111111" } else { "000000" };
        assert!(matches!(pairing.confirm(wrong).await, Err(AppError::Invalid(_))));
        assert!(app.paired_devices().await.unwrap().is_empty());

        let device = pairing.confirm(&format!(" {} ", phone.code)).await.unwrap();
        assert_eq!(device.name, "Safari on iPhone");
        assert!(pairing.waiting().is_empty());
        assert_eq!(pairing.status(&phone.request), PairingStatus::Paired(device.clone()));
        assert_eq!(pairing.status(&phone.request), PairingStatus::Gone, "told once");
        assert!(app.is_paired(device.id).await.unwrap());
        assert_eq!(app.paired_devices().await.unwrap(), vec![device.clone()]);
        assert!(matches!(pairing.confirm(&phone.code).await, Err(AppError::Invalid(_))));

        app.remove_paired_device(device.id).await.unwrap();
        assert!(!app.is_paired(device.id).await.unwrap());
        assert!(matches!(app.remove_paired_device(device.id).await, Err(AppError::Missing(_))));
    }

    #[tokio::test]
    async fn waiting_phones_are_bounded() {
        let (_dir, app) = crate::test_support::empty_app().await;
        let pairing = Pairing::new(app);
        let mut requests = Vec::new();
        for n in 0..MAX_WAITING + 2 {
            let token = pairing.address_token().unwrap();
            requests.push(pairing.open(&token, &format!("phone {n}")).unwrap());
        }
        assert_eq!(pairing.waiting().len(), MAX_WAITING);
        assert_eq!(pairing.status(&requests[0].request), PairingStatus::Gone);
        assert!(matches!(
            pairing.status(&requests[MAX_WAITING + 1].request),
            PairingStatus::Waiting { .. }
        ));
    }
}
