//! A run's per-second samples (owned by the import work; see ARCHITECTURE.md).
