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

// The rater scrolls to the rubric as soon as the long task is ready, while
// the answers' later parts are still arriving and being laid out: what the
// rater is about to click must stay where it is, side by side and stacked.
for (const [layout, width] of [["side by side", 1280], ["stacked", 640]]) {
  test(`the rubric stays put under the rater's pointer while a long answer comes in (${layout})`, async () => {
    const page = await env.browser.newPage({ viewport: { width, height: 900 } });
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    try {
      await page.goto(env.base);
      await page.locator("#event-log li[data-type=ready]").first().waitFor();
      const option = page.locator("#task-picker option", { hasText: "C++" });
      // Right after `ready`, in the same task: scroll the first rubric
      // control to the middle of the viewport, then follow its position on
      // every frame until no answer is pending and a few frames more.
      await page.evaluate(() => { window.__track = new Promise((resolve) => {
        const host = document.querySelector("#rater");
        host.addEventListener("pairwise-ready", () => requestAnimationFrame(() => {
          const root = host.shadowRoot ?? host;
          const first = () => root.querySelector("input[data-question=correctness]");
          const pending = () => root.querySelector("[data-pending]") !== null;
          first().scrollIntoView({ block: "center" });
          const seen = first().getBoundingClientRect();
          const at = { x: seen.left + seen.width / 2, y: seen.top + seen.height / 2 };
          const tops = [seen.top];
          const sawPending = pending();
          let settled = 0;
          const frame = () => {
            tops.push(first().getBoundingClientRect().top);
            settled = pending() ? 0 : settled + 1;
            if (settled < 30) requestAnimationFrame(frame);
            else resolve({ tops, sawPending, at });
          };
          requestAnimationFrame(frame);
        }), { once: true });
      }); });
      await page.selectOption("#task-picker", await option.getAttribute("value"));
      const track = await page.evaluate(() => window.__track);
      assert.ok(track.sawPending, "the long answer was still coming in when the rater scrolled");
      const moved = Math.max(...track.tops) - Math.min(...track.tops);
      assert.ok(moved <= 2, `the first rubric control moved ${moved} px over ${track.tops.length} frames`);
      // And a click where the rater saw the control lands on it.
      const radio = page.locator("#rater input[data-question=correctness]").first();
      assert.equal(await radio.isChecked(), false);
      await page.mouse.click(track.at.x, track.at.y);
      assert.equal(await radio.isChecked(), true);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
