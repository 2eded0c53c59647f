//! The pure core: task and rubric types, parsing with JSON paths, validation,
//! the `code-review-v1` preset, A/B ordering, answers and the rating state
//! machine. Nothing here touches the browser, so all of it runs under plain
//! `cargo test`.

pub mod answer;
pub mod attention;
pub mod draft;
pub mod gold;
pub mod hints;
pub mod order;
pub mod parse;
pub mod preset;
pub mod review;
pub mod rubric;
pub mod state;
pub mod task;
pub mod timing;

pub use answer::{AnswerValue, Preference, Slot};
pub use order::Display;
pub use parse::{parse_task_json, parse_task_value, TaskError};
pub use rubric::{ChoiceOption, Condition, Kind, Question, Rubric};
pub use state::{Action, ActionError, RatingState};
pub use task::{Response, Task};
