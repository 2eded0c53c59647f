// Huge and hostile tasks, with the release bundle in headless Chromium:
// each renders (or reports an error), the page keeps responding and the
// widget still takes answers. Render times are printed, not asserted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve } from "./support.mjs";

let server, browser, page;

before(async () => {
  server = await serve(0);
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/e2e/harness.html`);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
});

after(async () => {
  try { await browser?.close(); } finally { server?.close(); }
});

const questions = Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, kind: "scale", title: `Q${i}`, min: 1, max: 5 }));
const CASES = {
  "a task that fails validation": { responses: [{ id: "a", content: "only one" }] },
  "a rubric with 200 questions": { rubric: { id: "big", questions } },
  "a 10 MB response": { content: "A long answer with `code` and *emphasis*. ".repeat(250_000), chunks: [".pw-chunk", 600] },
  "Markdown nested 10,000 quotes deep": { content: ">".repeat(10_000) + " deep" },
  "Markdown nested 10,000 lists deep": { content: "- ".repeat(10_000) + "x" },
  "10,000 nested links and emphasis": { content: "[".repeat(10_000) + "*_".repeat(5_000) + "x" + "_*".repeat(5_000) + "](u)".repeat(10_000) },
  "100,000 very short lines": { content: "a\n".repeat(100_000) },
  "100,000 list items": { content: "- a\n".repeat(100_000), chunks: ["div.pw-chunk", 200] },
  "50,000 paragraphs": { content: "A paragraph of the answer.\n\n".repeat(50_000), paragraphs: 50_000 },
  "50,000 lines of Python in one code block": {
    content: "```python\n" + "def f(x): return x * 2  # twice\n".repeat(50_000) + "```",
    chunks: [".pw-code__chunk", 125],
  },
  "a 1 MB line of minified JavaScript": { content: "```js\n" + "var a=1;function b(c){return c+\"s\"}/*x*/".repeat(25_000) + "\n```" },
};

for (const [name, shape] of Object.entries(CASES)) {
  test(`${name}: rendered, page responsive, widget alive`, async () => {
    const result = await page.evaluate((shape) => {
      const task = {
        id: "stress",
        prompt: "Review.",
        responses: shape.responses ?? [{ id: "a", content: shape.content ?? "fine" }, { id: "b", content: "`ok`" }],
        rubric: shape.rubric ?? "code-review-v1",
      };
      const el = document.createElement("div");
      document.body.append(el);
      const events = [];
      const started = performance.now();
      const widget = window.pairwise.mount(el, { task, persist: false, onEvent: (e) => events.push(e.type) });
      const ms = Math.round(performance.now() - started);
      window.__stress = { widget, el, events, started };
      return { ms, inputs: el.shadowRoot.querySelectorAll("input").length };
    }, shape);
    await page.waitForFunction(() => window.__stress.events.length > 0);
    console.log(`stress ${name}: mounted in ${result.ms} ms`);
    const events = await page.evaluate(() => window.__stress.events);
    if (shape.responses) {
      assert.deepEqual(events, ["error"]);
    } else {
      assert.deepEqual(events, ["ready"]);
      // The widget still takes an answer.
      await page.evaluate(() => window.__stress.el.shadowRoot.querySelector("input[value='2']").click());
      const answers = await page.evaluate(() => window.__stress.widget.state().answers);
      assert.ok(JSON.stringify(answers).includes("2"), JSON.stringify(answers));
      // A long answer is shown in parts in idle time: all of it arrives.
      await page.waitForFunction(() => !window.__stress.el.shadowRoot.querySelector("[data-pending]"), null, { timeout: 120_000 });
      const shown = await page.evaluate((selector) => ({
        ms: Math.round(performance.now() - window.__stress.started),
        paragraphs: window.__stress.el.shadowRoot.querySelectorAll("article[data-response=a] .pw-md p").length,
        chunks: selector && window.__stress.el.shadowRoot.querySelectorAll(`article[data-response=a] ${selector}`).length,
      }), shape.chunks?.[0]);
      console.log(`stress ${name}: all of it shown after ${shown.ms} ms`);
      if (shape.paragraphs) assert.equal(shown.paragraphs, shape.paragraphs);
      // A huge single block is in chunks, each laid out only near the viewport.
      if (shape.chunks) assert.ok(shown.chunks >= shape.chunks[1], `${shown.chunks} ${shape.chunks[0]}`);
    }
    assert.equal(await page.evaluate(() => 6 * 7), 42, "the page answers");
    await page.evaluate(() => { window.__stress.widget.destroy(); window.__stress.el.remove(); });
  });
}
