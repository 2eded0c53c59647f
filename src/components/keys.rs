//! The keys of the shortcuts a host can remap (`next`, `previous`,
//! `submit`, `help`): how a key is written in the `shortcuts` option, how
//! a keydown is matched against it, and how it is shown to the rater.

use crate::i18n::Strings;

/// One shortcut: a character, Enter or F1–F12, with or without Ctrl
/// (which ⌘ also stands for).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    /// Ctrl (or ⌘) held.
    pub ctrl: bool,
    /// The key itself.
    name: KeyName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyName {
    Char(char),
    Enter,
    F(u8),
}

impl Key {
    const fn plain(c: char) -> Key {
        Key { ctrl: false, name: KeyName::Char(c) }
    }

    /// Reads `Ctrl+s`, `j`, `?`, `F2`, `Ctrl+Enter`; says what is wrong
    /// otherwise.
    pub fn parse(text: &str) -> Result<Key, &'static str> {
        let (ctrl, rest) = match text.get(..5) {
            Some(prefix) if prefix.eq_ignore_ascii_case("ctrl+") => (true, &text[5..]),
            _ => (false, text),
        };
        let mut chars = rest.chars();
        let name = match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_digit() => return Err("digits are kept for answering"),
            (Some(c), None) if c.is_whitespace() || c.is_control() => {
                return Err("Space and Tab are kept for the form")
            }
            (Some(c), None) => KeyName::Char(c.to_ascii_lowercase()),
            _ if rest.eq_ignore_ascii_case("enter") && ctrl => KeyName::Enter,
            _ if rest.eq_ignore_ascii_case("enter") => return Err("Enter alone is kept for the form; use Ctrl+Enter"),
            _ => {
                match rest.strip_prefix(['F', 'f']).and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=12).contains(n))
                {
                    Some(n) => KeyName::F(n),
                    None => {
                        return Err("a key is one character, F1 to F12 or Ctrl+Enter, with \"Ctrl+\" before it or not")
                    }
                }
            }
        };
        Ok(Key { ctrl, name })
    }

    /// Whether a keydown of `key` with Ctrl/⌘ held or not is this one.
    pub(super) fn matches(self, key: &str, command: bool) -> bool {
        self.ctrl == command
            && match self.name {
                KeyName::Char(c) => {
                    let mut chars = key.chars();
                    chars.next().is_some_and(|k| k.to_ascii_lowercase() == c) && chars.next().is_none()
                }
                KeyName::Enter => key == "Enter",
                KeyName::F(n) => key.strip_prefix('F').and_then(|k| k.parse().ok()) == Some(n),
            }
    }

    /// Whether the key types no text (Ctrl/⌘ held, or a function key), so
    /// it works in text fields too.
    pub(super) fn types_nothing(self) -> bool {
        self.ctrl || matches!(self.name, KeyName::F(_))
    }

    /// As shown in the list of shortcuts.
    pub fn label(self) -> String {
        let name = match self.name {
            KeyName::Char(c) => c.to_string(),
            KeyName::Enter => "Enter".into(),
            KeyName::F(n) => format!("F{n}"),
        };
        if self.ctrl {
            format!("Ctrl + {name} (⌘ + {name})")
        } else {
            name
        }
    }
}

/// The keys of the four remappable shortcuts, in the order of
/// [`Keys::NAMES`]: next question (`n`), previous question (`p`), submit
/// (Ctrl+Enter), show or hide the list of shortcuts (`?`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keys(pub [Key; 4]);

impl Default for Keys {
    fn default() -> Self {
        Keys([Key::plain('n'), Key::plain('p'), Key { ctrl: true, name: KeyName::Enter }, Key::plain('?')])
    }
}

impl Keys {
    /// The names hosts remap them by.
    pub const NAMES: [&'static str; 4] = ["next", "previous", "submit", "help"];

    /// The position of the shortcut named `name`.
    pub fn index(name: &str) -> Option<usize> {
        Keys::NAMES.iter().position(|n| *n == name)
    }

    /// The list of shortcuts, with these keys, in the rater's language.
    pub fn rows(&self, t: &Strings) -> [(String, &'static str); 5] {
        [
            ("1 – 9".into(), t.keys[0]),
            (format!("{} / {}", self.0[0].label(), self.0[1].label()), t.keys[1]),
            (self.0[2].label(), t.keys[2]),
            (self.0[3].label(), t.keys[3]),
            (t.keys_form.into(), t.keys[4]),
        ]
    }
}
