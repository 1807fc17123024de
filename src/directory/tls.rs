//! TLS for directories: the system's trusted roots, plus the certificates
//! of `--ca-file` (a company's own certificate authority), checked as the
//! API's connection checks them (rustls with ring, the platform verifier).
//! There is no way to skip verification.

use super::DirectoryError;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use std::path::Path;
use std::sync::Arc;

/// The certificates of a PEM file (at most 1 MiB).
pub fn load_ca(path: &Path) -> Result<Vec<CertificateDer<'static>>, DirectoryError> {
    use std::io::Read;
    let fail = |reason: String| DirectoryError::CaFile {
        path: path.display().to_string(),
        reason,
    };
    let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
    let mut pem = Vec::new();
    file.take(1 << 20)
        .read_to_end(&mut pem)
        .map_err(|e| fail(e.to_string()))?;
    let certs = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail(format!("it is not a PEM file of certificates ({e})")))?;
    if certs.is_empty() {
        return Err(fail("it holds no PEM certificate".into()));
    }
    Ok(certs)
}

/// A client configuration trusting the system's roots and `ca_file`'s.
pub fn client_config(ca_file: Option<&Path>) -> Result<Arc<rustls::ClientConfig>, DirectoryError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let extra = match ca_file {
        Some(path) => load_ca(path)?,
        None => Vec::new(),
    };
    let shown = ca_file.map(|p| p.display().to_string()).unwrap_or_default();
    let verifier = if extra.is_empty() {
        rustls_platform_verifier::Verifier::new(provider.clone())
    } else {
        rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider.clone())
    }
    .map_err(|e| DirectoryError::CaFile {
        path: shown.clone(),
        reason: format!("the system's certificate store would not take it ({e})"),
    })?;
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| DirectoryError::CaFile {
            path: shown,
            reason: e.to_string(),
        })?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// Words for a connection failure, from its root cause, and whether it is
/// a certificate that was refused.
pub fn describe(err: &(dyn std::error::Error + 'static)) -> (bool, String) {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    let mut last = err.to_string();
    while let Some(e) = cause {
        let tls = e.downcast_ref::<rustls::Error>().or_else(|| {
            e.downcast_ref::<std::io::Error>()
                .and_then(std::io::Error::get_ref)
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        });
        if let Some(tls) = tls {
            let certificate = matches!(
                tls,
                rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented
            );
            return (certificate, tls.to_string());
        }
        last = e.to_string();
        // An I/O error's source() skips the error it wraps: look at that first.
        cause = e
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::get_ref)
            .map(|inner| inner as &(dyn std::error::Error + 'static))
            .or_else(|| e.source());
    }
    (false, last)
}
