// The typed contract: sample and example tasks validate against the task
// schema, tasks the widget refuses are refused by the schema too, the
// validator can fail, and a real rating's events are all checked (by the
// recorder every test page carries, see support.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { rateCodeReview, schemaCheck, useBrowser } from "./support.mjs";
import { eventProblems, problems } from "./schema.mjs";
import { TASKS } from "../../demo/tasks.js";

const env = useBrowser();
const EXAMPLES = new URL("../../examples/tasks/", import.meta.url);

const good = () => ({
  id: "t-1",
  prompt: "Write `f`.",
  responses: [{ id: "a", content: "x" }, { id: "b", content: "y" }],
});

test("every demo and example task validates against task.schema.json", () => {
  const tasks = [...TASKS];
  for (const file of readdirSync(EXAMPLES)) tasks.push(JSON.parse(readFileSync(new URL(file, EXAMPLES), "utf8")));
  assert.ok(tasks.length >= 9);
  for (const task of tasks) assert.equal(problems("task", task), "", task.id);
});

// Tasks the widget rejects, with the path of the problem it reports.
const BAD = [
  ["missing prompt", (t) => { delete t.prompt; }, "$.prompt"],
  ["one response", (t) => { t.responses.pop(); }, "$.responses"],
  ["unknown preset", (t) => { t.rubric = "code-review-v9"; }, "$.rubric"],
  ["response without content", (t) => { delete t.responses[1].content; }, "$.responses[1].content"],
  ["empty id", (t) => { t.id = ""; }, "$.id"],
  ["unknown question kind", (t) => {
    t.rubric = { id: "r", questions: [{ id: "q", kind: "stars", title: "Q" }] };
  }, "$.rubric.questions[0].kind"],
  ["scale without max", (t) => {
    t.rubric = { id: "r", questions: [{ id: "q", kind: "scale", title: "Q", min: 1 }] };
  }, "$.rubric.questions[0].max"],
  ["condition with two tests", (t) => {
    t.rubric = { id: "r", questions: [
      { id: "a", kind: "choice", title: "A", options: [{ value: "x", label: "X" }] },
      { id: "b", kind: "text", title: "B", show_if: { question: "a", equals: "x", answered: true } },
    ] };
  }, "$.rubric.questions[1].show_if"],
];

test("tasks the widget refuses are refused by the schema as well", async () => {
  assert.equal(problems("task", good()), "");
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.base}tests/e2e/harness.html`);
    await page.waitForFunction(() => document.body.dataset.ready === "1");
    for (const [name, spoil, path] of BAD) {
      const task = good();
      spoil(task);
      assert.notEqual(problems("task", task), "", `schema accepts: ${name}`);
      const error = await page.evaluate((task) => new Promise((resolve) => {
        const host = document.getElementById("host");
        const widget = window.pairwise.mount(host, { task, persist: false, onEvent: (e) => {
          if (e.type === "error") resolve(e);
        } });
        setTimeout(() => { widget.destroy(); resolve(null); }, 2000);
      }), task);
      assert.ok(error, `widget accepts: ${name}`);
      assert.ok(error.problems.some((p) => p.path.startsWith(path)), `${name}: ${JSON.stringify(error.problems)}`);
      await page.evaluate(() => { document.getElementById("host").replaceWith(Object.assign(document.createElement("div"), { id: "host" })); });
    }
  } finally {
    await page.close();
  }
});

test("the event validator rejects events that break the contract", () => {
  const ready = {
    type: "ready", schema_version: 1, widget_version: "0.1.0", task_id: "t-1", session_id: "s",
    at: "2026-11-25T10:00:00.000Z", display: { order: ["a", "b"], swapped: false, seed: "x" },
  };
  assert.equal(eventProblems(ready), "");
  assert.notEqual(eventProblems({ ...ready, display: undefined }), "", "a missing field");
  assert.notEqual(eventProblems({ ...ready, extra: 1 }), "", "an undeclared field");
  assert.notEqual(eventProblems({ ...ready, schema_version: 2 }), "", "another schema version");
  assert.notEqual(eventProblems({ ...ready, at: "yesterday" }), "", "a time that is not ISO 8601");
  assert.notEqual(eventProblems({ ...ready, type: "rated" }), "", "an unknown type");
  assert.notEqual(eventProblems({ ...ready, display: { ...ready.display, order: ["a"] } }), "", "a short order");
});

test("a complete rating's events all validate against their schemas", async () => {
  const before = { ...schemaCheck.seen };
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.base}examples/custom-element.html`);
    const rater = page.locator("pairwise-rater").first();
    await rater.locator(".pw-response").first().waitFor();
    const ids = await rater.evaluate((el) => el.state().display.order);
    const answers = Object.fromEntries(ids.map((id) => [id, [4, 5, "did_not_try"]]));
    await rateCodeReview(rater, answers, "[data-preferred=tie]", "Both answers are equally correct and equally clear here.");
    await page.waitForFunction(() => document.querySelector("pairwise-rater").state().submitted);
  } finally {
    await page.close();
  }
  for (const type of ["ready", "change", "submit"]) {
    assert.ok((schemaCheck.seen[type] ?? 0) > (before[type] ?? 0), `saw a ${type} event`);
  }
  assert.deepEqual(schemaCheck.invalid, []);
});
