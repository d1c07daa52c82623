//! The key a front end gives a session record so that storing it twice stores it once: the
//! phone keeps a session done offline and sends it when it can, and a reply lost on the way
//! back means it sends the same record again.

use serde::{Deserialize, Serialize};

use crate::DomainError;

/// What a record key may be: a random identifier the browser makes (a UUID is 36 characters),
/// of ASCII letters, digits and hyphens, at least long enough that two phones never pick the
/// same one by chance.
const SHORTEST: usize = 16;
const LONGEST: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RecordKey(String);

impl RecordKey {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for RecordKey {
    type Error = DomainError;

    fn try_from(text: String) -> Result<Self, DomainError> {
        let fits = (SHORTEST..=LONGEST).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if fits {
            Ok(RecordKey(text))
        } else {
            Err(DomainError::Value(format!(
                "a record key is {SHORTEST} to {LONGEST} letters, digits and hyphens"
            )))
        }
    }
}

impl From<RecordKey> for String {
    fn from(key: RecordKey) -> String {
        key.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_identifiers_of_a_bounded_length() {
        let uuid = "0b5c6a0e-8f61-4c4e-9d0a-2f1f3e4d5c6b";
        for (text, ok) in [
            (uuid, true),
            ("abcdefghijklmnop", true),
            ("abcdefghijklmno", false),
            (&"a".repeat(64), true),
            (&"a".repeat(65), false),
            ("0b5c6a0e 8f61 4c4e", false),
            ("0b5c6a0e-8f61-4c4é", false),
            ("", false),
        ] {
            assert_eq!(RecordKey::try_from(text.to_owned()).is_ok(), ok, "{text:?}");
        }
        let record: RecordKey = serde_json::from_str(&format!("\"{uuid}\"")).unwrap();
        assert_eq!(record.as_str(), uuid);
        assert!(serde_json::from_str::<RecordKey>("\"short\"").is_err());
    }
}
