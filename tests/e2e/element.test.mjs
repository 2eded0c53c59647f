// <pairwise-rater> in a page that writes no JavaScript: it loads its task
// from task-src, dispatches the widget's events on itself, stays
// independent of other instances, and cleans up when removed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rateCodeReview, useBrowser } from "./support.mjs";

const env = useBrowser();

async function openExample() {
  const page = await env.browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  // Record every widget event the page sees, from the start.
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ["ready", "change", "submit", "error"]) {
      document.addEventListener(`pairwise-${type}`, (e) => {
        window.__events.push({ element: e.target.id || e.target.localName, ...e.detail });
      });
    }
  });
  await page.goto(`${env.base}examples/custom-element.html`);
  // The element mounts an empty widget at once and the task once fetched.
  await page.waitForFunction(() => window.__events.some((e) => e.type === "ready"));
  return { page, problems };
}

const events = (page, type) => page.evaluate((type) => window.__events.filter((e) => e.type === type), type);

test("the element loads its task, and a rating reaches the page", async () => {
  const { page, problems } = await openExample();
  try {
    const [ready] = await events(page, "ready");
    assert.equal(ready.task_id, "demo-sql-top3-salaries");
    const rater = page.locator("pairwise-rater");
    const answers = Object.fromEntries(ready.display.order.map((id) => [id, [3, 4, "works"]]));
    const why = "DENSE_RANK keeps ties; the subquery drops Dara.";
    await rateCodeReview(rater, answers, `[data-preferred="resp-2e84"][data-strength="2"]`, why);
    await rater.locator(".pw-submit[data-state=submitted]").waitFor();
    const submits = await events(page, "submit");
    assert.equal(submits.length, 1);
    assert.equal(submits[0].answers.preference.preferred, "resp-2e84");
    assert.equal(submits[0].display.seed, "rater-7");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("two elements are independent, and removing one destroys it", async () => {
  const { page, problems } = await openExample();
  try {
    await page.evaluate(async () => {
      const task = await (await fetch("tasks/sql-top3.json")).json();
      const second = document.createElement("pairwise-rater");
      second.id = "second";
      second.setAttribute("persist", "false");
      second.task = { ...task, id: "second-task" };
      document.body.append(second);
    });
    await page.locator("#second .pw-root").waitFor();
    await page.locator("#second input[data-question=correctness][value='5']").first().check();
    const [first, second] = await page.evaluate(() =>
      [...document.querySelectorAll("pairwise-rater")].map((el) => el.state()));
    assert.deepEqual(first.answers.correctness ?? null, null);
    assert.equal(Object.values(second.answers.correctness)[0], 5);
    assert.equal(first.task_id, "demo-sql-top3-salaries");
    assert.equal(second.task_id, "second-task");

    const left = await page.evaluate(async () => {
      const el = document.getElementById("second");
      const shadow = el.shadowRoot;
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      const before = window.__events.length;
      shadow.querySelector?.("input")?.click();
      return { children: shadow.childNodes.length, state: el.state(), newEvents: window.__events.length - before };
    });
    assert.deepEqual(left, { children: 0, state: null, newEvents: 0 });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("shortcuts=\"false\" turns the keyboard shortcuts off", async () => {
  const { page } = await openExample();
  try {
    const rater = page.locator("pairwise-rater");
    const first = rater.locator("input[data-question=correctness]").first();
    await first.focus();
    await page.keyboard.press("4");
    assert.equal(await rater.evaluate((el) => Object.keys(el.state().answers.correctness ?? {}).length), 1);
    const readies = (await events(page, "ready")).length;
    await rater.evaluate((el) => el.setAttribute("shortcuts", "false"));
    await page.waitForFunction((n) => window.__events.filter((e) => e.type === "ready").length > n, readies);
    // The draft came back; a digit on the other response's question answers nothing now.
    await rater.locator("input[data-question=correctness]").last().focus();
    await page.keyboard.press("2");
    await page.waitForTimeout(100);
    assert.equal(await rater.evaluate((el) => Object.keys(el.state().answers.correctness ?? {}).length), 1);
  } finally {
    await page.close();
  }
});

test("a task-src that cannot be loaded is reported on the element", async () => {
  const { page } = await openExample();
  try {
    await page.evaluate(() => document.querySelector("pairwise-rater").setAttribute("task-src", "tasks/missing.json"));
    await page.waitForFunction(() => window.__events.some((e) => e.code === "task_unavailable"));
    const [error] = (await events(page, "error")).filter((e) => e.code === "task_unavailable");
    assert.equal(error.path, "task-src");
    assert.match(error.message, /404/);
  } finally {
    await page.close();
  }
});
