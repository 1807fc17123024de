//! The `org.m5.api.v1.Response` document: reading it, and writing it as the server does.

use super::call::{Call, CallId, CallState};
use super::command::XML_DECL;
use super::error::{ApiError, ApiErrorKind};
use super::number::bounded;
use super::xml::{self, Element, XmlError, escape};
use std::fmt::Write as _;

/// The root element's name.
pub const RESPONSE_ROOT: &str = "org.m5.api.v1.Response";

/// The longest text kept from a call's fields (`Ani`, `CLID`, `DID`,
/// `Endpoint`); longer text from the server is cut (with `…`).
pub const MAX_FIELD_CHARS: usize = 256;
/// The longest call id accepted; an item with a longer one is skipped.
pub const MAX_CALL_ID_CHARS: usize = 64;

/// What a response's `Result` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultValue {
    /// `xsi:type="ns5:boolean"`: most commands.
    Boolean(bool),
    /// `xsi:type="ns5:int"`: `subscribe`.
    Int(i64),
    /// `xsi:type="xmlList"` of calls: `listCalls` and subscription events.
    Calls(Vec<Call>),
    /// Any other type, kept as text.
    Text(String),
}

/// One response document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The number of errors the server counted.
    pub error_count: u32,
    pub errors: Vec<ApiError>,
    /// The correlation id (the command's, or a random one).
    pub id: Option<String>,
    pub result: Option<ResultValue>,
    /// Call items of the result that could not be understood and were left out
    /// (the rest of the document still counts).
    pub skipped: Vec<SkippedItem>,
}

/// A call item left out of a result: a state the spec does not list (a newer
/// server's `PARKED`), no `Id`, or a field that does not read. The spec asks
/// clients to accommodate changes, so one such item never costs the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedItem {
    /// The call's id when it had one: the call exists on the phone, in a state
    /// skydial cannot show (a catch-up list must not end it).
    pub id: Option<CallId>,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    #[error("a call item has no Id")]
    NoId,
    #[error("a call is in the state {0:?}, which skydial does not know")]
    UnknownState(String),
    #[error("a call item's {field} is not a valid {what}")]
    BadField {
        field: &'static str,
        what: &'static str,
    },
}

impl SkipReason {
    /// A short key for "log each kind once" (the state name, or the field).
    pub fn key(&self) -> String {
        match self {
            Self::NoId => "no-id".into(),
            Self::UnknownState(s) => format!("state:{s}"),
            Self::BadField { field, .. } => format!("field:{field}"),
        }
    }
}

/// Why a response could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error(transparent)]
    Xml(#[from] XmlError),
    #[error("expected <{RESPONSE_ROOT}>, found <{0}>")]
    WrongRoot(String),
    #[error("{field} is not a valid {what}: {value:?}")]
    BadValue {
        field: &'static str,
        what: &'static str,
        value: String,
    },
}

fn bad(field: &'static str, what: &'static str, value: &str) -> ParseError {
    ParseError::BadValue {
        field,
        what,
        value: value.chars().take(64).collect(),
    }
}

fn parse_bool(field: &'static str, text: &str) -> Result<bool, ParseError> {
    match text.trim() {
        t if t.eq_ignore_ascii_case("true") => Ok(true),
        t if t.eq_ignore_ascii_case("false") => Ok(false),
        t => Err(bad(field, "boolean", t)),
    }
}

fn parse_u64(field: &'static str, text: &str) -> Result<u64, ParseError> {
    text.trim().parse().map_err(|_| bad(field, "number", text))
}

fn parse_call(item: &Element) -> Result<Call, SkippedItem> {
    let raw = |name: &str| item.child_text(name).map(str::trim).unwrap_or("");
    let text = |name: &str| bounded(raw(name), MAX_FIELD_CHARS);
    let id = raw("Id");
    if id.is_empty() {
        return Err(SkippedItem {
            id: None,
            reason: SkipReason::NoId,
        });
    }
    if id.chars().count() > MAX_CALL_ID_CHARS {
        return Err(SkippedItem {
            id: None,
            reason: SkipReason::BadField {
                field: "Id",
                what: "call id (too long)",
            },
        });
    }
    let id = CallId::new(id);
    let skip = |reason| SkippedItem {
        id: Some(id.clone()),
        reason,
    };
    let bad_field = |field, what| skip(SkipReason::BadField { field, what });
    let state_text = raw("State");
    let state = CallState::parse(state_text).ok_or_else(|| {
        skip(SkipReason::UnknownState(
            state_text.chars().take(32).collect(),
        ))
    })?;
    let duration = match item.child_text("Duration") {
        Some(d) => parse_u64("Duration", d).map_err(|_| bad_field("Duration", "number"))?,
        None => 0,
    };
    let originated = match item.child_text("Originated") {
        Some(o) => parse_bool("Originated", o).map_err(|_| bad_field("Originated", "boolean"))?,
        None => false,
    };
    Ok(Call {
        id,
        state,
        ani: text("Ani"),
        clid: Some(text("CLID")).filter(|c| !c.is_empty()),
        did: text("DID"),
        duration,
        endpoint: text("Endpoint"),
        originated,
    })
}

fn parse_result(el: &Element, skipped: &mut Vec<SkippedItem>) -> Result<ResultValue, ParseError> {
    let declared = el
        .attr_local("type")
        .map(|t| t.rsplit(':').next().unwrap_or(t));
    let text = el.text.trim();
    match declared {
        Some("boolean") => Ok(ResultValue::Boolean(parse_bool("Result", text)?)),
        Some("int" | "long" | "short") => Ok(ResultValue::Int(
            text.parse().map_err(|_| bad("Result", "integer", text))?,
        )),
        Some("xmlList") => Ok(calls(el, skipped)),
        Some(_) => Ok(ResultValue::Text(text.to_string())),
        // No declared type: infer it from the content.
        None if !el.children.is_empty() => Ok(calls(el, skipped)),
        None => Ok(parse_bool("Result", text)
            .map(ResultValue::Boolean)
            .or_else(|_| text.parse().map(ResultValue::Int))
            .unwrap_or_else(|_| ResultValue::Text(text.to_string()))),
    }
}

/// The calls of a list; what cannot be read goes to `skipped`.
fn calls(el: &Element, skipped: &mut Vec<SkippedItem>) -> ResultValue {
    let mut calls = Vec::new();
    // Items of other types are not calls: ignore what we do not know.
    let items = el.children_named("item").filter(|item| {
        item.attr_local("type")
            .is_none_or(|t| t == "org.m5.data.v1.cti.Call")
    });
    for item in items {
        match parse_call(item) {
            Ok(call) => calls.push(call),
            Err(skip) => skipped.push(skip),
        }
    }
    ResultValue::Calls(calls)
}

fn parse_error_item(item: &Element) -> Result<ApiError, ParseError> {
    let code = parse_u64(
        "MajorErrorCode",
        item.child_text("MajorErrorCode").unwrap_or(""),
    )?;
    let minor = match item.child_text("MinorErrorCode") {
        Some(m) if !m.trim().is_empty() => parse_u64("MinorErrorCode", m)?,
        _ => 0,
    };
    Ok(ApiError {
        code: u32::try_from(code)
            .map_err(|_| bad("MajorErrorCode", "error code", &code.to_string()))?,
        minor: u32::try_from(minor).unwrap_or(u32::MAX),
        message: item.child_text("Message").unwrap_or("").trim().to_string(),
    })
}

impl Response {
    /// Reads one whole response document.
    pub fn parse(doc: &[u8]) -> Result<Self, ParseError> {
        let root = xml::parse(doc)?;
        if root.name != RESPONSE_ROOT {
            return Err(ParseError::WrongRoot(root.name.chars().take(64).collect()));
        }
        let error_count = match root.child_text("ErrorCount") {
            Some(c) => u32::try_from(parse_u64("ErrorCount", c)?)
                .map_err(|_| bad("ErrorCount", "count", c))?,
            None => 0,
        };
        let mut errors = match root.child("Errors") {
            Some(list) => list
                .children_named("item")
                .map(parse_error_item)
                .collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        if error_count > 0 && errors.is_empty() {
            errors.push(ApiError::with_message(
                ApiErrorKind::Other(0),
                format!("the server counted {error_count} error(s) but sent no details"),
            ));
        }
        let id = root
            .child_text("Id")
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .map(str::to_string);
        let mut skipped = Vec::new();
        let result = root
            .child("Result")
            .map(|r| parse_result(r, &mut skipped))
            .transpose()?;
        Ok(Self {
            error_count,
            errors,
            id,
            result,
            skipped,
        })
    }

    /// The first error, if the server reported any.
    pub fn error(&self) -> Option<&ApiError> {
        self.errors.first()
    }

    /// The result, or the first error.
    pub fn into_result(self) -> Result<Option<ResultValue>, ApiError> {
        match self.errors.into_iter().next() {
            Some(err) => Err(err),
            None => Ok(self.result),
        }
    }

    fn new(id: Option<String>, result: ResultValue) -> Self {
        Self {
            error_count: 0,
            errors: Vec::new(),
            id,
            result: Some(result),
            skipped: Vec::new(),
        }
    }

    pub fn boolean(id: Option<String>, value: bool) -> Self {
        Self::new(id, ResultValue::Boolean(value))
    }

    pub fn int(id: Option<String>, value: i64) -> Self {
        Self::new(id, ResultValue::Int(value))
    }

    pub fn calls(id: Option<String>, calls: Vec<Call>) -> Self {
        Self::new(id, ResultValue::Calls(calls))
    }

    pub fn error_response(id: Option<String>, error: ApiError) -> Self {
        Self {
            error_count: 1,
            errors: vec![error],
            id,
            result: None,
            skipped: Vec::new(),
        }
    }

    /// The response as the server writes it, in the spec's layout.
    pub fn to_xml(&self) -> String {
        let mut out = String::with_capacity(640);
        out.push_str(XML_DECL);
        out.push('\n');
        let _ = writeln!(out, "<{RESPONSE_ROOT} {RESPONSE_NS}>");
        let _ = writeln!(out, "  <ErrorCount>{}</ErrorCount>", self.error_count);
        if !self.errors.is_empty() {
            out.push_str("  <Errors>\n");
            for err in &self.errors {
                let _ = writeln!(out, "    <item xsi:type=\"org.m5.api.v1.Error\" {XSI_NS}>");
                let _ = writeln!(out, "      <MajorErrorCode>{}</MajorErrorCode>", err.code);
                let _ = writeln!(out, "      <Message>{}</Message>", escape(&err.message));
                let _ = writeln!(out, "      <MinorErrorCode>{}</MinorErrorCode>", err.minor);
                out.push_str("    </item>\n");
            }
            out.push_str("  </Errors>\n");
        }
        if let Some(id) = &self.id {
            let _ = writeln!(out, "  <Id>{}</Id>", escape(id));
        }
        match &self.result {
            None => {}
            Some(ResultValue::Boolean(b)) => {
                let _ = writeln!(
                    out,
                    "  <Result xsi:type=\"ns5:boolean\" {NS5_NS} {XSI_NS}>{b}</Result>"
                );
            }
            Some(ResultValue::Int(i)) => {
                let _ = writeln!(
                    out,
                    "  <Result xsi:type=\"ns5:int\" {NS5_NS} {XSI_NS}>{i}</Result>"
                );
            }
            Some(ResultValue::Text(t)) => {
                let _ = writeln!(
                    out,
                    "  <Result xsi:type=\"ns5:string\" {NS5_NS} {XSI_NS}>{}</Result>",
                    escape(t)
                );
            }
            Some(ResultValue::Calls(calls)) if calls.is_empty() => {
                let _ = writeln!(out, "  <Result xsi:type=\"xmlList\" {XSI_NS}/>");
            }
            Some(ResultValue::Calls(calls)) => {
                let _ = writeln!(out, "  <Result xsi:type=\"xmlList\" {XSI_NS}>");
                for call in calls {
                    call.write_xml(&mut out, "    ");
                }
                out.push_str("  </Result>\n");
            }
        }
        let _ = writeln!(out, "</{RESPONSE_ROOT}>");
        out
    }
}

const RESPONSE_NS: &str = r#"xmlns:m5="http://www.m5net.com/org/m5/data/v2/cti" xmlns:csta="http://www.ecma-international.org/standards/ecma-323/csta/ed5""#;
const NS5_NS: &str = r#"xmlns:ns5="http://www.w3.org/2001/XMLSchema""#;
const XSI_NS: &str = r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#;
