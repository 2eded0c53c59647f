//! Built-in rubric presets.

use crate::json;

use super::parse::read_rubric;
use super::rubric::Rubric;

/// Names of the presets a task may give as `rubric`.
pub const NAMES: [&str; 1] = ["code-review-v1"];

/// The preset with this name.
pub fn by_name(name: &str) -> Option<Rubric> {
    (name == NAMES[0]).then(code_review_v1)
}

/// `code-review-v1`, in the task format. The preset is read with the
/// task's own rubric reader rather than built in code: the texts are data
/// either way, and the reader is already in the wasm, so this is the
/// smallest way to ship it (measured; see the commit that made it so).
const CODE_REVIEW_V1: &str = r#"{"id": "code-review-v1", "questions": [
{"id": "correctness", "title": "Correctness", "kind": "scale", "per_response": true, "min": 1, "max": 5,
 "help": "Does the answer solve the problem correctly, including edge cases?",
 "labels": {"1": "Wrong", "2": "Mostly wrong", "3": "Partly correct", "4": "Mostly correct", "5": "Fully correct"}},
{"id": "instruction_following", "title": "Instruction following", "kind": "scale", "per_response": true,
 "min": 1, "max": 5,
 "help": "Does the answer do what the prompt asked, in the language and form it asked for?",
 "labels": {"1": "Ignores them", "2": "Follows few", "3": "Follows some", "4": "Follows most", "5": "Follows all"}},
{"id": "ran_code", "title": "Did you run the code?", "kind": "choice", "per_response": true, "options": [
 {"value": "works", "label": "Ran it and it works"},
 {"value": "fails", "label": "Ran it and it fails"},
 {"value": "could_not_run", "label": "Could not run it"},
 {"value": "did_not_try", "label": "Did not try"},
 {"value": "no_code", "label": "No code to run"}]},
{"id": "issues", "title": "Issues", "kind": "multi", "per_response": true, "required": false,
 "help": "Tick every problem you found; leave all unticked if there are none.", "options": [
 {"value": "bug", "label": "Bug"},
 {"value": "ignores_instructions", "label": "Ignores instructions"},
 {"value": "invented_api", "label": "Invented API"},
 {"value": "security", "label": "Security problem"},
 {"value": "unclear_explanation", "label": "Unclear explanation"},
 {"value": "too_verbose", "label": "Too verbose"},
 {"value": "style", "label": "Style problems"}]},
{"id": "preference", "title": "Which response is better overall?", "kind": "preference", "points": 7},
{"id": "justification", "title": "Why?", "kind": "text", "min_chars": 40, "max_chars": 5000,
 "help": "Explain your preference so another engineer could check it.",
 "placeholder": "What decided it: correctness, missing cases, clarity…"}]}"#;

/// `code-review-v1`: correctness, instruction following, whether the code
/// ran and which issues it has, per response; then an overall 7-point
/// preference and a written justification.
pub fn code_review_v1() -> Rubric {
    // The text is a constant checked by the tests, so the fallback (an
    // empty rubric) is never taken.
    let rubric = json::parse(CODE_REVIEW_V1).ok().and_then(|value| read_rubric(&value, &mut Vec::new()));
    rubric.unwrap_or_else(|| Rubric { id: NAMES[0].into(), questions: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::super::rubric::{ChoiceOption, Kind, Question};
    use super::*;

    fn options(pairs: &[(&str, &str)]) -> Vec<ChoiceOption> {
        pairs.iter().map(|(value, label)| ChoiceOption { value: value.to_string(), label: label.to_string() }).collect()
    }

    fn scale(id: &str, title: &str, help: &str, labels: [&str; 5]) -> Question {
        Question {
            id: id.into(),
            title: title.into(),
            help: Some(help.into()),
            required: true,
            per_response: true,
            show_if: None,
            kind: Kind::Scale { min: 1, max: 5, labels: (1..=5).zip(labels.iter().map(|l| l.to_string())).collect() },
        }
    }

    /// The preset as it was built in code before it became JSON text.
    fn built() -> Rubric {
        Rubric {
            id: NAMES[0].into(),
            questions: vec![
                scale(
                    "correctness",
                    "Correctness",
                    "Does the answer solve the problem correctly, including edge cases?",
                    ["Wrong", "Mostly wrong", "Partly correct", "Mostly correct", "Fully correct"],
                ),
                scale(
                    "instruction_following",
                    "Instruction following",
                    "Does the answer do what the prompt asked, in the language and form it asked for?",
                    ["Ignores them", "Follows few", "Follows some", "Follows most", "Follows all"],
                ),
                Question {
                    id: "ran_code".into(),
                    title: "Did you run the code?".into(),
                    help: None,
                    required: true,
                    per_response: true,
                    show_if: None,
                    kind: Kind::Choice {
                        options: options(&[
                            ("works", "Ran it and it works"),
                            ("fails", "Ran it and it fails"),
                            ("could_not_run", "Could not run it"),
                            ("did_not_try", "Did not try"),
                            ("no_code", "No code to run"),
                        ]),
                    },
                },
                Question {
                    id: "issues".into(),
                    title: "Issues".into(),
                    help: Some("Tick every problem you found; leave all unticked if there are none.".into()),
                    required: false,
                    per_response: true,
                    show_if: None,
                    kind: Kind::Multi {
                        options: options(&[
                            ("bug", "Bug"),
                            ("ignores_instructions", "Ignores instructions"),
                            ("invented_api", "Invented API"),
                            ("security", "Security problem"),
                            ("unclear_explanation", "Unclear explanation"),
                            ("too_verbose", "Too verbose"),
                            ("style", "Style problems"),
                        ]),
                    },
                },
                Question {
                    id: "preference".into(),
                    title: "Which response is better overall?".into(),
                    help: None,
                    required: true,
                    per_response: false,
                    show_if: None,
                    kind: Kind::Preference { points: 7, allow_tie: true },
                },
                Question {
                    id: "justification".into(),
                    title: "Why?".into(),
                    help: Some("Explain your preference so another engineer could check it.".into()),
                    required: true,
                    per_response: false,
                    show_if: None,
                    kind: Kind::Text {
                        min_chars: 40,
                        max_chars: Some(5000),
                        placeholder: Some("What decided it: correctness, missing cases, clarity…".into()),
                    },
                },
            ],
        }
    }

    #[test]
    fn the_text_reads_as_the_preset_built_in_code() {
        let value = json::parse(CODE_REVIEW_V1).expect("the preset is JSON");
        let mut errors = Vec::new();
        assert_eq!(read_rubric(&value, &mut errors), Some(built()));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(code_review_v1(), built());
    }
}
