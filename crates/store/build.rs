//! `sqlx::migrate!` reads `migrations/` when the crate is built; without this, a new migration
//! file would not rebuild the crate, and a binary built before it would not carry it.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
