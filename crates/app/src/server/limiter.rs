//! Sign-in attempts, limited per account and per address: after `MAX_PER_ACCOUNT` refused
//! attempts for one e-mail address (or `MAX_PER_ADDRESS` from one address) within `WINDOW`,
//! the next is refused without checking the password until the oldest of them is `WINDOW` old.
//! What is remembered is bounded: at most `MAX_KEYS` keys, the stalest dropped first.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

pub(crate) const WINDOW: Duration = Duration::from_secs(15 * 60);
pub(crate) const MAX_PER_ACCOUNT: usize = 5;
pub(crate) const MAX_PER_ADDRESS: usize = 20;
const MAX_KEYS: usize = 10_000;

#[derive(Debug, Default)]
pub(crate) struct Limiter {
    failures: HashMap<String, VecDeque<Instant>>,
    /// When a hold was last noted for an account from an address: one note per hold, however
    /// many attempts it refuses (so a flood of attempts does not flood the audit trail).
    noted: HashMap<String, Instant>,
}

impl Limiter {
    /// How long until `email` from `address` may try again; `None` when it may now.
    pub(crate) fn wait(&mut self, email: &str, address: &str, now: Instant) -> Option<Duration> {
        let account = self.wait_for(&account_key(email), MAX_PER_ACCOUNT, now);
        let from = self.wait_for(&address_key(address), MAX_PER_ADDRESS, now);
        account.max(from)
    }

    /// Whether the hold on `email` from `address` is new, i.e. not noted in the last `WINDOW`
    /// (and notes it).
    pub(crate) fn note_hold(&mut self, email: &str, address: &str, now: Instant) -> bool {
        let key = format!("{}|{}", account_key(email), address_key(address));
        if self.noted.get(&key).is_some_and(|t| now.duration_since(*t) < WINDOW) {
            return false;
        }
        if self.noted.len() >= MAX_KEYS {
            self.noted.retain(|_, t| now.duration_since(*t) < WINDOW);
            if self.noted.len() >= MAX_KEYS {
                self.noted.clear();
            }
        }
        self.noted.insert(key, now);
        true
    }

    /// Counts a refused attempt.
    pub(crate) fn failed(&mut self, email: &str, address: &str, now: Instant) {
        for (key, max) in
            [(account_key(email), MAX_PER_ACCOUNT), (address_key(address), MAX_PER_ADDRESS)]
        {
            if !self.failures.contains_key(&key) && self.failures.len() >= MAX_KEYS {
                self.forget_stalest(now);
            }
            let times = self.failures.entry(key).or_default();
            times.push_back(now);
            while times.len() > max {
                times.pop_front();
            }
        }
    }

    /// Forgets an account's refused attempts once it signs in.
    pub(crate) fn succeeded(&mut self, email: &str) {
        self.failures.remove(&account_key(email));
    }

    fn wait_for(&mut self, key: &str, max: usize, now: Instant) -> Option<Duration> {
        let times = self.failures.get_mut(key)?;
        while times.front().is_some_and(|t| now.duration_since(*t) >= WINDOW) {
            times.pop_front();
        }
        if times.len() < max {
            return None;
        }
        times.front().map(|first| WINDOW.saturating_sub(now.duration_since(*first)))
    }

    fn forget_stalest(&mut self, now: Instant) {
        self.failures
            .retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < WINDOW));
        if self.failures.len() >= MAX_KEYS {
            let stalest = self
                .failures
                .iter()
                .min_by_key(|(_, times)| times.back().copied())
                .map(|(key, _)| key.clone());
            if let Some(key) = stalest {
                self.failures.remove(&key);
            }
        }
    }
}

fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

fn address_key(address: &str) -> String {
    format!("address:{address}")
}

/// "N minutes", rounded up, at least one.
pub(crate) fn minutes(wait: Duration) -> u64 {
    wait.as_secs().div_ceil(60).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_held_after_five_refusals_until_the_first_is_old() {
        let mut limiter = Limiter::default();
        let start = Instant::now();
        for i in 0..MAX_PER_ACCOUNT {
            assert_eq!(limiter.wait("Ann@x.dk", "10.0.0.1", start), None, "attempt {i}");
            limiter.failed("ann@x.dk", "10.0.0.1", start + Duration::from_secs(i as u64));
        }
        let wait = limiter.wait("ANN@x.dk", "10.0.0.9", start + Duration::from_secs(60)).unwrap();
        assert_eq!(minutes(wait), 14);
        // A hold is noted once, however many attempts it refuses.
        assert!(limiter.note_hold("ann@x.dk", "10.0.0.9", start));
        assert!(!limiter.note_hold("ANN@x.dk", "10.0.0.9", start + Duration::from_secs(5)));
        assert!(limiter.note_hold("ann@x.dk", "10.0.0.9", start + WINDOW));
        // Another account from the same address is not held yet.
        assert_eq!(limiter.wait("bo@x.dk", "10.0.0.1", start), None);
        assert_eq!(limiter.wait("ann@x.dk", "10.0.0.1", start + WINDOW), None);
        limiter.succeeded("ann@x.dk");
        assert_eq!(limiter.wait("ann@x.dk", "10.0.0.2", start), None);
    }

    #[test]
    fn an_address_is_held_after_twenty_refusals_for_any_accounts() {
        let mut limiter = Limiter::default();
        let now = Instant::now();
        for i in 0..MAX_PER_ADDRESS {
            limiter.failed(&format!("user{i}@x.dk"), "10.0.0.7", now);
        }
        assert!(limiter.wait("new@x.dk", "10.0.0.7", now).is_some());
        assert!(limiter.wait("new@x.dk", "10.0.0.8", now).is_none());
    }

    #[test]
    fn what_is_remembered_is_bounded() {
        let mut limiter = Limiter::default();
        let now = Instant::now();
        for i in 0..MAX_KEYS + 50 {
            limiter.failed(&format!("u{i}@x.dk"), "10.0.0.1", now);
        }
        assert!(limiter.failures.len() <= MAX_KEYS);
    }
}
