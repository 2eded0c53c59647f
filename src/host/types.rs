//! TypeScript declarations added to the generated `pairwise.d.ts`: the task
//! format and every event (generated from the JSON Schemas, see
//! `tests/schema.rs`) and the host API around them (mount options, state).
//! `tests/types/host.ts` is type-checked against them by the test command.

use wasm_bindgen::prelude::*;

/// The task and event types, generated from the JSON Schemas.
#[wasm_bindgen(typescript_custom_section)]
const CONTRACT: &'static str = include_str!("../../schema/contract.d.ts");

/// The host API around them.
#[wasm_bindgen(typescript_custom_section)]
const HOST_API: &'static str = r#"
export interface MountOptions {
  /** A task object, or its JSON text. */
  task?: Task | string;
  /** A BCP 47 tag: "en", "fr", "es" (others fall back to English; "en-XB" is a right-to-left pseudo-locale). */
  locale?: string;
  theme?: "light" | "dark" | "auto" | "high-contrast";
  randomize?: boolean;
  seed?: string | number;
  persist?: boolean;
  /** `false` turns the shortcuts off; an object remaps some of them. */
  shortcuts?: boolean | ShortcutKeys;
  /** Keep a submitted rating's draft until `acknowledge(submission_id)`. */
  keepUntilAck?: boolean;
  /** "review" shows `rating` read-only (for QA); default "rate". */
  mode?: "rate" | "review";
  /** The stored rating to review: a submit event, or an object with its `answers`. */
  rating?: Partial<SubmitEvent> & { answers: Answers };
  onEvent?: (event: PairwiseEvent) => void;
}

/** Keys such as "j", "?", "F2", "Ctrl+s" or "Ctrl+Enter" ("Ctrl" is also ⌘). */
export interface ShortcutKeys {
  next?: string;
  previous?: string;
  submit?: string;
  help?: string;
}

export interface WidgetState {
  task_id: string | null;
  answers: Answers;
  complete: boolean;
  missing: string[];
  display: Display | null;
  submitted: boolean;
  submission_id: string | null;
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
