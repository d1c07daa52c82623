//! Data for the charts the web app draws (being written: the charts issue).
