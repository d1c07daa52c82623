//! (being written: the programme issue)
