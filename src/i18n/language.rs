//! Which language: the catalogue of shipped languages, reading a language
//! tag (`de_AT.UTF-8`, `fr-CA`), and choosing one from `SKYDIAL_LANG`, the
//! *Language* setting and the system's languages.
//!
//! On Linux the system's languages are what gettext would use, in its order:
//! `LANGUAGE` (a `:`-separated list, consulted only when the locale is not
//! `C`), else the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`; the `C` and
//! `POSIX` locales mean English. Elsewhere they are the user's UI languages
//! (sys-locale: `GetUserPreferredUILanguages` on Windows, the preferred
//! languages on macOS). The first one skydial has wins (`pt_BR:de` is
//! German); none means English (`pt_BR` alone).

use unic_langid::LanguageIdentifier;
use unic_langid::subtags::Region;

/// A shipped language: its code, its name in itself (for the *Language*
/// setting, never translated) and its messages.
pub(crate) struct Catalog {
    pub(crate) code: &'static str,
    pub(crate) name: &'static str,
    pub(crate) source: &'static str,
}

/// The languages skydial speaks. Adding one: its `.ftl` file in
/// `assets/i18n/` and its line here (the tests check both, and every
/// message in it).
pub(crate) const CATALOGS: [Catalog; 4] = [
    Catalog {
        code: "en",
        name: "English",
        source: include_str!("../../assets/i18n/en.ftl"),
    },
    Catalog {
        code: "de",
        name: "Deutsch",
        source: include_str!("../../assets/i18n/de.ftl"),
    },
    Catalog {
        code: "fr",
        name: "Français",
        source: include_str!("../../assets/i18n/fr.ftl"),
    },
    Catalog {
        code: "es",
        name: "Español",
        source: include_str!("../../assets/i18n/es.ftl"),
    },
];

/// A language skydial has messages in (or the pseudo-locale).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language(u8);

impl Language {
    pub const ENGLISH: Self = Self(0);
    /// `qps`: English, accented and about 40 % longer, made at run time,
    /// so that text which did not go through the translation layer shows.
    pub const PSEUDO: Self = Self(CATALOGS.len() as u8);

    /// The shipped languages (not the pseudo-locale), English first.
    pub fn shipped() -> impl Iterator<Item = Self> {
        (0..CATALOGS.len() as u8).map(Self)
    }

    /// The language's code: `en`, `de`, `fr`, `es`, `qps`.
    pub fn code(self) -> &'static str {
        self.catalog().map_or("qps", |c| c.code)
    }

    /// The language's name in itself (`Deutsch`), for choosing it.
    pub fn name(self) -> &'static str {
        self.catalog().map_or("Pseudo-locale", |c| c.name)
    }

    fn catalog(self) -> Option<&'static Catalog> {
        CATALOGS.get(usize::from(self.0))
    }

    pub(crate) fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The messages: the pseudo-locale is made from English.
    pub(crate) fn source(self) -> &'static str {
        self.catalog().unwrap_or(&CATALOGS[0]).source
    }

    /// The locale whose plural rules the messages follow (CLDR's).
    pub(crate) fn plural_rules(self) -> LanguageIdentifier {
        self.catalog()
            .unwrap_or(&CATALOGS[0])
            .code
            .parse()
            .unwrap_or_default()
    }

    fn from_code(code: &str) -> Option<Self> {
        if code == "qps" {
            return Some(Self::PSEUDO);
        }
        Self::shipped().find(|l| l.code() == code)
    }
}

/// A language with the region that decides how times and dates are
/// written (`en-US` 2:05 PM, `en-GB` 14:05).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    language: Language,
    region: Option<Region>,
}

impl Locale {
    pub const ENGLISH: Self = Self {
        language: Language::ENGLISH,
        region: None,
    };
    pub const PSEUDO: Self = Self {
        language: Language::PSEUDO,
        region: None,
    };

    /// Reads a language tag, BCP 47 (`fr-CA`) or POSIX (`de_AT.UTF-8@euro`).
    /// `C` and `POSIX` are English; `None` for a language skydial does not
    /// have (`pt_BR`) or a tag it cannot read.
    pub fn parse(tag: &str) -> Option<Self> {
        let tag = tag.trim();
        // POSIX: language[_territory][.codeset][@modifier]
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        if tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
            return Some(Self::ENGLISH);
        }
        let id: LanguageIdentifier = tag.replace('_', "-").parse().ok()?;
        let language = Language::from_code(id.language.as_str())?;
        Some(Self {
            language,
            region: id.region.filter(|_| language != Language::PSEUDO),
        })
    }

    pub fn language(self) -> Language {
        self.language
    }

    /// The region's code (`AT`), if the tag named one.
    pub fn region(&self) -> Option<&str> {
        self.region.as_ref().map(Region::as_str)
    }

    /// The tag, like `de-AT`.
    pub fn tag(self) -> String {
        match self.region {
            Some(region) => format!("{}-{}", self.language.code(), region.as_str()),
            None => self.language.code().to_string(),
        }
    }
}

/// Where the choice comes from, read once (tests build one by hand).
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `SKYDIAL_LANG`, for tests and for a user who wants one language in a
    /// shell.
    pub skydial_lang: Option<String>,
    /// The system's languages, best first.
    pub system: Vec<String>,
}

impl Environment {
    /// This process's environment.
    pub fn current() -> Self {
        let var = |name: &str| std::env::var(name).ok();
        Self {
            skydial_lang: var("SKYDIAL_LANG"),
            system: system_languages(var),
        }
    }
}

#[cfg(target_os = "linux")]
fn system_languages(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    gettext_languages(var)
}

#[cfg(not(target_os = "linux"))]
fn system_languages(_var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The languages gettext would use for messages, best first, from the
/// variables `var` reads.
pub fn gettext_languages(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let locale = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"))
        .unwrap_or_else(|| "C".to_string());
    if Locale::parse(&locale) == Some(Locale::ENGLISH) && is_c(&locale) {
        // gettext ignores LANGUAGE under the C locale.
        return vec![locale];
    }
    match set("LANGUAGE") {
        Some(list) => list
            .split(':')
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        None => vec![locale],
    }
}

fn is_c(locale: &str) -> bool {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    name.eq_ignore_ascii_case("c") || name.eq_ignore_ascii_case("posix")
}

/// Chooses: `SKYDIAL_LANG`, else `setting` (unless `system`), else the
/// system's languages in order; the first that names a language skydial
/// has wins, and English when none does.
pub fn resolve(setting: &str, env: &Environment) -> Locale {
    let setting = setting.trim();
    let chosen =
        (!setting.is_empty() && !setting.eq_ignore_ascii_case("system")).then_some(setting);
    env.skydial_lang
        .as_deref()
        .into_iter()
        .chain(chosen)
        .chain(env.system.iter().map(String::as_str))
        .filter(|tag| !tag.trim().is_empty())
        .find_map(Locale::parse)
        .unwrap_or(Locale::ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on_linux(vars: &[(&str, &str)]) -> Environment {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Environment {
            skydial_lang: None,
            system: gettext_languages(|name| {
                vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
            }),
        }
    }

    fn tag(setting: &str, env: &Environment) -> String {
        resolve(setting, env).tag()
    }

    #[test]
    fn tags_name_a_language_and_keep_the_region() {
        assert_eq!(
            tag("system", &on_linux(&[("LANG", "de_AT.UTF-8")])),
            "de-AT"
        );
        assert_eq!(tag("system", &on_linux(&[("LANG", "pt_BR.UTF-8")])), "en");
        assert_eq!(tag("system", &on_linux(&[("LANG", "fr-CA")])), "fr-CA");
        assert_eq!(tag("system", &on_linux(&[("LANG", "es_ES@euro")])), "es-ES");
        assert_eq!(tag("system", &on_linux(&[("LANG", "en_GB.utf8")])), "en-GB");
        assert_eq!(Locale::parse("xx-??"), None);
        let austria = Locale::parse("de_AT.UTF-8").unwrap();
        assert_eq!(austria.region(), Some("AT"));
    }

    #[test]
    fn gettext_order_language_then_lc_all_then_lc_messages_then_lang() {
        let env = on_linux(&[("LANG", "es_ES.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")]);
        assert_eq!(tag("system", &env), "fr-FR");
        let env = on_linux(&[
            ("LANG", "es_ES.UTF-8"),
            ("LC_MESSAGES", "fr_FR.UTF-8"),
            ("LC_ALL", "de_DE.UTF-8"),
        ]);
        assert_eq!(tag("system", &env), "de-DE");
        // LANGUAGE is a list; the first language skydial has wins.
        let env = on_linux(&[("LANG", "es_ES.UTF-8"), ("LANGUAGE", "pt_BR:fr:de")]);
        assert_eq!(tag("system", &env), "fr");
        // A LANGUAGE of languages skydial lacks is English, not LANG's.
        let env = on_linux(&[("LANG", "es_ES.UTF-8"), ("LANGUAGE", "pt_BR:pt")]);
        assert_eq!(tag("system", &env), "en");
        // Empty variables count as unset.
        let env = on_linux(&[("LANG", "es_ES.UTF-8"), ("LC_ALL", ""), ("LANGUAGE", "")]);
        assert_eq!(tag("system", &env), "es-ES");
    }

    #[test]
    fn the_c_and_posix_locales_mean_english_even_with_language_set() {
        for c in ["C", "POSIX", "C.UTF-8"] {
            let env = on_linux(&[("LANG", c), ("LANGUAGE", "de")]);
            assert_eq!(tag("system", &env), "en", "{c}");
        }
        let env = on_linux(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")]);
        assert_eq!(tag("system", &env), "en");
        assert_eq!(tag("system", &on_linux(&[])), "en", "nothing set: C");
    }

    #[test]
    fn skydial_lang_then_the_setting_then_the_system() {
        let mut env = on_linux(&[("LANG", "de_DE.UTF-8")]);
        assert_eq!(tag("system", &env), "de-DE");
        assert_eq!(tag("", &env), "de-DE");
        assert_eq!(tag("fr", &env), "fr");
        assert_eq!(tag("es-MX", &env), "es-MX");
        // A setting skydial cannot follow leaves the system's choice.
        assert_eq!(tag("pt-BR", &env), "de-DE");
        assert_eq!(tag("klingon!", &env), "de-DE");
        env.skydial_lang = Some("en_GB".into());
        assert_eq!(tag("fr", &env), "en-GB");
        env.skydial_lang = Some("qps".into());
        assert_eq!(resolve("fr", &env), Locale::PSEUDO);
        env.skydial_lang = Some("qps-ploc".into());
        assert_eq!(resolve("fr", &env), Locale::PSEUDO);
        env.skydial_lang = Some(String::new());
        assert_eq!(tag("fr", &env), "fr");
    }

    #[test]
    fn windows_ui_languages_are_tags_in_order() {
        let env = Environment {
            skydial_lang: None,
            system: vec!["pt-BR".into(), "es-419".into(), "en-US".into()],
        };
        assert_eq!(resolve("system", &env).language().code(), "es");
    }

    #[test]
    fn each_shipped_language_has_a_code_and_its_own_name() {
        let names: Vec<_> = Language::shipped()
            .map(|l| format!("{} {}", l.code(), l.name()))
            .collect();
        assert_eq!(
            names,
            ["en English", "de Deutsch", "fr Français", "es Español"]
        );
        assert_eq!(Language::PSEUDO.code(), "qps");
    }
}
