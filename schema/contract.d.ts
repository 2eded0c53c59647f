// Generated from the JSON Schemas in schema/ by tests/schema.rs; do not edit.

/** Fields not listed here are kept and ignored. */
export interface Task {
  /** Unique id of the task. */
  id: string;
  /** The coding question, as Markdown. */
  prompt: string;
  /** Exactly two responses with distinct ids. */
  responses: [Response, Response];
  /** A preset name or a rubric (default code-review-v1). */
  rubric?: "code-review-v1" | Rubric;
  /** Markdown shown to the rater beside the task. */
  guidelines?: string;
  gold?: Gold;
  /** Anything; echoed in the submit event. */
  metadata?: unknown;
  [extra: string]: unknown;
}

export interface Response {
  /** Id the answers are keyed by. */
  id: string;
  /** The model's answer, as Markdown. */
  content: string;
}

export interface Rubric {
  /** Echoed as `rubric_id` in the submit event. */
  id: string;
  questions: Question[];
}

export type Question = QuestionCommon & QuestionKind;

export interface QuestionCommon {
  /** Unique within the rubric. */
  id: string;
  kind: "scale" | "choice" | "multi" | "preference" | "text";
  /** Markdown. */
  title: string;
  /** Markdown shown on request. */
  help?: string;
  /** Default true. */
  required?: boolean;
  /** Asked once per response; default false. */
  per_response?: boolean;
  show_if?: Condition;
}

export type QuestionKind = ScaleQuestion | ChoiceQuestion | PreferenceQuestion | TextQuestion;

export interface ScaleQuestion {
  kind: "scale";
  min: number;
  /** Greater than `min`. */
  max: number;
  /** Text for some values, keyed by the value. */
  labels?: Record<string, string>;
}

export interface ChoiceQuestion {
  kind: "choice" | "multi";
  options: ChoiceOption[];
}

export interface ChoiceOption {
  value: string;
  /** Markdown. */
  label: string;
}

export interface PreferenceQuestion {
  kind: "preference";
  /** Odd, at least 3; default 7. */
  points?: number;
  /** Default true. */
  allow_tie?: boolean;
}

export interface TextQuestion {
  kind: "text";
  min_chars?: number;
  max_chars?: number;
  placeholder?: string;
}

export type Condition = {
  /** Id of an earlier question. */
  question: string;
} & ({
  /** Shown when the answer equals this. */
  equals: unknown;
} | {
  /** Shown when the answer is one of these. */
  in: unknown[];
} | {
  /** Shown when a multi answer includes this option. */
  includes: string;
} | {
  /** Shown when the question is (or is not) answered. */
  answered: boolean;
});

/** Expected answers for calibration tasks; feedback is shown after the submit. */
export type Gold = {
  /** Expected answers, shaped like a submit's `answers`. */
  answers?: Record<string, unknown>;
  /** Markdown, keyed by question id. */
  explanations?: Record<string, string>;
} | null;

export type PairwiseEvent = ReadyEvent | ChangeEvent | SubmitEvent | FlagEvent | DisputeEvent | ErrorEvent;

/** The task is rendered and can be rated. */
export interface ReadyEvent {
  type: "ready";
  display: Display;
  schema_version: 1;
  widget_version: string;
  /** Null before a task was read. */
  task_id: string | null;
  /** Id of this widget instance. */
  session_id: string;
  /** When the event was sent. */
  at: string;
}

/** An answer changed. */
export interface ChangeEvent {
  type: "change";
  answers: Answers;
  /** Whether the rating can be submitted. */
  complete: boolean;
  /** Ids of the questions still to answer. */
  missing: string[];
  schema_version: 1;
  widget_version: string;
  /** Null before a task was read. */
  task_id: string | null;
  /** Id of this widget instance. */
  session_id: string;
  /** When the event was sent. */
  at: string;
}

/** The rater submitted a complete rating. */
export interface SubmitEvent {
  type: "submit";
  /** Unique per rating, the same on every retry. */
  submission_id: string;
  rubric_id: string;
  answers: Answers;
  display: Display;
  timing: Timing;
  /** Keyed by response id. */
  attention: Record<string, Attention>;
  /** The task's `metadata`, or null. */
  metadata: unknown;
  /** Consistency hints shown before the submit. */
  hints: FiredHint[];
  schema_version: 1;
  widget_version: string;
  /** Null before a task was read. */
  task_id: string | null;
  /** Id of this widget instance. */
  session_id: string;
  /** When the event was sent. */
  at: string;
}

/** The rater reports the task as broken instead of rating it. */
export interface FlagEvent {
  type: "flag";
  reason: "unclear_prompt" | "identical_responses" | "outside_expertise" | "unsafe_content" | "display_problem" | "other";
  /** The rater's explanation. */
  comment: string;
  schema_version: 1;
  widget_version: string;
  /** Null before a task was read. */
  task_id: string | null;
  /** Id of this widget instance. */
  session_id: string;
  /** When the event was sent. */
  at: string;
}

/** After the submit, the rater disagrees with a gold answer. */
export interface DisputeEvent {
  type: "dispute";
  question_id: string;
  /** For a per-response question; else null. */
  response_id: string | null;
  /** Why the rater disagrees. */
  comment: string;
  /** The rating the feedback was about. */
  submission_id: string;
  schema_version: 1;
  widget_version: string;
  /** Null before a task was read. */
  task_id: string | null;
  /** Id of this widget instance. */
  session_id: string;
  /** When the event was sent. */
  at: string;
}

/** The task or the options are invalid, storage failed, or the widget hit an internal error. */
export interface ErrorEvent {
  type: "error";
  /** Machine-readable, e.g. `missing_field`. */
  code: string;
  /** A sentence for people. */
  message: string;
  /** JSON path of the bad field, e.g. `$.responses[1].id`. */
  path: string;
  /** Every problem; the first is the headline. */
  problems: Problem[];
  schema_version: 1;
  widget_version: string;
  /** Null before a task was read. */
  task_id: string | null;
  /** Id of this widget instance. */
  session_id: string;
  /** When the event was sent. */
  at: string;
}

/** What was shown on which side. */
export interface Display {
  /** Response ids, left (or top) first. */
  order: [string, string];
  /** Whether the order differs from the task's. */
  swapped: boolean;
  /** The seed the order was drawn from. */
  seed: string;
}

/** Keyed by question id; per-response questions by question id, then response id. */
export type Answers = Record<string, AnswerValue | Record<string, AnswerValue>>;

export type AnswerValue = number | string | string[] | PreferenceAnswer;

export interface PreferenceAnswer {
  /** A response id, or null for a tie. */
  preferred: string | null;
  strength: number;
}

export interface Timing {
  started_at: string;
  submitted_at: string;
  /** Time the page was visible and in use. */
  active_ms: number;
  questions: Record<string, QuestionTiming | Record<string, QuestionTiming>>;
}

export interface QuestionTiming {
  /** Milliseconds from the start to the first answer. */
  first_ms: number;
  /** … to the last change. */
  last_ms: number;
  changes: number;
}

export interface Attention {
  /** Share of the response's height that was on screen. */
  viewed_fraction: number;
  /** Time any of it was on screen. */
  dwell_ms: number;
}

export interface Problem {
  /** Machine-readable, e.g. `missing_field`. */
  code: string;
  /** A sentence for people. */
  message: string;
  /** JSON path of the bad field, e.g. `$.responses[1].id`. */
  path: string;
}

export interface FiredHint {
  id: "preference_against_scales" | "fails_but_correct" | "preferred_security_problem";
  /** An answer changed after it appeared. */
  changed_after: boolean;
  /** It still applied at the submit. */
  applies: boolean;
}

declare global {
  interface HTMLElementEventMap {
    "pairwise-ready": CustomEvent<ReadyEvent>;
    "pairwise-change": CustomEvent<ChangeEvent>;
    "pairwise-submit": CustomEvent<SubmitEvent>;
    "pairwise-flag": CustomEvent<FlagEvent>;
    "pairwise-dispute": CustomEvent<DisputeEvent>;
    "pairwise-error": CustomEvent<ErrorEvent>;
  }
}
