// Internal failures: the release bundle has no panic messages (a panic is
// a bare trap), and an exception thrown out of the widget's code still
// reaches the host as an `error` event with code `internal_error`, while
// the host page's own exceptions are left alone; prepare() leaves no trace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useBrowser } from "./support.mjs";

const env = useBrowser();

const TASK = {
  id: "t-failure",
  prompt: "Write `add(a, b)`.",
  responses: [{ id: "a", content: "`a + b`" }, { id: "b", content: "`b + a`" }],
};

test("the release bundle carries no panic messages or source paths", () => {
  const wasm = readFileSync(new URL("../../dist/pairwise_bg.wasm", import.meta.url)).toString("latin1");
  for (const text of ["called `Option::unwrap()`", "index out of bounds", "src/markdown.rs", ".cargo/registry"]) {
    assert.ok(!wasm.includes(text), `the wasm contains "${text}"`);
  }
  // The widget's own strings are there: the check reads the right file.
  assert.ok(wasm.includes("Pairwise hit an internal error: "));
});

/** Opens the harness with one widget for TASK; its events go to `window.__events`. */
async function open() {
  const page = await env.browser.newPage();
  await page.goto(`${env.base}tests/e2e/harness.html`);
  await page.waitForFunction(() => document.body.dataset.ready === "1");
  await page.evaluate((task) => {
    window.__events = [];
    window.__domErrors = [];
    const host = document.getElementById("host");
    host.addEventListener("pairwise-error", (e) => window.__domErrors.push(e.detail));
    window.pairwise.mount(host, { task, persist: false, onEvent: (e) => window.__events.push(e) });
  }, TASK);
  await page.waitForFunction(() => window.__events.some((e) => e.type === "ready"));
  return page;
}

test("a trap inside the widget's code reaches the host as internal_error", async () => {
  const page = await open();
  try {
    // The next `performance.now()` the widget makes throws what a trap
    // throws; the rater's click is what runs into it.
    await page.evaluate(() => {
      const now = Performance.prototype.now;
      Performance.prototype.now = function () {
        Performance.prototype.now = now;
        throw new WebAssembly.RuntimeError("unreachable");
      };
    });
    await page.locator('input[data-question=correctness][data-response="a"][value="5"]').click();
    await page.waitForFunction(() => window.__events.some((e) => e.type === "error"), null, { timeout: 5000 });
    const { events, domErrors } = await page.evaluate(() => ({ events: window.__events, domErrors: window.__domErrors }));
    const errors = events.filter((e) => e.type === "error");
    assert.equal(errors.length, 1, JSON.stringify(errors));
    const [problem] = errors[0].problems;
    assert.equal(problem.code, "internal_error");
    assert.equal(problem.path, "$");
    assert.match(problem.message, /^Pairwise hit an internal error: RuntimeError: unreachable/);
    assert.equal(domErrors.length, 1, "the same event is dispatched on the host element");
    assert.equal(domErrors[0].problems[0].code, "internal_error");
  } finally {
    await page.close();
  }
});

test("the host page's own exceptions are not reported as the widget's", async () => {
  const page = await open();
  try {
    await page.evaluate(() => new Promise((resolve) => {
      setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); });
      setTimeout(() => { Promise.reject(new Error("the host's own rejection")); });
      setTimeout(resolve, 100);
    }));
    const hostErrors = await page.evaluate(() => window.__hits.errors);
    assert.ok(hostErrors.some((e) => /unreachable/.test(e)), "the host's exception did happen");
    assert.deepEqual(await page.evaluate(() => window.__events.filter((e) => e.type === "error")), []);
  } finally {
    await page.close();
  }
});

test("prepare() leaves no trace: nothing shown, stored or sent; the first task then renders as usual", async () => {
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.base}tests/e2e/harness.html`);
    await page.waitForFunction(() => document.body.dataset.ready === "1");
    const trace = await page.evaluate(async () => {
      const events = [];
      for (const type of ["ready", "change", "submit", "error", "flag", "dispute"]) {
        document.addEventListener(`pairwise-${type}`, (e) => events.push(type), true);
      }
      const before = { html: document.body.innerHTML, stored: localStorage.length + sessionStorage.length };
      const { prepare } = await import("/dist/pairwise.js");
      prepare();
      await new Promise((r) => setTimeout(r, 300));
      return {
        sameBody: document.body.innerHTML === before.html,
        stored: localStorage.length + sessionStorage.length - before.stored,
        events,
        errors: window.__hits.errors,
      };
    });
    assert.deepEqual(trace, { sameBody: true, stored: 0, events: [], errors: [] });
    const shown = await page.evaluate((task) => new Promise((resolve) => {
      const host = document.getElementById("host");
      window.pairwise.mount(host, { task, persist: false, onEvent: (e) => e.type === "ready" && resolve({
        ready: e.task_id,
        responses: host.shadowRoot.querySelectorAll("article[data-response]").length,
      }) });
    }), TASK);
    assert.deepEqual(shown, { ready: TASK.id, responses: 2 });
  } finally {
    await page.close();
  }
});
