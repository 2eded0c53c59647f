// The demo host page: a task picker, the widget, and a log of every event
// the page receives from it. It uses only the public host API.
import init, { mount } from "../dist/pairwise.js";
import { TASKS } from "./tasks.js";

// Two broken tasks, to show how the widget reports bad input.
const BROKEN = [
  {
    title: "Broken: two responses with one id",
    task: { ...TASKS[0], id: "demo-broken-ids", responses: [TASKS[0].responses[0], { ...TASKS[0].responses[1], id: TASKS[0].responses[0].id }] },
  },
  { title: "Broken: not JSON", task: '{"id": "demo-broken-json", "prompt": "unterminated' },
];
const CHOICES = [...TASKS.map((task) => ({ title: task.title, task })), ...BROKEN];

const $ = (id) => document.getElementById(id);
const picker = $("task-picker");
const host = $("rater");
const log = $("event-log");

for (const [i, choice] of CHOICES.entries()) {
  const option = document.createElement("option");
  option.value = String(i);
  option.textContent = choice.title;
  picker.append(option);
}

let lastSubmit = null;
for (const type of ["ready", "change", "submit", "flag", "dispute", "error"]) {
  host.addEventListener(`pairwise-${type}`, (event) => record(event.detail));
}
host.addEventListener("pairwise-submit", (event) => {
  lastSubmit = { choice: picker.value, rating: event.detail };
  $("review").disabled = false;
});

function record(detail) {
  const item = document.createElement("li");
  item.className = `demo-event demo-event--${detail.type}`;
  item.dataset.type = detail.type;
  const title = document.createElement("div");
  title.className = "demo-event__title";
  title.textContent = `${detail.type} · ${detail.task_id ?? "no task"} · ${detail.at}`;
  const body = document.createElement("pre");
  body.textContent = JSON.stringify(detail, null, 2);
  // It scrolls, so it can take the focus and scroll from the keyboard.
  body.tabIndex = 0;
  item.append(title, body);
  log.prepend(item);
}

await init();
let widget = null;

function start(review = null) {
  widget?.destroy();
  widget = mount(host, {
    ...(review ? { mode: "review", rating: review.rating } : {}),
    task: CHOICES[Number(review?.choice ?? picker.value)].task,
    theme: $("theme").value,
    locale: $("locale").value,
    seed: $("seed").value,
    randomize: $("randomize").checked,
  });
  document.body.dataset.theme = $("theme").value;
}

$("controls").addEventListener("change", () => start());
// Shows the last submitted rating read-only, as a QA reviewer would see it.
$("review").addEventListener("click", () => lastSubmit && start(lastSubmit));
$("controls").addEventListener("submit", (event) => event.preventDefault());
$("clear-events").addEventListener("click", () => log.replaceChildren());
start();
