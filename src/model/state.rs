//! The rating state machine. Every change goes through [`RatingState::apply`]
//! with an [`Action`]; the UI only renders what this state says.

use std::sync::Arc;

use crate::json::Json;

use super::answer::{completes, AnswerValue, Slot};
use super::attention::Viewing;
use super::hints::{self, Fired};
use super::order::Display;
use super::rubric::{Kind, Question, Test};
use super::task::Task;
use super::timing::{elapsed, ActiveTime, QuestionTiming};

/// Something the rater or the page did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set (`Some`) or clear (`None`) the answer in a slot.
    Answer {
        /// Where the answer goes.
        slot: Slot,
        /// The new value.
        value: Option<AnswerValue>,
    },
    /// The page became active (visible and focused) or inactive.
    SetActive(bool),
    /// The rater did something (pressed a key, clicked, scrolled): active
    /// time keeps counting (see [`super::timing::IDLE_MS`]).
    Input,
    /// Part of a response is on screen: `from..to` of its height (an empty
    /// range when none of it is).
    View {
        /// The response's id.
        response: String,
        /// Top of the visible part, as a fraction of the height.
        from: f64,
        /// Bottom of the visible part, as a fraction of the height.
        to: f64,
    },
    /// The rater reports the task as broken instead of (or before) rating it.
    Flag {
        /// One of [`FLAG_REASONS`].
        reason: String,
        /// The rater's explanation.
        comment: String,
    },
    /// After the submit, the rater disputes the gold answer in a slot.
    Dispute {
        /// The slot whose gold answer is disputed.
        slot: Slot,
        /// Why the rater disagrees.
        comment: String,
    },
    /// The rater submits. The id and wall-clock time come from outside.
    Submit {
        /// A fresh UUID; kept for every later retry of this rating.
        submission_id: String,
        /// ISO 8601 time of the submit.
        at: String,
    },
}

/// What an action changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed (same value again, or a repeated submit).
    Unchanged,
    /// An answer changed.
    Changed,
    /// The rating was submitted.
    Submitted,
    /// The task was flagged.
    Flagged,
    /// A gold answer was disputed.
    Disputed,
}

/// Why a rater may flag a task, as sent in the `flag` event.
pub const FLAG_REASONS: [&str; 6] =
    ["unclear_prompt", "identical_responses", "outside_expertise", "unsafe_content", "display_problem", "other"];

/// Why an action was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    /// The slot names no question, or the wrong kind of response.
    #[error("no question \"{}\" for this response", .0.question)]
    UnknownSlot(Slot),
    /// The value is not one the question accepts.
    #[error("value not accepted by question \"{0}\"")]
    InvalidValue(String),
    /// The rating was already submitted.
    #[error("the rating was already submitted")]
    Locked,
    /// A flag needs a known reason, and a comment for `other`.
    #[error("a flag needs one of the known reasons, and a comment for \"other\"")]
    InvalidFlag,
    /// A dispute needs a submitted rating, a gold answer in its slot and a
    /// comment.
    #[error("a dispute needs a submitted rating, a gold answer and a comment")]
    InvalidDispute,
    /// The rating is not complete; these question ids are missing.
    #[error("the rating is incomplete: {}", crate::i18n::join(.0, ", "))]
    Incomplete(Vec<String>),
}

/// A submitted rating.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    /// The rating's id.
    pub id: String,
    /// ISO 8601 time of the submit.
    pub submitted_at: String,
    /// Active milliseconds at the submit.
    pub active_ms: u64,
}

/// Removes the entry for `slot`, if any, keeping the others in order.
fn remove_slot<T>(entries: &mut Vec<(Slot, T)>, slot: &Slot) {
    if let Some(index) = entries.iter().position(|(s, _)| s == slot) {
        entries.remove(index);
    }
}

/// A small map from slots to values. A rubric has a few dozen slots at
/// most, so a vector searched in order is all that is needed.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct SlotMap<T>(pub(super) Vec<(Slot, T)>);

impl<T> Default for SlotMap<T> {
    fn default() -> Self {
        SlotMap(Vec::new())
    }
}

impl<T> SlotMap<T> {
    fn get(&self, slot: &Slot) -> Option<&T> {
        self.at(&slot.question, slot.response.as_deref())
    }

    /// The value for a question (and response), without building a `Slot`.
    fn at(&self, question: &str, response: Option<&str>) -> Option<&T> {
        self.0.iter().find(|(s, _)| s.question == question && s.response.as_deref() == response).map(|(_, v)| v)
    }

    pub(super) fn set(&mut self, slot: Slot, value: Option<T>) {
        // A slot is in the map at most once, so removing the one found is
        // what `retain` would do, without its code for every element type.
        remove_slot(&mut self.0, &slot);
        if let Some(value) = value {
            self.0.push((slot, value));
        }
    }
}

impl<T: Default> SlotMap<T> {
    fn get_or_insert(&mut self, slot: &Slot) -> &mut T {
        let index = match self.0.iter().position(|(s, _)| s == slot) {
            Some(index) => index,
            None => {
                self.0.push((slot.clone(), T::default()));
                self.0.len() - 1
            }
        };
        &mut self.0[index].1
    }
}

/// All that a rater has done on one task.
#[derive(Clone, Debug, PartialEq)]
pub struct RatingState {
    /// The task being rated.
    pub task: Arc<Task>,
    /// What is shown on which side.
    pub display: Display,
    /// ISO 8601 time the task was shown.
    pub started_at: String,
    pub(super) started_ms: f64,
    pub(super) answers: SlotMap<AnswerValue>,
    pub(super) timings: SlotMap<QuestionTiming>,
    pub(super) active: ActiveTime,
    pub(super) submission: Option<Submission>,
    /// Per response id, in task order.
    pub(super) attention: [(String, Viewing); 2],
    /// The last flag sent: reason and comment.
    pub(super) flag: Option<(String, String)>,
    /// Consistency hints that fired, in order.
    pub(super) hints: Vec<Fired>,
    /// Disputed gold answers and the rater's comments.
    pub(super) disputes: Vec<(Slot, String)>,
}

impl RatingState {
    /// A fresh rating of `task`, started at `started_at` / `now_ms`.
    pub fn new(task: Arc<Task>, display: Display, started_at: String, now_ms: f64, active: bool) -> Self {
        // Written out rather than `response_ids().map(…)`, whose array code
        // would be one more function in the wasm.
        let [a, b] = task.response_ids();
        let attention = [(a.to_string(), Viewing::default()), (b.to_string(), Viewing::default())];
        RatingState {
            task: task.clone(),
            display,
            started_at,
            started_ms: now_ms,
            answers: SlotMap::default(),
            timings: SlotMap::default(),
            active: ActiveTime::new(active, now_ms),
            submission: None,
            attention,
            flag: None,
            hints: Vec::new(),
            disputes: Vec::new(),
        }
    }

    /// Applies an action at `now_ms`.
    pub fn apply(&mut self, action: Action, now_ms: f64) -> Result<Outcome, ActionError> {
        match action {
            Action::SetActive(active) => {
                self.active.set(active, now_ms);
                if !active {
                    self.attention.iter_mut().for_each(|(_, viewing)| viewing.hide(now_ms));
                }
                Ok(Outcome::Unchanged)
            }
            Action::Input => {
                self.active.input(now_ms);
                Ok(Outcome::Unchanged)
            }
            Action::View { response, from, to } => {
                if self.submission.is_none() {
                    if let Some((_, viewing)) = self.attention.iter_mut().find(|(id, _)| *id == response) {
                        viewing.observe(from, to, now_ms);
                    }
                }
                Ok(Outcome::Unchanged)
            }
            Action::Answer { slot, value } => {
                self.active.input(now_ms);
                self.set_answer(slot, value, now_ms)
            }
            Action::Flag { reason, comment } => {
                let comment = comment.trim().to_string();
                if !FLAG_REASONS.contains(&reason.as_str()) || (reason == "other" && comment.is_empty()) {
                    return Err(ActionError::InvalidFlag);
                }
                self.flag = Some((reason, comment));
                Ok(Outcome::Flagged)
            }
            Action::Dispute { slot, comment } => {
                let comment = comment.trim().to_string();
                let gold = self.task.gold.as_ref().and_then(|gold| gold.answer(&slot));
                if self.submission.is_none() || gold.is_none() || comment.is_empty() {
                    return Err(ActionError::InvalidDispute);
                }
                remove_slot(&mut self.disputes, &slot);
                self.disputes.push((slot, comment));
                Ok(Outcome::Disputed)
            }
            Action::Submit { submission_id, at } => {
                if self.submission.is_some() {
                    return Ok(Outcome::Unchanged);
                }
                let missing = self.missing_ids();
                if !missing.is_empty() {
                    return Err(ActionError::Incomplete(missing));
                }
                self.attention.iter_mut().for_each(|(_, viewing)| viewing.hide(now_ms));
                self.submission =
                    Some(Submission { id: submission_id, submitted_at: at, active_ms: self.active.total_ms(now_ms) });
                Ok(Outcome::Submitted)
            }
        }
    }

    fn set_answer(&mut self, slot: Slot, value: Option<AnswerValue>, now_ms: f64) -> Result<Outcome, ActionError> {
        if self.submission.is_some() {
            return Err(ActionError::Locked);
        }
        let question = self.slot_question(&slot).ok_or_else(|| ActionError::UnknownSlot(slot.clone()))?;
        let value = match value {
            None => None,
            Some(AnswerValue::Text(text)) if text.is_empty() && matches!(question.kind, Kind::Text { .. }) => None,
            Some(v) => Some(
                v.normalized(question, self.task.response_ids())
                    .ok_or_else(|| ActionError::InvalidValue(question.id.clone()))?,
            ),
        };
        if self.answers.get(&slot) == value.as_ref() {
            return Ok(Outcome::Unchanged);
        }
        self.timings.get_or_insert(&slot).record(elapsed(self.started_ms, now_ms));
        self.answers.set(slot, value);
        self.hints.iter_mut().for_each(|fired| fired.changed_after = true);
        for hint in hints::current(self) {
            if !self.hints.iter().any(|fired| fired.id == hint.id) {
                self.hints.push(Fired { id: hint.id, changed_after: false });
            }
        }
        Ok(Outcome::Changed)
    }

    /// The question a slot belongs to, if the slot fits it.
    fn slot_question(&self, slot: &Slot) -> Option<&Question> {
        let question = self.task.rubric.question(&slot.question)?;
        let fits = match &slot.response {
            Some(id) => question.per_response && self.task.response(id).is_some(),
            None => !question.per_response,
        };
        fits.then_some(question)
    }

    /// The answer in a slot.
    pub fn answer(&self, slot: &Slot) -> Option<&AnswerValue> {
        self.answers.get(slot)
    }

    /// The answer to `question` (for `response`, if per-response): as
    /// [`Self::answer`], for callers that have no `Slot` at hand.
    pub fn answer_at(&self, question: &str, response: Option<&str>) -> Option<&AnswerValue> {
        self.answers.at(question, response)
    }

    /// The last flag sent, if any: reason and comment.
    pub fn flag(&self) -> Option<&(String, String)> {
        self.flag.as_ref()
    }

    /// Marks the rating as submitted whatever its answers (review mode:
    /// a finished rating shown read-only).
    pub(super) fn lock(&mut self, id: String, at: String) {
        self.submission = Some(Submission { id, submitted_at: at, active_ms: 0 });
    }

    /// The consistency hints that fired so far.
    pub fn fired_hints(&self) -> &[Fired] {
        &self.hints
    }

    /// The disputes sent so far: slot and comment.
    pub fn disputes(&self) -> &[(Slot, String)] {
        &self.disputes
    }

    /// `[{ id, changed_after, applies }]`: each hint that fired, whether an
    /// answer changed after it appeared, and whether it still applies.
    pub fn hints_json(&self) -> Json {
        let applying = hints::current(self);
        let mut out = Vec::with_capacity(self.hints.len());
        for fired in &self.hints {
            out.push(Json::object([
                ("id", fired.id.into()),
                ("changed_after", fired.changed_after.into()),
                ("applies", applying.iter().any(|h| h.id == fired.id).into()),
            ]));
        }
        Json::Array(out)
    }

    /// The submitted rating, if any.
    pub fn submission(&self) -> Option<&Submission> {
        self.submission.as_ref()
    }

    /// Whether `question` is shown (for `response`, if per-response).
    pub fn is_visible(&self, question: &Question, response: Option<&str>) -> bool {
        let Some(condition) = &question.show_if else {
            return true;
        };
        let Some(target) = self.task.rubric.question(&condition.question) else {
            return false;
        };
        if !target.per_response {
            return self.is_visible(target, None) && self.test(&condition.test, target, None);
        }
        let holds = |id: &str| self.is_visible(target, Some(id)) && self.test(&condition.test, target, Some(id));
        match (question.per_response, response) {
            (true, Some(id)) => holds(id),
            _ => self.task.response_ids().into_iter().any(holds),
        }
    }

    fn test(&self, test: &Test, target: &Question, response: Option<&str>) -> bool {
        let answer = self.answers.at(&target.id, response);
        match test {
            Test::Equals(expected) => answer.is_some_and(|a| a.to_json().same(expected)),
            Test::In(values) => answer.is_some_and(|a| values.iter().any(|v| a.to_json().same(v))),
            Test::Includes(option) => {
                matches!(answer, Some(AnswerValue::List(list)) if list.contains(option))
            }
            Test::Answered(wanted) => {
                let answered = match answer {
                    Some(AnswerValue::List(list)) => !list.is_empty(),
                    other => other.is_some(),
                };
                answered == *wanted
            }
        }
    }

    /// Every slot of the rubric that is currently shown, in rubric order.
    pub fn visible_slots(&self) -> Vec<(&Question, Slot)> {
        let mut slots = Vec::new();
        for question in &self.task.rubric.questions {
            if question.per_response {
                for id in self.task.response_ids() {
                    if self.is_visible(question, Some(id)) {
                        slots.push((question, Slot::for_response(&question.id, id)));
                    }
                }
            } else if self.is_visible(question, None) {
                slots.push((question, Slot::overall(&question.id)));
            }
        }
        slots
    }

    /// The question a slot belongs to, for a draft being restored.
    pub(super) fn question_of(&self, slot: &Slot) -> Option<&Question> {
        self.slot_question(slot)
    }

    /// Shown slots that still need an answer.
    pub fn missing(&self) -> Vec<Slot> {
        let mut missing = Vec::new();
        for (question, slot) in self.visible_slots() {
            if !completes(question, self.answers.get(&slot)) {
                missing.push(slot);
            }
        }
        missing
    }

    /// Ids of the questions that still need an answer, each once.
    pub fn missing_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for slot in self.missing() {
            if !ids.contains(&slot.question) {
                ids.push(slot.question);
            }
        }
        ids
    }

    /// Whether every shown required question is answered.
    pub fn is_complete(&self) -> bool {
        self.missing().is_empty()
    }

    /// The answers of shown questions as hosts receive them:
    /// `{ questionId: value }`, and `{ questionId: { responseId: value } }`
    /// for per-response questions. A shown `multi` with nothing ticked is `[]`.
    pub fn answers_json(&self) -> Json {
        self.by_question(&|question, slot| match self.answers.get(slot) {
            Some(answer) => Some(answer.to_json()),
            None => matches!(question.kind, Kind::Multi { .. }).then(|| Json::Array(Vec::new())),
        })
    }

    /// Per-question timings, keyed like [`Self::answers_json`].
    pub fn question_timings_json(&self) -> Json {
        self.by_question(&|_, slot| self.timings.get(slot).map(QuestionTiming::to_json))
    }

    /// Builds a JSON object keyed by question id (and response id for
    /// per-response questions) over the shown slots. `value_of` is a `dyn`
    /// so that both callers share one copy of this loop in the wasm.
    fn by_question(&self, value_of: &dyn Fn(&Question, &Slot) -> Option<Json>) -> Json {
        let mut out: Vec<(String, Json)> = Vec::new();
        for (question, slot) in self.visible_slots() {
            let Some(value) = value_of(question, &slot) else {
                continue;
            };
            let Some(id) = &slot.response else {
                out.push((question.id.clone(), value));
                continue;
            };
            match out.iter_mut().find(|(key, _)| *key == question.id) {
                Some((_, Json::Object(per_response))) => per_response.push((id.clone(), value)),
                _ => out.push((question.id.clone(), Json::Object(vec![(id.clone(), value)]))),
            }
        }
        Json::Object(out)
    }

    /// `{ responseId: { viewed_fraction, dwell_ms } }` at `now_ms`.
    pub fn attention_json(&self, now_ms: f64) -> Json {
        let mut out = Vec::with_capacity(2);
        for (id, viewing) in &self.attention {
            out.push((id.clone(), viewing.to_json(now_ms)));
        }
        Json::Object(out)
    }

    /// Active milliseconds so far (or at the submit, once submitted).
    pub fn active_ms(&self, now_ms: f64) -> u64 {
        self.submission.as_ref().map_or_else(|| self.active.total_ms(now_ms), |s| s.active_ms)
    }
}
