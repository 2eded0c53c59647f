//! TypeScript declarations of the host API, added to the generated
//! `pairwise.d.ts`: the task format, the mount options and every event.
//! `tests/types/host.ts` is type-checked against them by the test command.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A task to rate (see the README's "Task format"). */
export interface Task {
  id: string;
  prompt: string;
  responses: [Response, Response];
  rubric?: "code-review-v1" | Rubric;
  guidelines?: string;
  gold?: unknown;
  metadata?: unknown;
  [extra: string]: unknown;
}
export interface Response { id: string; content: string; }
export interface Rubric { id: string; questions: Question[]; }
export type Question = QuestionCommon & (
  | { kind: "scale"; min: number; max: number; labels?: Record<string, string> }
  | { kind: "choice" | "multi"; options: { value: string; label: string }[] }
  | { kind: "preference"; points?: number; allow_tie?: boolean }
  | { kind: "text"; min_chars?: number; max_chars?: number; placeholder?: string }
);
export interface QuestionCommon {
  id: string;
  title: string;
  help?: string;
  required?: boolean;
  per_response?: boolean;
  show_if?: { question: string } & (
    | { equals: unknown } | { in: unknown[] } | { includes: string } | { answered: boolean }
  );
}

export interface MountOptions {
  /** A task object, or its JSON text. */
  task?: Task | string;
  locale?: string;
  theme?: "light" | "dark" | "auto";
  randomize?: boolean;
  seed?: string | number;
  persist?: boolean;
  shortcuts?: boolean;
  /** Keep a submitted rating's draft until `acknowledge(submission_id)`. */
  keepUntilAck?: boolean;
  onEvent?: (event: PairwiseEvent) => void;
}

export type PreferenceAnswer = { preferred: string | null; strength: number };
export type AnswerValue = number | string | string[] | PreferenceAnswer;
/** `{ questionId: value }`, or `{ questionId: { responseId: value } }` per response. */
export type Answers = Record<string, AnswerValue | Record<string, AnswerValue>>;
export interface Display { order: [string, string]; swapped: boolean; seed: string; }
export interface QuestionTiming { first_ms: number; last_ms: number; changes: number; }
export interface Problem { code: string; message: string; path: string; }

export interface Envelope {
  schema_version: 1;
  widget_version: string;
  task_id: string | null;
  session_id: string;
  at: string;
}
export interface ReadyEvent extends Envelope { type: "ready"; display: Display; }
export interface ChangeEvent extends Envelope { type: "change"; answers: Answers; complete: boolean; missing: string[]; }
export interface SubmitEvent extends Envelope {
  type: "submit";
  submission_id: string;
  rubric_id: string;
  answers: Answers;
  display: Display;
  timing: {
    started_at: string;
    submitted_at: string;
    active_ms: number;
    questions: Record<string, QuestionTiming | Record<string, QuestionTiming>>;
  };
  attention: Record<string, { viewed_fraction: number; dwell_ms: number }>;
  metadata: unknown;
}
export interface FlagEvent extends Envelope {
  type: "flag";
  reason: "unclear_prompt" | "identical_responses" | "outside_expertise" | "unsafe_content" | "display_problem" | "other";
  comment: string;
}
export interface ErrorEvent extends Envelope, Problem { type: "error"; problems: Problem[]; }
export type PairwiseEvent = ReadyEvent | ChangeEvent | SubmitEvent | FlagEvent | ErrorEvent;

export interface WidgetState {
  task_id: string | null;
  answers: Answers;
  complete: boolean;
  missing: string[];
  display: Display | null;
  submitted: boolean;
  submission_id: string | null;
}

declare global {
  interface HTMLElementEventMap {
    "pairwise-ready": CustomEvent<ReadyEvent>;
    "pairwise-change": CustomEvent<ChangeEvent>;
    "pairwise-submit": CustomEvent<SubmitEvent>;
    "pairwise-flag": CustomEvent<FlagEvent>;
    "pairwise-error": CustomEvent<ErrorEvent>;
  }
}
"#;

#[wasm_bindgen]
extern "C" {
    /// The host element, typed for TypeScript.
    #[wasm_bindgen(typescript_type = "HTMLElement")]
    pub type HostElement;
    /// The mount options, typed for TypeScript.
    #[wasm_bindgen(typescript_type = "MountOptions")]
    pub type MountOptionsJs;
    /// A task or its JSON text, typed for TypeScript.
    #[wasm_bindgen(typescript_type = "Task | string")]
    pub type TaskJs;
    /// A state snapshot, typed for TypeScript.
    #[wasm_bindgen(typescript_type = "WidgetState")]
    pub type WidgetStateJs;
}
