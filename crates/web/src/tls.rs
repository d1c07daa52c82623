//! TLS for a server that speaks it itself (`--tls-cert`, `--tls-key`): rustls with the ring
//! provider, HTTP/1.1, the certificate chain and key read from PEM files once at start.

use std::sync::Arc;

use rustls_pki_types::pem::PemObject as _;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls;

use crate::{TlsFiles, WebError};

/// The acceptor for `files`, or why they cannot be used.
pub(crate) fn acceptor(files: &TlsFiles) -> Result<TlsAcceptor, WebError> {
    let fail = |what, path: &std::path::Path, detail: String| WebError::Tls {
        what,
        path: path.to_owned(),
        detail,
    };
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&files.cert)
        .map_err(|e| fail("certificate", &files.cert, e.to_string()))?
        .collect::<Result<_, _>>()
        .map_err(|e| fail("certificate", &files.cert, e.to_string()))?;
    if certs.is_empty() {
        return Err(fail(
            "certificate",
            &files.cert,
            "it holds no certificate in PEM form".to_owned(),
        ));
    }
    let key = PrivateKeyDer::from_pem_file(&files.key)
        .map_err(|e| fail("key", &files.key, e.to_string()))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| fail("certificate", &files.cert, e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| {
            fail("key", &files.key, format!("it does not go with the certificate: {e}"))
        })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}
