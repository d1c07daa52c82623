//! Paired devices and their sessions (issue 19): kept beside the record, never part of it.

use runwell_store::{RunnerId, SessionData, Store};

fn record(text: &str, expires_utc: i64) -> SessionData {
    SessionData { data: text.as_bytes().to_vec(), expires_utc }
}

pub(crate) async fn a_paired_device_lets_its_sessions_in_until_it_is_removed(
    store: Store,
    me: RunnerId,
) {
    let later = jiff::Timestamp::now().as_second() + 3600;
    let generation = store.generation(me);
    // A phone waiting to be confirmed has a session but no device yet.
    assert!(
        store.put_device_session(me, "s1", None, &record("waiting", later), true).await.unwrap()
    );
    assert!(
        !store.put_device_session(me, "s1", None, &record("other", later), true).await.unwrap()
    );
    assert_eq!(store.device_session(me, "s1").await.unwrap().unwrap().data, b"waiting");

    let phone = store.add_paired_device(me, "Firefox on Android").await.unwrap();
    assert_eq!(store.paired_devices(me).await.unwrap(), vec![phone.clone()]);
    assert!(store.is_paired(me, phone.id).await.unwrap());
    store
        .put_device_session(me, "s1", Some(phone.id), &record("paired", later), false)
        .await
        .unwrap();
    assert_eq!(store.device_session(me, "s1").await.unwrap().unwrap().data, b"paired");
    // Nothing a page shows changed: the snapshot need not reload.
    assert_eq!(store.generation(me), generation);

    // An expired record is not given back, and the sweep removes it.
    store.put_device_session(me, "old", Some(phone.id), &record("old", 10), true).await.unwrap();
    assert_eq!(store.device_session(me, "old").await.unwrap(), None);
    assert_eq!(store.delete_expired_device_sessions(me).await.unwrap(), 1);

    // Removing the device ends its sessions; a save racing the removal stores nothing.
    assert!(store.remove_paired_device(me, phone.id).await.unwrap());
    assert!(!store.remove_paired_device(me, phone.id).await.unwrap());
    assert_eq!(store.device_session(me, "s1").await.unwrap(), None);
    assert!(!store.is_paired(me, phone.id).await.unwrap());
    assert!(
        !store
            .put_device_session(me, "s2", Some(phone.id), &record("late", later), false)
            .await
            .unwrap()
    );
    assert_eq!(store.device_session(me, "s2").await.unwrap(), None);

    // An erase forgets the devices with the record.
    let tablet = store.add_paired_device(me, "Safari on iPad").await.unwrap();
    store.put_device_session(me, "s3", Some(tablet.id), &record("t", later), true).await.unwrap();
    store.delete_device_session(me, "s1").await.unwrap();
    store.erase_everything(me).await.unwrap();
    assert!(store.paired_devices(me).await.unwrap().is_empty());
    assert_eq!(store.device_session(me, "s3").await.unwrap(), None);
}
