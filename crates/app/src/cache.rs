//! Values derived from the store, kept until the store changes: a [`Cache`] holds one value
//! tagged with the store's write generation, and [`Memos`] holds the answers computed from it,
//! keyed by type, so that they go when it goes.
//!
//! Nothing here knows what is cached. The store moves its generation on whenever a write
//! commits (`runwell_store::Store::generation`), so no caller has to say that it wrote: the next
//! read sees a new number and loads afresh. A view that wants memoising declares a key type
//! with [`MemoKey`] next to its own code.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

/// A value loaded at one write generation.
#[derive(Debug)]
pub(crate) struct Cache<T> {
    slot: Mutex<Option<(u64, Arc<T>)>>,
    /// Serialises loading, so that a burst of requests after a write loads once.
    loading: tokio::sync::Mutex<()>,
}

impl<T> Default for Cache<T> {
    fn default() -> Self {
        Self { slot: Mutex::new(None), loading: tokio::sync::Mutex::new(()) }
    }
}

impl<T> Cache<T> {
    fn at(&self, generation: u64) -> Option<Arc<T>> {
        let slot = self.slot.lock().unwrap_or_else(|e| e.into_inner());
        slot.as_ref().filter(|(g, _)| *g == generation).map(|(_, value)| Arc::clone(value))
    }

    /// The value held, when it is as of `generation` (nothing is loaded).
    pub(crate) fn current(&self, generation: u64) -> Option<Arc<T>> {
        self.at(generation)
    }

    /// The value as of `generation()`, loaded with `load` when the cached one is older. The
    /// generation is read before loading: a write that lands during the load leaves the value
    /// tagged with the older number, so the next read loads again.
    pub(crate) async fn get<E>(
        &self,
        generation: impl Fn() -> u64,
        load: impl Future<Output = Result<T, E>>,
    ) -> Result<Arc<T>, E> {
        if let Some(value) = self.at(generation()) {
            return Ok(value);
        }
        let _guard = self.loading.lock().await;
        let before = generation();
        if let Some(value) = self.at(before) {
            return Ok(value);
        }
        let value = Arc::new(load.await?);
        *self.slot.lock().unwrap_or_else(|e| e.into_inner()) = Some((before, Arc::clone(&value)));
        Ok(value)
    }
}

/// The key of a memoised view: its type picks the view, its value the arguments. The value
/// computed for it is `Value`.
pub(crate) trait MemoKey: Hash + Eq + Send + Sync + 'static {
    type Value: Send + Sync + 'static;
}

/// Answers computed from one cached value, each kind under its key's type.
#[derive(Debug, Default)]
pub(crate) struct Memos {
    by_type: Mutex<HashMap<TypeId, Box<dyn Any + Send + Sync>>>,
}

type Entries<K> = HashMap<K, Arc<<K as MemoKey>::Value>>;

impl Memos {
    /// `compute()`'s answer for `key`, computed once. Computed outside the lock: two requests at
    /// once may both compute, neither waits, and the first to finish is kept.
    pub(crate) fn get<K: MemoKey>(
        &self,
        key: K,
        compute: impl FnOnce() -> K::Value,
    ) -> Arc<K::Value> {
        if let Some(hit) = self.with::<K, _>(|entries| entries.get(&key).cloned()) {
            return hit;
        }
        let value = Arc::new(compute());
        self.with::<K, _>(|entries| Arc::clone(entries.entry(key).or_insert(value)))
    }

    fn with<K: MemoKey, R>(&self, f: impl FnOnce(&mut Entries<K>) -> R) -> R {
        let mut by_type = self.by_type.lock().unwrap_or_else(|e| e.into_inner());
        let boxed =
            by_type.entry(TypeId::of::<K>()).or_insert_with(|| Box::new(Entries::<K>::new()));
        match boxed.downcast_mut::<Entries<K>>() {
            Some(entries) => f(entries),
            // Cannot happen: the map under a key's TypeId is that key's map. Answering without
            // keeping the answer is the harmless way out.
            None => f(&mut Entries::<K>::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

    use super::*;

    #[derive(Debug, PartialEq, Eq, Hash)]
    struct Double(u32);
    impl MemoKey for Double {
        type Value = u32;
    }

    #[derive(Debug, PartialEq, Eq, Hash)]
    struct Name(u32);
    impl MemoKey for Name {
        type Value = String;
    }

    #[test]
    fn each_key_type_has_its_own_answers_computed_once() {
        let memos = Memos::default();
        let calls = AtomicUsize::new(0);
        let double = |n: u32| {
            memos.get(Double(n), || {
                calls.fetch_add(1, Ordering::SeqCst);
                n * 2
            })
        };
        assert_eq!(*double(3), 6);
        assert_eq!(*double(3), 6);
        assert_eq!(*double(4), 8);
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        // The same number under another key type is another view.
        assert_eq!(*memos.get(Name(3), || "three".to_owned()), "three");
        assert_eq!(*double(3), 6);
    }

    #[tokio::test]
    async fn a_value_is_kept_until_the_generation_moves() {
        let cache = Cache::<u64>::default();
        let generation = AtomicU64::new(0);
        let loads = AtomicUsize::new(0);
        let get = || {
            cache.get(|| generation.load(Ordering::SeqCst), async {
                loads.fetch_add(1, Ordering::SeqCst);
                Ok::<_, ()>(generation.load(Ordering::SeqCst) * 10)
            })
        };
        assert_eq!(*get().await.unwrap(), 0);
        assert_eq!(*get().await.unwrap(), 0);
        assert_eq!(loads.load(Ordering::SeqCst), 1);
        generation.store(1, Ordering::SeqCst);
        assert_eq!(*get().await.unwrap(), 10);
        assert_eq!(loads.load(Ordering::SeqCst), 2);
        // A failed load keeps nothing.
        generation.store(2, Ordering::SeqCst);
        assert!(cache.get(|| 2, async { Err::<u64, _>("no") }).await.is_err());
        assert_eq!(*get().await.unwrap(), 20);
    }
}
