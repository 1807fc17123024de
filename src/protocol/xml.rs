//! A tiny element tree over quick-xml, and the escaping used when writing.
//!
//! The API's documents are small (a few hundred bytes) and shallow, so a tree is
//! the simplest faithful reading of them. Depth is capped: a hostile server can
//! not make us recurse (or drop) a million nested elements.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// Deepest element nesting we accept. The API never goes past 5.
pub const MAX_DEPTH: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XmlError {
    #[error("the XML is not well formed: {0}")]
    Malformed(String),
    #[error("the XML nests deeper than {MAX_DEPTH} elements")]
    TooDeep,
    #[error("the document has no root element")]
    Empty,
    #[error("unknown entity &{0};")]
    UnknownEntity(String),
}

/// One element: its name, attributes, text (all text children joined) and children.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Self>,
}

impl Element {
    /// The first child with this name.
    pub fn child(&self, name: &str) -> Option<&Self> {
        self.children.iter().find(|c| c.name == name)
    }

    /// The text of the first child with this name.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.as_str())
    }

    /// Every child with this name, in document order.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Self> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The value of an attribute, matched by its local name (`xsi:type` matches `type`).
    pub fn attr_local(&self, local: &str) -> Option<&str> {
        self.attrs.iter().find_map(|(k, v)| {
            let k_local = k.rsplit(':').next().unwrap_or(k);
            (k_local == local && !k.starts_with("xmlns")).then_some(v.as_str())
        })
    }
}

fn malformed(e: impl std::fmt::Display) -> XmlError {
    XmlError::Malformed(e.to_string())
}

fn start_element(e: &BytesStart<'_>) -> Result<Element, XmlError> {
    let name = e.name().as_ref().to_string();
    let mut attrs = Vec::new();
    for attr in e.attributes() {
        let attr = attr.map_err(malformed)?;
        let key = attr.key.as_ref();
        // Only `xsi:type` (and other non-namespace attributes) carry meaning here;
        // namespace declarations are skipped to save allocations on the hot path.
        if key.starts_with("xmlns") {
            continue;
        }
        let value = attr
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(malformed)?
            .into_owned();
        attrs.push((key.to_string(), value));
    }
    Ok(Element {
        name,
        attrs,
        ..Element::default()
    })
}

/// Parses one whole document into its root element.
pub fn parse(doc: &[u8]) -> Result<Element, XmlError> {
    let mut reader = Reader::from_reader(doc);
    // Not `trim_text`: it would also trim the text next to an entity (`A &amp; B`).
    // Each element's text is trimmed whole when the element ends.
    let mut stack: Vec<Element> = Vec::with_capacity(8);
    let mut root: Option<Element> = None;
    loop {
        let event = reader.read_event().map_err(malformed)?;
        match event {
            Event::Start(e) => {
                if root.is_some() {
                    return Err(XmlError::Malformed("content after the root element".into()));
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(XmlError::TooDeep);
                }
                stack.push(start_element(&e)?);
            }
            Event::Empty(e) => {
                if root.is_some() {
                    return Err(XmlError::Malformed("content after the root element".into()));
                }
                let el = start_element(&e)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None => root = Some(el),
                }
            }
            Event::End(_) => {
                // quick-xml checks that end names match their start names.
                let mut el = stack
                    .pop()
                    .ok_or_else(|| XmlError::Malformed("unexpected end tag".into()))?;
                let trimmed = el.text.trim();
                if trimmed.len() != el.text.len() {
                    el.text = trimmed.to_string();
                }
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None => root = Some(el),
                }
            }
            Event::Text(t) => {
                let text = t.xml10_content();
                let blank = text.bytes().all(|b| b.is_ascii_whitespace());
                match stack.last_mut() {
                    // Leading whitespace is layout (values are trimmed anyway); whitespace
                    // after some text (`&lt; &gt;`) is kept.
                    Some(el) if blank && el.text.is_empty() => {}
                    Some(el) => el.text.push_str(&text),
                    None if blank => {}
                    None => {
                        return Err(XmlError::Malformed("text outside the root element".into()));
                    }
                }
            }
            Event::CData(c) => {
                let text = c.xml10_content();
                if let Some(el) = stack.last_mut() {
                    el.text.push_str(&text);
                }
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().map_err(malformed)? {
                    Some(ch) => ch.to_string(),
                    None => {
                        let name = r.xml10_content();
                        resolve_predefined_entity(&name)
                            .ok_or_else(|| XmlError::UnknownEntity(name.to_string()))?
                            .to_string()
                    }
                };
                if let Some(el) = stack.last_mut() {
                    el.text.push_str(&resolved);
                }
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
    }
    if !stack.is_empty() {
        return Err(XmlError::Malformed(format!(
            "the document ends inside <{}>",
            stack.last().map(|e| e.name.as_str()).unwrap_or("?")
        )));
    }
    root.ok_or(XmlError::Empty)
}

/// Escapes text for an element's content or an attribute value.
pub fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_the_spaces_between_them_are_kept() {
        let el = parse(b"<a>  &lt; &gt; A &amp; B  </a>").unwrap();
        assert_eq!(el.text, "< > A & B");
        let el = parse(b"<a>\n  <b> x </b>\n  <c/>\n</a>").unwrap();
        assert_eq!(el.text, "");
        assert_eq!(el.child_text("b"), Some("x"));
    }

    #[test]
    fn type_attributes_are_kept_and_namespaces_skipped() {
        let el =
            parse(br#"<Result xsi:type="ns5:int" xmlns:ns5="u" xmlns:xsi="v">1</Result>"#).unwrap();
        assert_eq!(el.attr_local("type"), Some("ns5:int"));
        assert_eq!(el.attrs.len(), 1);
    }
}
