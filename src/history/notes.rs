//! Notes on calls (written while a call is live or afterwards), the rules'
//! reason for what they did with a call, and searching the history.

use super::{ENTRY_COLUMNS, History, HistoryEntry, HistoryError, entry_from_row};
use rusqlite::params;

/// The longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

impl History {
    /// Sets the note on a call (by its id, as `history --json` shows it in
    /// `call_id`); an empty text removes it. False when no call has that id.
    pub fn set_note(&self, call_id: &str, text: &str) -> Result<bool, HistoryError> {
        let text = text.trim();
        let chars = text.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(HistoryError::Refused(format!(
                "the note is {chars} characters long; a note holds at most {MAX_NOTE_CHARS}: shorten it and try again"
            )));
        }
        if text.contains('\0') {
            return Err(HistoryError::Refused(
                "the note contains a NUL character; remove it and try again".into(),
            ));
        }
        let note = (!text.is_empty()).then_some(text);
        self.update_newest(call_id, "note", note)
    }

    /// Records why the rules did what they did with a call
    /// (`ignored: do not disturb (schedule)`). False when no call has that id.
    pub fn set_reason(&self, call_id: &str, reason: &str) -> Result<bool, HistoryError> {
        self.update_newest(call_id, "reason", Some(reason))
    }

    /// Sets `column` on the newest row of the call.
    fn update_newest(
        &self,
        call_id: &str,
        column: &'static str,
        value: Option<&str>,
    ) -> Result<bool, HistoryError> {
        let sql = format!(
            "UPDATE calls SET {column} = ?2 WHERE row = (SELECT max(row) FROM calls WHERE call_id = ?1)"
        );
        let n = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.execute(params![call_id, value]))
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// Calls whose name, number, note or reason contains `query`
    /// (case-insensitive; a number matches however it is written), newest first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<HistoryEntry>, HistoryError> {
        let escaped: String = query
            .trim()
            .chars()
            .flat_map(|c| match c {
                '%' | '_' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        let pattern = format!("%{escaped}%");
        let digits: String = query.chars().filter(char::is_ascii_digit).collect();
        // Fewer than three digits is not a number being looked for.
        let key = if digits.len() >= 3 {
            format!(
                "%{}%",
                crate::history::number_key(query).trim_start_matches('=')
            )
        } else {
            "\u{0}".into()
        };
        let sql = format!(
            "SELECT {ENTRY_COLUMNS}
             WHERE calls.name LIKE ?1 ESCAPE '\\' OR calls.note LIKE ?1 ESCAPE '\\'
                OR calls.reason LIKE ?1 ESCAPE '\\' OR calls.number LIKE ?1 ESCAPE '\\'
                OR calls.match_key LIKE ?2
             ORDER BY calls.started_at DESC, calls.row DESC LIMIT ?3"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(
                params![pattern, key, i64::try_from(limit).unwrap_or(i64::MAX)],
                entry_from_row,
            )
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{History, now_ms};
    use super::*;
    use crate::protocol::{Call, CallId, CallState};

    #[test]
    fn notes_are_kept_and_found() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History::open(&dir.path().join("h.sqlite3")).unwrap();
        for (id, ani) in [("41", "6465557001"), ("42", "2125550142")] {
            let call = Call {
                id: CallId::new(id),
                state: CallState::Connected,
                ani: ani.into(),
                clid: None,
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            };
            h.batch(|b| b.record("u", &call, Some("Ada Lovelace"), now_ms()))
                .unwrap();
        }
        assert!(
            h.set_note("41", "  Agreed: 10% off, send the quote  ")
                .unwrap()
        );
        assert!(!h.set_note("nope", "x").unwrap(), "no such call");
        let found = h.search("10% OFF", 10).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].note.as_deref(),
            Some("Agreed: 10% off, send the quote")
        );
        assert_eq!(h.search("%", 10).unwrap().len(), 1, "% is literal");
        assert_eq!(h.search("+1 (646) 555-7001", 10).unwrap().len(), 1);
        assert_eq!(h.search("lovelace", 10).unwrap().len(), 2);
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        let err = h.set_note("41", &long).unwrap_err().to_string();
        assert!(err.contains("at most 4000"), "{err}");
        assert!(h.set_note("41", "").unwrap());
        assert_eq!(h.recent(10, false).unwrap()[1].note, None, "removed");
    }
}
