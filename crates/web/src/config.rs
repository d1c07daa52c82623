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
    /// Server mode (`runwell serve --server`): accounts, and how it is exposed. `None` on a
    /// runner's own machine.
    pub server: Option<ServerMode>,
    /// The LAN address (`runwell serve --lan`) a runner's own machine also listens on, at the
    /// port of `bind`, for her paired phone. `None`: loopback only.
    pub lan: Option<SocketAddr>,
    /// A certificate the phone trusts, for the LAN address only: the phone then reaches runwell
    /// over HTTPS, where a browser allows installing it and its service worker. Loopback stays
    /// plain HTTP.
    pub lan_tls: Option<TlsFiles>,
}

/// How a server is reached from beyond this machine.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServerMode {
    /// The address people open (`https://runwell.clinic.example`): its host is the one Host
    /// (and Origin) answered beside loopback's, and it must be `https` to bind beyond loopback.
    pub public_url: Option<String>,
    /// A certificate chain and its private key in PEM files: runwell speaks TLS itself.
    pub tls: Option<TlsFiles>,
    /// A reverse proxy on this machine speaks TLS: requests are taken only from loopback, and
    /// its `X-Forwarded-Proto` and `X-Forwarded-For` are believed.
    pub behind_proxy: bool,
}

/// PEM files for TLS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    pub cert: std::path::PathBuf,
    pub key: std::path::PathBuf,
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
            server: None,
            lan: None,
            lan_tls: None,
        }
    }

    /// `--lan` over HTTPS with `files` (a certificate for the LAN address that the phone
    /// trusts, such as one made with a local certificate authority it has installed).
    pub fn with_lan_tls(mut self, files: TlsFiles) -> Result<Self, WebError> {
        if self.lan.is_none() {
            return Err(WebError::Config(
                "--tls-cert and --tls-key on a runner's own machine are for the LAN address: \
                 give --lan too (or --server for a server)"
                    .to_owned(),
            ));
        }
        self.lan_tls = Some(files);
        Ok(self)
    }

    /// This config also listening on `ip` (at the port of `bind`) for paired phones: that
    /// address is answered as a Host too, and nothing else beyond loopback. `ip` must be an
    /// address of a home network (IPv4 private or link-local, IPv6 unique or link-local), or
    /// loopback, which tests use as a stand-in LAN.
    pub fn with_lan(mut self, ip: IpAddr) -> Result<Self, WebError> {
        if self.server.is_some() {
            return Err(WebError::Config(
                "--lan is for a runner's own machine; a server is reached through its \
                 --public-url (over TLS) instead"
                    .to_owned(),
            ));
        }
        if self.bind.port() == 0 {
            return Err(WebError::Config(
                "--lan needs a fixed port, the one the phone opens: give --port PORT (other than 0)"
                    .to_owned(),
            ));
        }
        if !is_home_network(ip) {
            return Err(WebError::Config(format!(
                "--lan {ip} is not an address of a home network (such as 192.168.1.20 or \
                 10.0.0.5): local mode speaks plain HTTP, so it listens only on a private \
                 address. Give the computer's address on the home network, or run a server \
                 with TLS (`runwell serve --server`) for anything wider"
            )));
        }
        let lan = SocketAddr::new(ip, self.bind.port());
        let host = match ip {
            IpAddr::V4(v4) => format!("{v4}:{}", lan.port()),
            IpAddr::V6(v6) => format!("[{v6}]:{}", lan.port()),
        };
        if !self.allowed_hosts.contains(&host) {
            self.allowed_hosts.push(host);
        }
        self.lan = Some(lan);
        Ok(self)
    }

    /// This config in server mode: the public URL's host is answered too. A public URL must be
    /// `https://HOST[:PORT]` (plain `http://` only for a loopback host, to try it out), and TLS
    /// needs both files.
    pub fn with_server(mut self, mode: ServerMode) -> Result<Self, WebError> {
        if let Some(url) = &mode.public_url {
            let host = public_host(url)?;
            if !self.allowed_hosts.iter().any(|h| h.eq_ignore_ascii_case(&host)) {
                self.allowed_hosts.insert(0, host);
            }
        }
        if mode.tls.is_some() && mode.behind_proxy {
            return Err(WebError::Config(
                "give either --tls-cert/--tls-key (runwell speaks TLS) or --behind-proxy (a proxy \
                 on this machine does), not both"
                    .to_owned(),
            ));
        }
        self.server = Some(mode);
        Ok(self)
    }

    /// Whether cookies must be sent over TLS only: when runwell speaks TLS or its public URL
    /// is `https`.
    pub(crate) fn secure_cookies(&self) -> bool {
        self.server.as_ref().is_some_and(|s| {
            s.tls.is_some() || s.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
        })
    }

    /// Refuses to listen on `addr` unless it is loopback, or this is a server with an `https`
    /// public URL and either TLS or a proxy in front.
    pub fn check_bind(&self, addr: SocketAddr) -> Result<(), WebError> {
        if addr.ip().is_loopback() || self.lan == Some(addr) {
            return Ok(());
        }
        match &self.server {
            Some(ServerMode { public_url: Some(url), tls, behind_proxy })
                if url.starts_with("https://") && (tls.is_some() || *behind_proxy) =>
            {
                Ok(())
            }
            _ => Err(WebError::NotLoopback(addr)),
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

/// Whether `ip` is loopback or on a home network: IPv4 private (10/8, 172.16/12, 192.168/16) or
/// link-local (169.254/16), IPv6 unique local (fc00::/7) or link-local (fe80::/10).
fn is_home_network(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback() || v4.is_private() || v4.is_link_local(),
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

/// The machine's first private IPv4 address (the default of `runwell serve --lan`), read from
/// its network interfaces; nothing is sent anywhere.
pub fn first_private_ipv4() -> Result<IpAddr, WebError> {
    let interfaces = if_addrs::get_if_addrs().map_err(|e| {
        WebError::Config(format!(
            "the network interfaces could not be read ({e}); name the address with --lan ADDRESS"
        ))
    })?;
    interfaces
        .iter()
        .map(if_addrs::Interface::ip)
        .find(|ip| matches!(ip, IpAddr::V4(v4) if v4.is_private()))
        .ok_or_else(|| {
            WebError::Config(
                "this computer has no private IPv4 address (such as 192.168.1.20) to listen on \
                 for a phone: join the home network, or name the address with --lan ADDRESS"
                    .to_owned(),
            )
        })
}

/// Refuses any address but loopback, as a runner's own machine does (a server's config decides
/// with [`WebConfig::check_bind`]).
pub fn validate_bind(addr: SocketAddr) -> Result<(), WebError> {
    WebConfig::new(addr).check_bind(addr)
}

/// `host[:port]` of a public URL, as browsers send it in Host.
fn public_host(url: &str) -> Result<String, WebError> {
    let refuse = || {
        WebError::Config(format!(
            "{url:?} is not a public URL runwell can use: give https://HOST or https://HOST:PORT \
             (http:// only for a loopback host such as 127.0.0.1), with no path"
        ))
    };
    let (scheme, rest) = url.split_once("://").ok_or_else(refuse)?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty()
        || rest.contains(['/', '?', '#', '@'])
        || rest.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(refuse());
    }
    let host_only = rest
        .rsplit_once(':')
        .map_or(rest, |(h, p)| if p.chars().all(|c| c.is_ascii_digit()) { h } else { rest });
    let loopback = host_only == "localhost"
        || host_only.trim_matches(['[', ']']).parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    match scheme {
        "https" => Ok(rest.strip_suffix(":443").unwrap_or(rest).to_owned()),
        "http" if loopback => Ok(rest.to_owned()),
        _ => Err(refuse()),
    }
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
                assert!(error.to_string().contains("--server --public-url"), "{error}");
            }
        }
    }

    #[test]
    fn beyond_loopback_only_a_server_with_https_and_tls_or_a_proxy() {
        let lan: SocketAddr = "0.0.0.0:8443".parse().unwrap();
        let tls = Some(TlsFiles { cert: "c.pem".into(), key: "k.pem".into() });
        let https = Some("https://runwell.clinic.example".to_owned());
        let server = |public_url: Option<String>, tls: Option<TlsFiles>, behind_proxy| {
            WebConfig::new(lan).with_server(ServerMode { public_url, tls, behind_proxy })
        };
        assert!(WebConfig::new(lan).check_bind(lan).is_err());
        assert!(server(None, tls.clone(), false).unwrap().check_bind(lan).is_err());
        assert!(server(https.clone(), None, false).unwrap().check_bind(lan).is_err());
        assert!(server(https.clone(), tls.clone(), false).unwrap().check_bind(lan).is_ok());
        assert!(server(https.clone(), None, true).unwrap().check_bind(lan).is_ok());
        assert!(server(https.clone(), tls.clone(), true).is_err());
        let config = server(https.clone(), tls, false).unwrap();
        assert!(config.allows_host("runwell.clinic.example"));
        assert!(config.secure_cookies());
        for (url, host) in [
            ("https://runwell.clinic.example/", Some("runwell.clinic.example")),
            ("https://r.example:8443", Some("r.example:8443")),
            ("https://r.example:443", Some("r.example")),
            ("http://127.0.0.1:7878", Some("127.0.0.1:7878")),
            ("http://runwell.clinic.example", None),
            ("https://r.example/path", None),
            ("https://user@r.example", None),
            ("ftp://r.example", None),
            ("r.example", None),
        ] {
            assert_eq!(public_host(url).ok().as_deref(), host, "{url}");
        }
    }

    #[test]
    fn the_lan_address_is_answered_and_only_a_home_network_one() {
        let config = WebConfig::port(7878).with_lan("192.168.1.20".parse().unwrap()).unwrap();
        let lan: SocketAddr = "192.168.1.20:7878".parse().unwrap();
        assert_eq!(config.lan, Some(lan));
        assert!(config.allows_host("192.168.1.20:7878"));
        assert!(!config.allows_host("192.168.1.21:7878"));
        assert!(config.check_bind(lan).is_ok());
        assert!(config.check_bind("192.168.1.21:7878".parse().unwrap()).is_err());
        assert!(WebConfig::port(7878).check_bind(lan).is_err(), "nothing changes without --lan");
        for (ip, ok) in [
            ("127.0.0.2", true),
            ("10.1.2.3", true),
            ("172.20.0.1", true),
            ("169.254.3.4", true),
            ("fd00::2", true),
            ("fe80::1", true),
            ("0.0.0.0", false),
            ("192.0.2.2", false),
            ("8.8.8.8", false),
            ("::", false),
            ("2001:db8::1", false),
        ] {
            let result = WebConfig::port(7878).with_lan(ip.parse().unwrap());
            assert_eq!(result.is_ok(), ok, "{ip}");
        }
        let server = WebConfig::port(7878).with_server(ServerMode::default()).unwrap();
        assert!(server.with_lan("192.168.1.20".parse().unwrap()).is_err());
        assert!(WebConfig::port(0).with_lan("192.168.1.20".parse().unwrap()).is_err());
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
