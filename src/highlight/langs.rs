//! The language tables: one [`Spec`] of `&'static` data per language, read by the scanners.
//! Word lists are space-separated and sorted by bytes so [`has`] can binary-search them in place.

/// Which scanner reads a language.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// The generic scanner for C-like and other programming languages, JSON and SQL.
    Code,
    /// Shell words, `$` expansions and heredocs.
    Shell,
    /// YAML keys, scalars and block scalars.
    Yaml,
    /// HTML and XML tags, attributes and comments.
    Markup,
    /// Unified diffs, one class per line.
    Diff,
}

/// Block comments nest (Rust).
pub(crate) const NEST: u16 = 1;
/// `"""` and `'''` strings span lines (Python, Java text blocks).
pub(crate) const TRIPLE: u16 = 2;
/// `#` directives at the start of a line are meta (C, C++).
pub(crate) const PREPROC: u16 = 4;
/// `@name` is a decorator or annotation (meta).
pub(crate) const DECO: u16 = 8;
/// Rust: `#[...]` attributes, lifetimes, `r#"..."#` raw strings, `name!` macros, strings span lines.
pub(crate) const RUST: u16 = 16;
/// C++ raw strings `R"delim(...)delim"`.
pub(crate) const CPP_RAW: u16 = 32;
/// JavaScript: `` `...${expr}...` `` templates, regex literals, `$` in identifiers.
pub(crate) const JS: u16 = 64;
/// Go: backtick raw strings.
pub(crate) const RAW_TICK: u16 = 128;
/// SQL: case-insensitive words, `''` escapes, `"ident"`, `` `ident` ``, `$tag$` strings, `@var`.
pub(crate) const SQL: u16 = 256;
/// JSON: a string or name followed by `:` is a key.
pub(crate) const KEYS: u16 = 512;
/// `CamelCase` names are types.
pub(crate) const CAPS: u16 = 1024;
/// `$` may appear in identifiers (Java).
pub(crate) const DOLLAR: u16 = 2048;
/// A single capital letter is a type (a generic parameter like `T`).
pub(crate) const ONE_CAP: u16 = 4096;

/// Everything the scanners need to know about one language.
pub(crate) struct Spec {
    /// Display label.
    pub name: &'static str,
    /// Fence info words that select this language, lower case, space-separated.
    pub aliases: &'static str,
    /// Which scanner to run.
    pub mode: Mode,
    /// Bit set of the flags above.
    pub flags: u16,
    /// Line comment opener, or empty.
    pub line: &'static str,
    /// Block comment opener and closer, or empty.
    pub block: [&'static str; 2],
    /// String prefixes (lower case, sorted), e.g. `r` in `r"..."`.
    pub prefixes: &'static str,
    /// Keyword lists.
    pub kw: &'static [&'static str],
    /// Type and builtin lists.
    pub ty: &'static [&'static str],
}

/// True if `w` is a word of one of the sorted `lists`; `fold` compares ASCII case-insensitively.
pub(crate) fn has(lists: &[&str], w: &[u8], fold: bool) -> bool {
    let mut buf = [0u8; 24];
    let Some(b) = buf.get_mut(..w.len()) else { return false };
    b.copy_from_slice(w);
    if fold {
        b.make_ascii_lowercase();
    }
    lists.iter().any(|l| search(l.as_bytes(), b))
}

/// Binary search of `w` in a sorted space-separated word list.
fn search(l: &[u8], w: &[u8]) -> bool {
    let (mut lo, mut hi) = (0, l.len());
    while lo < hi {
        let mut m = lo + (hi - lo) / 2;
        while m > lo && l[m - 1] != b' ' {
            m -= 1;
        }
        // Compare the word at `m` with `w` byte by byte (a call to memcmp costs more here).
        let mut k = 0;
        while m + k < hi && l[m + k] != b' ' && k < w.len() && l[m + k] == w[k] {
            k += 1;
        }
        let at = |j: usize| if m + j < hi && l[m + j] != b' ' { l[m + j] } else { 0 };
        let (a, b) = (at(k), w.get(k).copied());
        match b {
            None if a == 0 => return true,
            Some(b) if a < b => {
                let mut e = m + k;
                while e < hi && l[e] != b' ' {
                    e += 1;
                }
                lo = e + 1;
            }
            _ => hi = m.saturating_sub(1).max(lo),
        }
    }
    false
}

const PY_KW: &str = "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield";
const PY_TY: &str = "abs all any bool bytearray bytes callable chr classmethod dict dir divmod enumerate filter float format frozenset getattr hasattr hash id input int isinstance issubclass iter len list map max min next object open ord print property range repr reversed round set setattr sorted staticmethod str sum super tuple type vars zip";
const JS_KW: &str = "async await break case catch class const continue debugger default delete do else export extends false finally for from function if import in instanceof let new null of return static super switch this throw true try typeof undefined var void while yield";
const JS_TY: &str = "Infinity JSON NaN clearInterval clearTimeout console document exports fetch globalThis isNaN module parseFloat parseInt process require setInterval setTimeout window";
const TS_KW: &str = "abstract as asserts declare enum implements infer interface is keyof namespace override private protected public readonly satisfies type";
const TS_TY: &str = "any bigint boolean never number object string symbol unknown";
const C_KW: &str = "NULL auto break case const continue default do else enum extern false for goto if inline register restrict return sizeof static struct switch true typedef union volatile while";
const C_TY: &str = "FILE bool char double float int int16_t int32_t int64_t int8_t intptr_t long ptrdiff_t short signed size_t ssize_t uint16_t uint32_t uint64_t uint8_t uintptr_t unsigned void wchar_t";
const CPP_KW: &str = "alignas alignof catch class co_await co_return co_yield concept const_cast consteval constexpr constinit decltype delete dynamic_cast explicit export final friend mutable namespace new noexcept nullptr operator override private protected public reinterpret_cast requires static_assert static_cast template this throw try typeid typename using virtual";
const CPP_TY: &str = "array cerr char16_t char32_t char8_t cin cout endl map optional pair set shared_ptr string string_view tuple unique_ptr unordered_map unordered_set vector";
const JAVA_KW: &str = "abstract assert break case catch class continue default do else enum extends false final finally for if implements import instanceof interface native new null package permits private protected public record return sealed static super switch synchronized this throw throws transient true try var void volatile while yield";
const JAVA_TY: &str = "boolean byte char double float int long short";
const GO_KW: &str = "break case chan const continue default defer else fallthrough false for func go goto if import interface iota map nil package range return select struct switch true type var";
const GO_TY: &str = "any append bool byte cap close complex128 complex64 copy delete error float32 float64 int int16 int32 int64 int8 len make new panic print println recover rune string uint uint16 uint32 uint64 uint8 uintptr";
const RS_KW: &str = "Self as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self static struct super trait true type unsafe use where while";
const RS_TY: &str = "Err Ok Some bool char f32 f64 i128 i16 i32 i64 i8 isize str u128 u16 u32 u64 u8 usize";
const SQL_KW: &str = "add all alter and as asc begin between by cascade case check commit constraint create cross database declare default delete desc distinct drop else end exists false foreign from full function group having if in index inner insert intersect into is join key language left like limit not null offset on or order outer over partition primary procedure recursive references returning returns right rollback select set table then transaction trigger true union unique update using values view when where with";
const SQL_TY: &str = "bigint bigserial bit blob bool boolean char date datetime decimal double float int integer interval json jsonb money numeric real serial smallint text time timestamp timestamptz uuid varchar";
const SH_KW: &str = "[[ ]] case do done elif else esac fi for function if in select then time until while";
const SH_TY: &str = ". : [ alias bg break builtin cd command continue declare echo eval exec exit export false fg getopts hash jobs kill let local mapfile popd printf pushd pwd read readonly return set shift shopt source test trap true type ulimit umask unalias unset wait";
const JSON_KW: &str = "Infinity NaN false null true";
const YAML_KW: &str = "false null true ~";

/// A spec with no comments, prefixes or words, to fill in the rest from.
const BASE: Spec = Spec {
    name: "",
    aliases: "",
    mode: Mode::Code,
    flags: 0,
    line: "//",
    block: ["/*", "*/"],
    prefixes: "",
    kw: &[],
    ty: &[],
};

/// JavaScript, also used for `<script>` in HTML.
pub(crate) static JAVASCRIPT: Spec = Spec {
    name: "JavaScript",
    aliases: "js javascript jsx mjs cjs node",
    flags: JS | DECO | CAPS,
    kw: &[JS_KW],
    ty: &[JS_TY],
    ..BASE
};

/// Every language, in the order [`super::language`] tries them.
pub(crate) static LANGS: [&Spec; 15] = [
    &Spec {
        name: "Python",
        aliases: "py python python3 py3",
        flags: TRIPLE | DECO | CAPS,
        line: "#",
        block: ["", ""],
        prefixes: "b br f fr r rb rf u",
        kw: &[PY_KW],
        ty: &[PY_TY],
        ..BASE
    },
    &JAVASCRIPT,
    &Spec {
        name: "TypeScript",
        aliases: "ts typescript tsx",
        flags: JS | DECO | CAPS | ONE_CAP,
        kw: &[JS_KW, TS_KW],
        ty: &[JS_TY, TS_TY],
        ..JAVASCRIPT
    },
    &Spec { name: "C", aliases: "c h", flags: PREPROC, prefixes: "l u u8", kw: &[C_KW], ty: &[C_TY], ..BASE },
    &Spec {
        name: "C++",
        aliases: "cpp c++ cxx cc hpp hxx",
        flags: PREPROC | CPP_RAW | CAPS,
        prefixes: "l lr r u u8 u8r ur",
        kw: &[C_KW, CPP_KW],
        ty: &[C_TY, CPP_TY],
        ..BASE
    },
    &Spec {
        name: "Java",
        aliases: "java",
        flags: TRIPLE | DECO | CAPS | DOLLAR | ONE_CAP,
        kw: &[JAVA_KW],
        ty: &[JAVA_TY],
        ..BASE
    },
    &Spec { name: "Go", aliases: "go golang", flags: RAW_TICK, kw: &[GO_KW], ty: &[GO_TY], ..BASE },
    &Spec {
        name: "Rust",
        aliases: "rs rust",
        flags: NEST | RUST | CAPS | ONE_CAP,
        prefixes: "b br c cr r",
        kw: &[RS_KW],
        ty: &[RS_TY],
        ..BASE
    },
    &Spec {
        name: "SQL",
        aliases: "sql postgres postgresql psql mysql sqlite plsql tsql",
        flags: SQL,
        line: "--",
        prefixes: "b e n x",
        kw: &[SQL_KW],
        ty: &[SQL_TY],
        ..BASE
    },
    &Spec {
        name: "Shell",
        aliases: "sh bash zsh shell ksh",
        mode: Mode::Shell,
        line: "#",
        kw: &[SH_KW],
        ty: &[SH_TY],
        ..BASE
    },
    &Spec { name: "JSON", aliases: "json jsonc json5", flags: KEYS, kw: &[JSON_KW], ..BASE },
    &Spec { name: "YAML", aliases: "yaml yml", mode: Mode::Yaml, kw: &[YAML_KW], ..BASE },
    &Spec { name: "HTML", aliases: "html htm xhtml", mode: Mode::Markup, ..BASE },
    &Spec { name: "XML", aliases: "xml svg", mode: Mode::Markup, ..BASE },
    &Spec { name: "Diff", aliases: "diff patch", mode: Mode::Diff, ..BASE },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word list, including the string prefixes.
    fn lists() -> impl Iterator<Item = &'static str> {
        LANGS.iter().flat_map(|s| s.kw.iter().chain(s.ty).copied().chain([s.prefixes]))
    }

    #[test]
    fn word_lists_are_sorted_without_duplicates_so_search_finds_every_word() {
        for list in lists().filter(|l| !l.is_empty()) {
            let words: Vec<&str> = list.split(' ').collect();
            assert!(words.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()), "{list}");
            for w in &words {
                assert!(!w.is_empty() && w.len() <= 24, "{list}");
                assert!(has(&[list], w.as_bytes(), false), "{w} in {list}");
                // Neighbours that are not words are not found.
                for probe in [format!("{w}x"), format!("{w}_"), w[..w.len() - 1].to_string(), format!("a{w}")] {
                    assert_eq!(has(&[list], probe.as_bytes(), false), words.contains(&probe.as_str()), "{probe}");
                }
            }
        }
    }

    #[test]
    fn search_folds_case_only_when_asked() {
        assert!(has(&[SQL_KW], b"SELECT", true));
        assert!(!has(&[SQL_KW], b"SELECT", false));
        assert!(!has(&[SQL_KW], b"", true));
        assert!(!has(&[SQL_KW], &[b'a'; 40], true));
    }
}
