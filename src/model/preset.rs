//! Built-in rubric presets.

use super::rubric::{ChoiceOption, Kind, Question, Rubric};

/// Names of the presets a task may give as `rubric`.
pub const NAMES: [&str; 1] = ["code-review-v1"];

/// The preset with this name.
pub fn by_name(name: &str) -> Option<Rubric> {
    (name == NAMES[0]).then(code_review_v1)
}

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

/// `code-review-v1`: correctness, instruction following, whether the code
/// ran and which issues it has, per response; then an overall 7-point
/// preference and a written justification.
pub fn code_review_v1() -> Rubric {
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
