//! Passwords: argon2id with its default parameters (19 MiB, 2 passes), hashed and checked on a
//! blocking thread so that a sign-in never stalls the async runtime. A password is 10 to 1,024
//! bytes: long enough to resist guessing, short enough that hashing one costs a bounded time.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};

use runwell_domain::text::Text;

use crate::AppError;

pub(crate) const MIN_PASSWORD_CHARS: usize = 10;
pub(crate) const MAX_PASSWORD_BYTES: usize = 1024;

/// Checks a new password's length, naming `field` when it is refused.
pub(crate) fn check_new(field: &'static str, password: &str) -> Result<(), AppError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(crate::input::refused(
            field,
            Text::new("form-refused-password-short").with("chars", MIN_PASSWORD_CHARS as i64),
        ));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(crate::input::refused(
            field,
            Text::new("form-refused-password-long").with("bytes", MAX_PASSWORD_BYTES as i64),
        ));
    }
    Ok(())
}

/// The argon2id hash of `password` in PHC form, with a fresh salt.
pub(crate) async fn hash(password: &str) -> Result<String, AppError> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| AppError::Server(format!("the password could not be hashed: {e}")))
    })
    .await
    .map_err(|e| AppError::Server(format!("the password could not be hashed: {e}")))?
}

/// Whether `password` matches `hash`. With no hash (an e-mail address nobody has) the password
/// is hashed instead and the answer is no, so that a refused sign-in takes as long whether or
/// not the account exists.
pub(crate) async fn verify(password: &str, hash: Option<&str>) -> bool {
    if password.len() > MAX_PASSWORD_BYTES {
        return false;
    }
    let hash = hash.map(str::to_owned);
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || match hash {
        Some(hash) => Argon2::default().verify_password(password.as_bytes(), hash.as_str()).is_ok(),
        None => {
            let _ = Argon2::default().hash_password(password.as_bytes());
            false
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn a_hash_matches_its_password_only() {
        let hash = hash("correct horse battery").await.unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify("correct horse battery", Some(&hash)).await);
        assert!(!verify("correct horse batterY", Some(&hash)).await);
        assert!(!verify("correct horse battery", None).await);
        assert!(!verify(&"x".repeat(MAX_PASSWORD_BYTES + 1), Some(&hash)).await);
    }

    #[test]
    fn new_passwords_are_held_to_their_lengths() {
        for (password, ok) in [
            ("short", false),
            ("123456789", false),
            ("1234567890", true),
            ("ååååååååøø", true),
            (&*"y".repeat(MAX_PASSWORD_BYTES), true),
            (&*"y".repeat(MAX_PASSWORD_BYTES + 1), false),
        ] {
            assert_eq!(check_new("password", password).is_ok(), ok, "{password}");
        }
    }
}
