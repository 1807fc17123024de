//! The `org.m5.data.v1.cti.Call` object.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The unique id of a call, as the server gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CallId(pub String);

impl CallId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CallId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a call is in its life, as the spec names the states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CallState {
    /// Ringing *into* the phone.
    Ringing,
    /// Ringing *out* from the phone.
    Pending,
    /// Connected and active.
    Connected,
    /// Connected but on hold.
    Holding,
    /// Ended: hung up, ignored, transferred away.
    Deleted,
}

impl CallState {
    pub const ALL: [Self; 5] = [
        Self::Ringing,
        Self::Pending,
        Self::Connected,
        Self::Holding,
        Self::Deleted,
    ];

    /// The state as written on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ringing => "RINGING",
            Self::Pending => "PENDING",
            Self::Connected => "CONNECTED",
            Self::Holding => "HOLDING",
            Self::Deleted => "DELETED",
        }
    }

    /// Reads a state as written on the wire.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for CallState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One call on the user's phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    /// The call's id, for commands on this call.
    pub id: CallId,
    pub state: CallState,
    /// The other party's number, formatted however the server likes.
    pub ani: String,
    /// The number originally dialled; not always present.
    pub clid: Option<String>,
    /// The user this call state is for.
    pub did: String,
    /// Seconds since the call began, ringing included.
    pub duration: u64,
    /// The phone's MAC address.
    pub endpoint: String,
    /// True when the user placed the call.
    pub originated: bool,
}

impl Call {
    /// Writes the call as the spec's `<item xsi:type="org.m5.data.v1.cti.Call">`, indented by `indent`.
    pub fn write_xml(&self, out: &mut String, indent: &str) {
        use super::xml::escape;
        use std::fmt::Write as _;
        let inner = format!("{indent}  ");
        let _ = writeln!(out, "{indent}<item xsi:type=\"org.m5.data.v1.cti.Call\">");
        let _ = writeln!(out, "{inner}<Ani>{}</Ani>", escape(&self.ani));
        if let Some(clid) = &self.clid {
            let _ = writeln!(out, "{inner}<CLID>{}</CLID>", escape(clid));
        }
        let _ = writeln!(out, "{inner}<DID>{}</DID>", escape(&self.did));
        let _ = writeln!(out, "{inner}<Duration>{}</Duration>", self.duration);
        let _ = writeln!(
            out,
            "{inner}<Endpoint>{}</Endpoint>",
            escape(&self.endpoint)
        );
        let _ = writeln!(out, "{inner}<Id>{}</Id>", escape(self.id.as_str()));
        let _ = writeln!(out, "{inner}<Originated>{}</Originated>", self.originated);
        let _ = writeln!(out, "{inner}<State>{}</State>", self.state);
        let _ = writeln!(out, "{indent}</item>");
    }
}
