// A host written against dist/pairwise.d.ts; `tsc --noEmit --strict` checks
// that the declarations are valid and say what hosts rely on.
import init, { mount, type MountOptions, type PairwiseEvent, type SubmitEvent, type Task } from "../../dist/pairwise.js";

const task: Task = {
  id: "task-1",
  prompt: "Write `add(a, b)`.",
  responses: [
    { id: "r1", content: "`a + b`" },
    { id: "r2", content: "`sum([a, b])`" },
  ],
  rubric: {
    id: "mini",
    questions: [
      { id: "ok", kind: "scale", title: "OK?", min: 1, max: 5, per_response: true },
      { id: "why", kind: "text", title: "Why?", min_chars: 10, show_if: { question: "ok", in: [1, 2] } },
      { id: "pref", kind: "preference", title: "Better?", points: 5, allow_tie: false },
    ],
  },
  metadata: { batch: 3 },
};

function record(event: PairwiseEvent): string {
  switch (event.type) {
    case "submit":
      return `${event.submission_id} ${event.display.order[0]} ${event.timing.active_ms} ${event.attention["r1"]?.dwell_ms}`;
    case "error":
      return `${event.code} at ${event.path}`;
    case "flag":
      return event.reason;
    case "dispute":
      return `${event.question_id}/${event.response_id ?? "-"}: ${event.comment}`;
    case "change":
      return event.missing.join(",");
    case "ready":
      return event.display.seed;
  }
}

export async function host(element: HTMLElement): Promise<void> {
  await init();
  const options: MountOptions = { task, theme: "dark", seed: 42, onEvent: (e) => console.log(record(e)) };
  const widget = mount(element, options);
  element.addEventListener("pairwise-submit", (e: CustomEvent<SubmitEvent>) => console.log(e.detail.answers));
  widget.setTask(JSON.stringify(task));
  const state = widget.state();
  if (state.complete && state.submission_id !== null) console.log(state.display?.swapped);
  widget.destroy();
}
