//! Where the server listens, which Host names it answers to, and what a request may cost: its
//! size, how long it may take to arrive, how many connections are open at once, and the limits
//! an upload is imported within (the CLI's own).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

use runwell_app::ImportLimits;

use crate::WebError;

/// The default address: loopback, port 7878.
pub const DEFAULT_BIND: SocketAddr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 7878);

/// How the web app is served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebConfig {
    pub bind: SocketAddr,
    /// Host header values (`host:port`) the server answers; anything else is refused, which
    /// blocks DNS rebinding (a hostile page whose name resolves to 127.0.0.1).
    pub allowed_hosts: Vec<String>,
    /// Largest form body in bytes (every POST but the import).
    pub form_limit: usize,
    /// Largest upload in bytes on `/import` (files or an export ZIP). An upload that says it is
    /// larger (`Content-Length`) is refused before any of it is read; one that turns out larger
    /// is refused when it reaches the limit.
    pub upload_limit: usize,
    /// The limits every uploaded file is imported within, the same as `runwell import` uses.
    pub import_limits: ImportLimits,
    /// How long a client may take to send a request's headers, and how long a kept-alive
    /// connection may sit idle before its next request. Default 10 s.
    pub header_read_timeout: Duration,
    /// How long any request but an upload may take from its headers to its answer (a slow body
    /// included). Default 30 s.
    pub request_timeout: Duration,
    /// How long an upload may send nothing before it is given up. Default 30 s.
    pub upload_idle_timeout: Duration,
    /// Most connections open at once; the rest wait to be accepted. Default 64.
    pub max_connections: usize,
}

impl WebConfig {
    /// The config for `bind`, with the Host allow-list derived from its port:
    /// `127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`.
    pub fn new(bind: SocketAddr) -> Self {
        let port = bind.port();
        let mut allowed_hosts =
            vec![format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("[::1]:{port}")];
        // Another loopback address given with --bind (say 127.0.0.2) is answered under its name.
        let named = match bind.ip() {
            IpAddr::V4(ip) => format!("{ip}:{port}"),
            IpAddr::V6(ip) => format!("[{ip}]:{port}"),
        };
        if !allowed_hosts.contains(&named) {
            allowed_hosts.push(named);
        }
        // Browsers leave the default port out of the Host header.
        if port == 80 {
            let bare: Vec<String> = allowed_hosts
                .iter()
                .filter_map(|h| h.strip_suffix(":80").map(str::to_owned))
                .collect();
            allowed_hosts.extend(bare);
        }
        Self {
            bind,
            allowed_hosts,
            form_limit: 64 * 1024,
            upload_limit: 512 * 1024 * 1024,
            import_limits: ImportLimits::default(),
            header_read_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            upload_idle_timeout: Duration::from_secs(30),
            max_connections: 64,
        }
    }

    /// The config for loopback on `port`.
    pub fn port(port: u16) -> Self {
        Self::new(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port))
    }

    /// Whether `host` (a Host header or URI authority) is one this server answers to. Host
    /// names are case-insensitive.
    pub(crate) fn allows_host(&self, host: &str) -> bool {
        self.allowed_hosts.iter().any(|allowed| allowed.eq_ignore_ascii_case(host))
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        Self::new(DEFAULT_BIND)
    }
}

/// Refuses any address but loopback: a shared server needs accounts, which runwell does not have
/// yet.
pub fn validate_bind(addr: SocketAddr) -> Result<(), WebError> {
    if addr.ip().is_loopback() { Ok(()) } else { Err(WebError::NotLoopback(addr)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_addresses_are_served() {
        for (addr, ok) in [
            ("127.0.0.1:7878", true),
            ("127.0.0.2:80", true),
            ("[::1]:7878", true),
            ("0.0.0.0:7878", false),
            ("[::]:7878", false),
            ("192.168.1.10:7878", false),
        ] {
            let result = validate_bind(addr.parse().unwrap());
            assert_eq!(result.is_ok(), ok, "{addr}");
            if let Err(error) = result {
                assert!(error.to_string().contains("shared servers come with accounts"), "{error}");
            }
        }
    }

    #[test]
    fn hosts_follow_the_port() {
        let config = WebConfig::port(9000);
        assert!(config.allows_host("127.0.0.1:9000"));
        assert!(config.allows_host("LOCALHOST:9000"));
        assert!(config.allows_host("[::1]:9000"));
        assert!(!config.allows_host("localhost:7878"));
        assert!(!config.allows_host("evil.example:9000"));
        assert!(!config.allows_host("localhost"));
        assert_eq!(WebConfig::default().bind, DEFAULT_BIND);
    }
}
