//! HTML written once from the app's memoised answers and kept while the app holds them.
//!
//! The app computes Today and the weekly rows once per change to the data and hands them out as
//! `Arc`s (`runwell_app::cache`). What a page writes from them in one language is the same on
//! every request until the data changes, and writing it (dozens of Fluent messages, then the
//! template) was most of a served Today's time. A [`Kept`] keys the HTML by the addresses of the
//! answers it was written from (and whatever else it depends on) and keeps a weak reference to
//! each, which keeps its allocation, so an address cannot be another answer's while its entry
//! is kept. An entry whose answers the app has let go (the data changed since) is dropped the
//! next time one is kept, and the whole map is cleared if it ever holds `most` entries.

use std::any::Any;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, Weak};

/// An answer of the app's a kept piece of HTML was written from.
pub(crate) type Held = Arc<dyn Any + Send + Sync>;

/// The address of an answer, for a key: only meaningful while it is also held.
pub(crate) fn address<T: ?Sized>(answer: &Arc<T>) -> usize {
    Arc::as_ptr(answer).cast::<()>() as usize
}

type Entries<K, V> = HashMap<K, (Vec<Weak<dyn Any + Send + Sync>>, V)>;

/// HTML (`V`: an `Arc<str>` to write into a page, `Bytes` to answer with) by `K`.
#[derive(Debug)]
pub(crate) struct Kept<K, V> {
    entries: Mutex<Option<Entries<K, V>>>,
    most: usize,
}

impl<K: Hash + Eq, V: Clone + From<String>> Kept<K, V> {
    pub(crate) const fn new(most: usize) -> Self {
        Self { entries: Mutex::new(None), most }
    }

    /// The HTML kept under `key`, or `write`'s, kept under `key` with `held` (the answers
    /// whose addresses are in `key`).
    pub(crate) fn get_or_write<E>(
        &self,
        key: K,
        held: impl FnOnce() -> Vec<Held>,
        write: impl FnOnce() -> Result<String, E>,
    ) -> Result<V, E> {
        let lock = || self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, html)) = lock().get_or_insert_default().get(&key) {
            return Ok(html.clone());
        }
        // Written outside the lock: two requests at once may both write; the last is kept.
        let html = V::from(write()?);
        let mut entries = lock();
        let entries = entries.get_or_insert_default();
        entries.retain(|_, (held, _)| held.iter().all(|h| h.strong_count() > 0));
        if entries.len() >= self.most {
            entries.clear();
        }
        let held = held().iter().map(Arc::downgrade).collect();
        entries.insert(key, (held, html.clone()));
        Ok(html)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.lock().unwrap().as_ref().map_or(0, HashMap::len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_kept_while_its_answer_is_held_and_dropped_after() {
        let kept = Kept::<(usize, u8), Arc<str>>::new(3);
        let mut writes = 0;
        let page = |answer: &Arc<String>, lang: u8, writes: &mut i32| {
            let held: Held = answer.clone();
            kept.get_or_write(
                (address(answer), lang),
                || vec![held],
                || {
                    *writes += 1;
                    Ok::<_, ()>(format!("<p>{answer} {lang}</p>"))
                },
            )
            .unwrap()
        };
        let first = Arc::new("one".to_owned());
        assert_eq!(&*page(&first, 0, &mut writes), "<p>one 0</p>");
        assert_eq!(&*page(&first, 0, &mut writes), "<p>one 0</p>");
        assert_eq!(writes, 1, "written once");
        assert_eq!(&*page(&first, 1, &mut writes), "<p>one 1</p>");
        assert_eq!(writes, 2, "another language is another page");
        // The app lets go of its answer (the data changed): the next kept drops its pages.
        drop(first);
        let second = Arc::new("two".to_owned());
        assert_eq!(&*page(&second, 0, &mut writes), "<p>two 0</p>");
        assert_eq!(kept.len(), 1);
        // Never more than `most`.
        let held: Vec<_> = (0..5).map(|i| Arc::new(i.to_string())).collect();
        for answer in &held {
            page(answer, 0, &mut writes);
        }
        assert!(kept.len() <= 3, "{}", kept.len());
    }
}
