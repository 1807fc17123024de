use super::*;
use crate::i18n::{Locale, scoped};

#[test]
fn the_status_line_in_each_language_and_the_log_in_english() {
    let now = Instant::now();
    let status = ConnectionStatus::Reconnecting {
        attempt: 2,
        retry_at: now + Duration::from_millis(4200),
        reason: "connection lost".into(),
        blind_since: now - Duration::from_secs(9),
    };
    let said = |tag: &str| scoped(Locale::parse(tag).unwrap(), || status.describe(now));
    assert_eq!(
        said("en"),
        "Reconnecting in 5 s: connection lost (no call events for 9 s; missed changes are caught up once connected)"
    );
    assert!(
        said("de").starts_with("Neuer Verbindungsversuch in 5 s:"),
        "{}",
        said("de")
    );
    assert!(
        said("fr").starts_with("Reconnexion dans 5 s\u{a0}:"),
        "{}",
        said("fr")
    );
    assert!(
        said("es").starts_with("Reconectando en 5 s:"),
        "{}",
        said("es")
    );
    let logged = scoped(Locale::parse("de").unwrap(), || status.logged(now));
    assert_eq!(logged, "reconnecting in 5 s");
    let reason = scoped(Locale::parse("es").unwrap(), || {
        short_reason(&ClientError::HttpStatus {
            server: "x".into(),
            status: 502,
        })
    });
    assert_eq!(reason, "el servidor respondió HTTP 502");
}

#[test]
fn the_status_lines_reason_for_an_api_error_says_what_happened_before_the_code() {
    use crate::protocol::error::{ApiError, ApiErrorKind};
    let err = ClientError::Api(ApiError::new(ApiErrorKind::PhoneNotFound));
    let said = |tag: &str| scoped(Locale::parse(tag).unwrap(), || short_reason(&err));
    assert_eq!(said("en"), "phone not logged in (API error 8)");
    assert_eq!(said("de"), "Telefon nicht angemeldet (API-Fehler 8)");
    assert_eq!(said("fr"), "téléphone non connecté (erreur d’API 8)");
    assert_eq!(
        said("es"),
        "teléfono sin sesión iniciada (error de la API 8)"
    );
}
