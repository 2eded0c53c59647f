//! Native tests of the locale tables, locale resolution, the preset's
//! translations and the shortcut keys hosts can remap.
#![cfg(not(target_arch = "wasm32"))]

use pairwise::components::{Key, Keys};
use pairwise::i18n::{fill, Locale, Strings, EN, EN_XB, ES, FR, PRESET_TEXTS};
use pairwise::model::preset::code_review_v1;
use pairwise::model::{Kind, Rubric};

const TABLES: [&Strings; 4] = [&EN, &FR, &ES, &EN_XB];

/// The `{n}` placeholders of a template, sorted.
fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> =
        (0..10).map(|i| format!("{{{i}}}")).filter(|p| text.matches(p.as_str()).count() == 1).collect();
    found.sort();
    found
}

#[test]
fn every_table_has_every_string_with_the_same_placeholders() {
    let english = EN.texts();
    for table in TABLES {
        let texts = table.texts();
        // The English table leaves the preset's texts to the preset itself.
        let own = if table.preset.is_some() { texts.len() - PRESET_TEXTS } else { texts.len() };
        assert_eq!(own, english.len(), "{}", table.tag);
        for (text, english) in texts.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{}: an empty string", table.tag);
            assert_eq!(placeholders(text), placeholders(english), "{}: {text:?} against {english:?}", table.tag);
        }
    }
    // French and Spanish are real translations, not copies.
    for table in [&FR, &ES] {
        let same = table.texts().iter().zip(&english).filter(|(a, b)| a == b).count();
        assert!(same <= 1, "{}: {same} strings left in English", table.tag);
    }
}

#[test]
fn the_pseudo_locale_is_english_mirrored() {
    for (plain, mirrored) in EN.texts().iter().zip(EN_XB.texts()) {
        assert_eq!(mirrored, format!("\u{202E}{plain}\u{202C}"));
    }
}

#[test]
fn locales_resolve_by_exact_tag_then_language_else_english() {
    let cases = [
        ("en", "en", false),
        ("fr", "fr", false),
        ("fr-CA", "fr", false),
        ("FR_be", "fr", false),
        ("es-419", "es", false),
        ("de", "en", false),
        ("", "en", false),
        ("en-XB", "en-XB", true),
        ("en-xb", "en-XB", true),
        ("ar", "en", true),
        ("he-IL", "en", true),
        ("fa", "en", true),
        ("ur-PK", "en", true),
        ("arn", "en", false),
    ];
    for (tag, table, rtl) in cases {
        let locale = Locale::resolve(tag);
        assert_eq!((locale.strings.tag, locale.rtl), (table, rtl), "{tag}");
        assert_eq!(locale.dir(), if rtl { "rtl" } else { "ltr" });
    }
}

#[test]
fn templates_fill_their_placeholders_and_plurals_follow_the_language() {
    assert_eq!(fill("{0} of {1}", &["3", "40"]), "3 of 40");
    assert_eq!(fill("{1}, {0} {2} {", &["a", "b"]), "b, a {2} {");
    assert_eq!(fill("Caractères\u{a0}: {0}", &["5"]), "Caractères\u{a0}: 5");
    assert_eq!(EN.plural(EN.status_missing, 1), "{0} answer left: {1}.");
    assert_eq!(EN.plural(EN.status_missing, 0), "{0} answers left: {1}.");
    assert_eq!(FR.plural(FR.status_missing, 0), FR.status_missing[0]);
    assert_eq!(FR.plural(FR.status_missing, 2), FR.status_missing[1]);
    assert_eq!(ES.plural(ES.status_missing, 1), "Falta {0} respuesta: {1}.");
}

/// Every text the rubric shows, in order.
fn shown_texts(rubric: &Rubric) -> Vec<String> {
    let mut texts = Vec::new();
    for q in &rubric.questions {
        texts.push(q.title.clone());
        texts.extend(q.help.clone());
        match &q.kind {
            Kind::Scale { labels, .. } => texts.extend(labels.iter().map(|(_, l)| l.clone())),
            Kind::Choice { options } | Kind::Multi { options } => texts.extend(options.iter().map(|o| o.label.clone())),
            Kind::Text { placeholder, .. } => texts.extend(placeholder.clone()),
            Kind::Preference { .. } => {}
        }
    }
    texts
}

/// The rubric with its texts blanked: ids, kinds, values and settings.
fn skeleton(rubric: &Rubric) -> Rubric {
    let mut bare = rubric.clone();
    for q in &mut bare.questions {
        q.title.clear();
        q.help = q.help.as_ref().map(|_| String::new());
        match &mut q.kind {
            Kind::Scale { labels, .. } => labels.iter_mut().for_each(|(_, l)| l.clear()),
            Kind::Choice { options } | Kind::Multi { options } => options.iter_mut().for_each(|o| o.label.clear()),
            Kind::Text { placeholder, .. } => *placeholder = placeholder.as_ref().map(|_| String::new()),
            Kind::Preference { .. } => {}
        }
    }
    bare
}

#[test]
fn the_preset_is_shown_in_the_raters_language_with_the_same_ids_and_values() {
    let preset = code_review_v1();
    let english = shown_texts(&preset);
    assert_eq!(english.len(), PRESET_TEXTS, "the tables have one text per preset text");
    assert_eq!(EN.localize(&preset), preset);
    for table in [&FR, &ES] {
        let shown = table.localize(&preset);
        assert_eq!(skeleton(&shown), skeleton(&preset), "{}", table.tag);
        assert_eq!(shown_texts(&shown), table.preset.unwrap().to_vec(), "{}", table.tag);
    }
    assert_eq!(FR.localize(&preset).questions[0].title, "Exactitude");
    assert_eq!(ES.localize(&preset).question("ran_code").map(|q| q.title.as_str()), Some("¿Ejecutaste el código?"));
    let mirrored = EN_XB.localize(&preset);
    assert_eq!(skeleton(&mirrored), skeleton(&preset));
    for (shown, english) in shown_texts(&mirrored).iter().zip(&english) {
        assert_eq!(*shown, format!("\u{202E}{english}\u{202C}"));
    }
}

#[test]
fn a_task_authors_rubric_is_never_translated() {
    let mut authored = code_review_v1();
    authored.questions[0].title = "Is it right?".into();
    assert_eq!(FR.localize(&authored), authored);
    assert_eq!(EN_XB.localize(&authored), authored);
    let mut renamed = code_review_v1();
    renamed.id = "my-review".into();
    assert_eq!(ES.localize(&renamed), renamed);
}

#[test]
fn shortcut_keys_parse_and_bad_ones_say_why() {
    for good in ["j", "K", "?", "/", "é", "F2", "f12", "Ctrl+s", "ctrl+S", "Ctrl+Enter", "Ctrl++"] {
        assert!(Key::parse(good).is_ok(), "{good}");
    }
    assert_eq!(Key::parse("J"), Key::parse("j"));
    assert_eq!(Key::parse("Ctrl+s").unwrap().label(), "Ctrl + s (⌘ + s)");
    assert_eq!(Key::parse("F2").unwrap().label(), "F2");
    for bad in ["", "3", "Ctrl+4", " ", "Enter", "jk", "F13", "F0", "Ctrl+", "Alt+j", "Shift+j"] {
        assert!(Key::parse(bad).is_err(), "{bad:?}");
    }
    assert_eq!(Keys::NAMES, ["next", "previous", "submit", "help"]);
    let defaults: Vec<String> = Keys::default().0.iter().map(|k| k.label()).collect();
    assert_eq!(defaults, ["n", "p", "Ctrl + Enter (⌘ + Enter)", "?"]);
    let rows = Keys::default().rows(&FR);
    assert_eq!(rows[1], ("n / p".to_string(), "question suivante / précédente"));
}
