// Code blocks in the built bundle, as a rater uses them: the copy button
// with the real clipboard, keyboard focus through a scrollable block, and a
// 2,000-line pair with the comparison shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./support.mjs";

const env = useBrowser();

const CODE = [
  "def greet(name):",
  "    # a line long enough to scroll sideways: " + "x".repeat(300),
  "    return \"Hello, \" + name",
  "",
  "print(greet('x'))",
].join("\n");

const TASK = {
  id: "code-e2e",
  prompt: "Write a greeting.",
  responses: [
    { id: "one", content: "First:\n\n```python\n" + CODE + "\n```\n\nAfter the code, [a link](https://example.com)." },
    { id: "two", content: "```js\nconsole.log('hi');\n```" },
  ],
};

/** A harness page with one widget for `task`, in a context that may use the clipboard. */
async function mounted(task, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.base.replace(/\/$/, "") });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${env.base}tests/e2e/harness.html`);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
  await page.evaluate(({ task, options }) => {
    const el = document.getElementById("host");
    window.__widget = window.pairwise.mount(el, { task, persist: false, randomize: false, ...options });
    // What is in the DOM when mount() returns (a long answer's head).
    const shadow = el.shadowRoot;
    window.__atMount = {
      blocks: shadow.querySelectorAll(".pw-code").length,
      pending: shadow.querySelectorAll("[data-pending]").length,
      reserved: shadow.querySelector(".pw-md--long")?.style.minBlockSize ?? "",
    };
  }, { task, options });
  return { page, context, problems, root: page.locator("#host") };
}

test("the copy button puts exactly the code on the clipboard, without line numbers", async () => {
  const { page, context, problems, root } = await mounted(TASK);
  try {
    const block = root.locator("article[data-response=one] .pw-code");
    await block.locator("[data-action=copy]").click();
    await assert.doesNotReject(block.locator(".pw-code__status", { hasText: "Copied" }).waitFor());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), CODE);
    // A selection of the whole block by hand copies no line numbers either.
    await page.evaluate(() => {
      const code = document.getElementById("host").shadowRoot.querySelector("article[data-response=one] code");
      getSelection().selectAllChildren(code);
    });
    const selected = await page.evaluate(() => getSelection().toString());
    assert.equal(selected.replace(/\n$/, ""), CODE);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a 1,000-line block comes in chunks laid out near the viewport; numbering goes on and copy takes every line", async () => {
  const long = Array.from({ length: 1000 }, (_, i) => `x_${i} = ${i}  # line ${i + 1}`).join("\n");
  const task = { ...TASK, responses: [{ id: "one", content: "```python\n" + long + "\n```" }, TASK.responses[1]] };
  const { page, context, problems, root } = await mounted(task);
  try {
    const block = root.locator("article[data-response=one] .pw-code");
    await page.waitForFunction(() => !document.getElementById("host").shadowRoot.querySelector("[data-pending]"));
    const chunks = await block.evaluate((figure) => [...figure.querySelectorAll(".pw-code__chunk")].map((chunk) => {
      const style = getComputedStyle(chunk);
      return {
        lines: chunk.querySelectorAll(".pw-code__line").length,
        counter: style.counterReset,
        visibility: style.contentVisibility,
        pending: chunk.hasAttribute("data-first") || chunk.hasAttribute("data-chunk"),
        estimate: chunk.style.getPropertyValue("--_pw-lines"),
      };
    }));
    assert.deepEqual(chunks, [
      { lines: 400, counter: "pw-line 0", visibility: "auto", pending: false, estimate: "400" },
      { lines: 400, counter: "pw-line 400", visibility: "auto", pending: false, estimate: "400" },
      { lines: 200, counter: "pw-line 800", visibility: "auto", pending: false, estimate: "200" },
    ]);
    await block.locator("[data-action=copy]").click();
    await assert.doesNotReject(block.locator(".pw-code__status", { hasText: "Copied" }).waitFor());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), long);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("copy clicked before a long block's last lines are in waits for them and takes every line", async () => {
  const long = Array.from({ length: 20000 }, (_, i) => `value_${i} = ${i}`).join("\n");
  const { page, context, problems } = await mounted(TASK);
  try {
    const pending = await page.evaluate((long) => {
      const host = document.getElementById("host");
      window.__widget.setTask({ id: "copy-early", prompt: "Copy it.", responses: [
        { id: "one", content: "```python\n" + long + "\n```" }, { id: "two", content: "`x`" }] });
      const figure = host.shadowRoot.querySelector("article[data-response=one] .pw-code");
      const waiting = figure.querySelectorAll("[data-chunk]").length;
      figure.querySelector("[data-action=copy]").click();
      return waiting;
    }, long);
    assert.ok(pending >= 40, `${pending} chunks still to come when copy was clicked`);
    const block = page.locator("#host article[data-response=one] .pw-code");
    await assert.doesNotReject(block.locator(".pw-code__status", { hasText: "Copied" }).waitFor({ timeout: 30_000 }));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), long);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("Tab moves into a scrollable code block and out again; the arrow keys scroll it", async () => {
  const { page, context, problems, root } = await mounted(TASK);
  try {
    const pre = root.locator("article[data-response=one] .pw-code pre");
    const overflows = await pre.evaluate((el) => el.scrollWidth > el.clientWidth);
    assert.ok(overflows, "the block scrolls sideways");
    const active = () => page.evaluate(() => {
      const el = document.getElementById("host").shadowRoot.activeElement;
      return el ? (el.dataset.action ?? el.localName) + (el.textContent.length < 40 ? `:${el.textContent}` : "") : null;
    });
    await root.locator("article[data-response=one] [data-action=wrap]").focus();
    await page.keyboard.press("Tab");
    assert.equal(await active(), "pre");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("End");
    await page.waitForFunction(() =>
      document.getElementById("host").shadowRoot.querySelector("article[data-response=one] pre").scrollLeft > 0);
    await page.keyboard.press("Tab");
    assert.equal(await active(), "a:a link", "the next Tab leaves the block for the link after it");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await active(), "pre");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await active(), "wrap:Wrap lines");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("where the clipboard refuses, the code is selected and the hint names the platform's shortcut", async () => {
  for (const [platform, keys] of [["MacIntel", "\u2318C"], ["Linux x86_64", "Ctrl+C"]]) {
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript((platform) => {
        Object.defineProperty(Navigator.prototype, "platform", { get: () => platform });
        Object.defineProperty(Navigator.prototype, "clipboard", { get: () => ({ writeText: () => Promise.reject(new Error("denied")) }) });
      }, platform);
      await page.goto(`${env.base}tests/e2e/harness.html`);
      await page.waitForSelector("body[data-ready]", { state: "attached" });
      await page.evaluate((task) => window.pairwise.mount(document.getElementById("host"), { task, persist: false, randomize: false }), TASK);
      const block = page.locator("#host article[data-response=one] .pw-code");
      await block.locator("[data-action=copy]").click();
      await block.locator(".pw-code__status", { hasText: `Press ${keys} to copy` }).waitFor();
      const selected = await page.evaluate(() => getSelection().toString());
      assert.ok(selected.includes("def greet(name):"), selected);
    } finally {
      await context.close();
    }
  }
});

/** A 2,000-line answer: prose and code blocks in turn. */
function longAnswer(variant) {
  const parts = [];
  for (let block = 0; block < 40; block += 1) {
    parts.push(`## Part ${block}\n\nSome explanation of part ${block}, with \`inline code\`.\n`);
    const lines = [];
    for (let i = 0; i < 44; i += 1) {
      const changed = variant && i === 7 && block % 3 === 0;
      lines.push(`    value_${block}_${i} = compute(${changed ? "x + 1" : "x"}, "${i}")  # step ${i}`);
    }
    parts.push("```python\ndef part_" + block + "(x):\n" + lines.join("\n") + "\n    return x\n```\n");
  }
  return parts.join("\n");
}

test("a 2,000-line pair shows its head at once, the rest in idle time, highlights every block and compares them promptly", async () => {
  const task = { id: "long", prompt: "Review.", responses: [{ id: "a", content: longAnswer(false) }, { id: "b", content: longAnswer(true) }] };
  assert.ok(task.responses[0].content.split("\n").length >= 2000);
  const { page, context, problems, root } = await mounted(task);
  try {
    const count = () => page.evaluate(() => {
      const shadow = document.getElementById("host").shadowRoot;
      const body = shadow.querySelector(".pw-md--long");
      return {
        blocks: shadow.querySelectorAll(".pw-code").length,
        lines: shadow.querySelectorAll(".pw-code__line").length,
        keywords: shadow.querySelectorAll(".pw-tk-kw").length,
        long: shadow.querySelectorAll(".pw-md--long").length,
        pending: shadow.querySelectorAll("[data-pending]").length,
        reserved: body.style.minBlockSize,
        parts: [...shadow.querySelectorAll(".pw-md--long")].map((md) => md.querySelectorAll(":scope > .pw-part").length),
        skipped: getComputedStyle(shadow.querySelector(".pw-md--long > .pw-part")).contentVisibility,
      };
    });
    // When mount() returns, the head of each answer is there, and the place
    // of the rest is held.
    const first = await page.evaluate(() => window.__atMount);
    assert.equal(first.pending, 2, JSON.stringify(first));
    assert.ok(first.blocks >= 2 && first.blocks < 20, `${first.blocks} blocks at first`);
    assert.match(first.reserved, /^calc\(\d+ \* var\(--_pw-line, 1.3em\)\)$/);
    // The rubric works while the rest comes in.
    await root.locator("input[type=radio]").first().check();
    await page.waitForFunction(() => !document.getElementById("host").shadowRoot.querySelector("[data-pending]"), null, { timeout: 30_000 });
    const counts = await count();
    // Parts of about 200 lines after a head of about 60: the browser tracks
    // a dozen elements per answer, not every block.
    assert.ok(counts.parts.every((n) => n >= 8 && n <= 14), JSON.stringify(counts.parts));
    delete counts.parts;
    assert.deepEqual(counts, { blocks: 80, lines: 80 * 46, keywords: 80 * 2, long: 2, pending: 0, reserved: "", skipped: "auto" });
    // Each part came once, in order.
    const parts = await page.evaluate(() => [...document.getElementById("host").shadowRoot.querySelectorAll(".pw-response:first-of-type .pw-part > h2")].map((h) => h.textContent));
    assert.deepEqual(parts, Array.from({ length: 40 }, (_, i) => `Part ${i}`));
    const ms = await page.evaluate(async () => {
      const t0 = performance.now();
      document.getElementById("host").shadowRoot.querySelector("[data-testid=pw-compare]").click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return Math.round(performance.now() - t0);
    });
    console.log(`code: comparison of a 2,000-line pair shown in ${ms} ms`);
    const summary = await root.locator("[data-testid=pw-diff-summary]").textContent();
    assert.equal(summary, "14 changed, 0 only in A, 0 only in B");
    assert.equal(await root.locator(".pw-diff__row[data-kind=changed] .pw-diff__word").count(), 14);
    // Long unchanged stretches are folded, three lines of context kept
    // around each change; a fold shows its lines in place when asked.
    const table = () => page.evaluate(() => {
      const shadow = document.getElementById("host").shadowRoot;
      const rows = [...shadow.querySelectorAll(".pw-diff__table tbody tr")];
      return {
        shown: rows.filter((r) => r.matches(".pw-diff__row")).map((r) => Number(r.querySelector(".pw-diff__num").textContent)),
        folds: rows.filter((r) => r.matches(".pw-diff__fold")).map((r) => r.textContent),
      };
    });
    const before = await table();
    assert.equal(before.shown.length, 14 * 7, "each change with 3 lines before and after");
    assert.equal(before.folds.length, 15);
    const hidden = before.folds.map((text) => Number(/^Show (\d+) unchanged lines$/.exec(text)?.[1]));
    assert.ok(hidden.every((n) => n >= 4), JSON.stringify(hidden));
    await root.locator(".pw-diff__unfold").nth(1).click();
    const after = await table();
    assert.equal(after.folds.length, 14);
    assert.equal(after.shown.length, before.shown.length + hidden[1]);
    // The lines are in order, and the focus is on the first one shown.
    const left = after.shown;
    assert.deepEqual(left, [...left].sort((a, b) => a - b));
    assert.equal(new Set(left).size, left.length);
    const focused = await page.evaluate(() => document.getElementById("host").shadowRoot.activeElement?.closest("tr")?.querySelector(".pw-diff__num").textContent);
    assert.equal(Number(focused), before.shown[6] + 1);
    // Every fold opened: every line, once, in order.
    while (await root.locator(".pw-diff__unfold").count()) await root.locator(".pw-diff__unfold").first().click();
    const all = (await table()).shown;
    assert.equal(all.length, before.shown.length + hidden.reduce((a, b) => a + b, 0));
    assert.deepEqual(all, Array.from({ length: all.length }, (_, i) => i + 1));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
