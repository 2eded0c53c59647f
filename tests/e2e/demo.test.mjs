// End to end: the built bundle in the demo page, driven like a rater in
// headless Chromium. The page's event log is what a host received.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./support.mjs";

const env = useBrowser();

async function openDemo() {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(env.base);
  await page.locator("#event-log li[data-type=ready]").first().waitFor();
  return { page, problems };
}

/** The events logged by the demo page, oldest first. */
async function loggedEvents(page) {
  const texts = await page.locator("#event-log li pre").allTextContents();
  return texts.map((t) => JSON.parse(t)).reverse();
}

test("a rater rates the long C++ task and the host page receives one submit", async () => {
  const { page, problems } = await openDemo();
  try {
    const option = page.locator("#task-picker option", { hasText: "C++" });
    await page.selectOption("#task-picker", await option.getAttribute("value"));
    await page.locator("#event-log li[data-type=ready]").nth(1).waitFor();
    const ready = (await loggedEvents(page)).filter((e) => e.type === "ready").at(-1);
    const [left, right] = ready.display.order;
    const rater = page.locator("#rater");
    // Long answers render as code blocks with their language class.
    assert.ok(await rater.locator("article.pw-response pre code.language-cpp").count() >= 2);

    for (const [id, c, f, ran] of [[left, "4", "5", "works"], [right, "2", "3", "fails"]]) {
      await rater.locator(`input[data-question=correctness][data-response="${id}"][value="${c}"]`).check();
      await rater.locator(`input[data-question=instruction_following][data-response="${id}"][value="${f}"]`).check();
      await rater.locator(`input[data-question=ran_code][data-response="${id}"][value="${ran}"]`).check();
    }
    await rater.locator(`input[data-question=issues][data-response="${right}"][value=bug]`).check();
    const submit = rater.locator("[data-testid=pw-submit]");
    assert.equal(await submit.isDisabled(), true);
    await rater.locator(`input[data-question=preference][data-preferred="${left}"][data-strength="3"]`).check();
    await rater.locator("textarea[data-question=justification]").fill("Left is O(1) as asked and its tests pass; right uses std::map.");
    await submit.click();
    await submit.click({ force: true });
    await rater.locator(".pw-submit[data-state=submitted]").waitFor();

    const submits = (await loggedEvents(page)).filter((e) => e.type === "submit");
    assert.equal(submits.length, 1);
    const s = submits[0];
    assert.equal(s.task_id, "demo-cpp-lru-cache");
    assert.deepEqual(s.display, ready.display);
    assert.equal(s.answers.correctness[left], 4);
    assert.equal(s.answers.correctness[right], 2);
    assert.equal(s.answers.ran_code[right], "fails");
    assert.deepEqual(s.answers.issues[right], ["bug"]);
    assert.deepEqual(s.answers.issues[left], []);
    assert.deepEqual(s.answers.preference, { preferred: left, strength: 3 });
    assert.match(s.submission_id, /^[0-9a-f-]{36}$/);
    assert.equal(s.metadata.language, "cpp");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("a broken task shows its problem in the widget and in an error event", async () => {
  const { page, problems } = await openDemo();
  try {
    const option = page.locator("#task-picker option", { hasText: "two responses with one id" });
    await page.selectOption("#task-picker", await option.getAttribute("value"));
    await page.locator("#event-log li[data-type=error]").first().waitFor();
    const error = (await loggedEvents(page)).find((e) => e.type === "error");
    assert.equal(error.code, "duplicate_id");
    assert.equal(error.path, "$.responses[1].id");
    assert.match(await page.locator("#rater [data-testid=pw-error]").textContent(), /\$\.responses\[1\]\.id/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("raw HTML in a response is shown as text and never runs", async () => {
  const { page, problems } = await openDemo();
  try {
    const option = page.locator("#task-picker option", { hasText: /^Java:/ });
    await page.selectOption("#task-picker", await option.getAttribute("value"));
    await page.locator("#event-log li[data-type=ready]").nth(1).waitFor();
    const rater = page.locator("#rater");
    assert.equal(await rater.locator("script, img, iframe, [onerror]").count(), 0);
    assert.match(await rater.locator("article.pw-response").first().textContent(), /<(script|img)/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
