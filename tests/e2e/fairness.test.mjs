// The rater's side of fairness, on the built bundle: consistency hints
// appear for contradictory answers and not for consistent ones and are
// recorded in the submit; gold feedback after the submit with a dispute
// that reaches the host; review mode shows a stored rating read-only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./support.mjs";

const env = useBrowser();

const TASK = {
  id: "t-fair",
  prompt: "Return the first index of `target` in a sorted list, or -1.",
  responses: [
    { id: "ra", content: "```python\ndef first(xs, t):\n    return xs.index(t) if t in xs else -1\n```" },
    { id: "rb", content: "```python\ndef first(xs, t):\n    return xs.index(t)\n```" },
  ],
  gold: {
    answers: { correctness: { ra: 5, rb: 2 }, preference: { preferred: "ra", strength: 3 } },
    explanations: { correctness: "B raises **ValueError** when `t` is missing.", preference: "Only A handles a missing target." },
  },
};

/** Opens the harness and mounts `options` (plus TASK), recording events. */
async function open(options = {}) {
  const page = await env.browser.newPage();
  await page.goto(`${env.base}tests/e2e/harness.html`);
  await page.waitForFunction(() => document.body.dataset.ready === "1");
  await page.evaluate(([task, options]) => {
    window.__events = [];
    window.widget = window.pairwise.mount(document.getElementById("host"), {
      task, seed: "s", randomize: false, persist: false, ...options,
      onEvent: (e) => window.__events.push(e),
    });
  }, [TASK, options]);
  const rater = page.locator("#host");
  await rater.locator(".pw-response").first().waitFor();
  return { page, rater };
}

const events = (page, type) => page.evaluate((type) => window.__events.filter((e) => e.type === type), type);

async function answer(rater, id, correctness, following, ran) {
  await rater.locator(`input[data-question=correctness][data-response=${id}][value="${correctness}"]`).check();
  await rater.locator(`input[data-question=instruction_following][data-response=${id}][value="${following}"]`).check();
  await rater.locator(`input[data-question=ran_code][data-response=${id}][value=${ran}]`).check();
}

const hints = (rater) => rater.locator("[data-testid=pw-hints] .pw-hint").evaluateAll((ps) => ps.map((p) => p.dataset.hint));

test("hints appear for contradictory answers, never block, and are recorded in the submit", async () => {
  const { page, rater } = await open();
  try {
    await answer(rater, "ra", 2, 2, "works");
    await answer(rater, "rb", 4, 4, "fails");
    assert.deepEqual(await hints(rater), []);
    // Preferring A while rating B higher on every scale.
    await rater.locator(`input[data-question=preference][data-preferred=ra][data-strength="2"]`).check();
    assert.deepEqual(await hints(rater), ["preference_against_scales"]);
    const text = await rater.locator("[data-hint=preference_against_scales]").textContent();
    assert.match(text, /Response B higher on every scale, but preferred Response A/);
    // Top correctness for code that fails when run.
    await rater.locator(`input[data-question=correctness][data-response=rb][value="5"]`).check();
    assert.deepEqual((await hints(rater)).sort(), ["fails_but_correct", "preference_against_scales"]);
    await rater.locator("textarea[data-question=justification]").fill("A is shorter and easier to read than B is.");
    // The hints do not block the submit.
    const submit = rater.locator("[data-testid=pw-submit]");
    assert.equal(await submit.isEnabled(), true);
    // The rater reconsiders the correctness of B, then submits.
    await rater.locator(`input[data-question=correctness][data-response=rb][value="3"]`).check();
    assert.deepEqual(await hints(rater), ["preference_against_scales"]);
    await submit.click();
    const [sent] = await events(page, "submit");
    assert.deepEqual(sent.hints, [
      { id: "preference_against_scales", changed_after: true, applies: true },
      { id: "fails_but_correct", changed_after: true, applies: false },
    ]);
    assert.deepEqual(await hints(rater), [], "no hints once submitted");
  } finally {
    await page.close();
  }
});

test("a consistent rating shows no hint and sends an empty list", async () => {
  const { page, rater } = await open();
  try {
    await answer(rater, "ra", 5, 5, "works");
    await answer(rater, "rb", 2, 4, "fails");
    await rater.locator(`input[data-question=preference][data-preferred=ra][data-strength="3"]`).check();
    await rater.locator("textarea[data-question=justification]").fill("B raises when the target is missing; A does not.");
    assert.deepEqual(await hints(rater), []);
    await rater.locator("[data-testid=pw-submit]").click();
    const [sent] = await events(page, "submit");
    assert.deepEqual(sent.hints, []);
  } finally {
    await page.close();
  }
});

test("gold feedback compares each answer after the submit, and a dispute reaches the host", async () => {
  const { page, rater } = await open();
  try {
    assert.equal(await rater.locator("[data-testid=pw-feedback]").count(), 0, "no feedback before the submit");
    await answer(rater, "ra", 5, 5, "works");
    await answer(rater, "rb", 3, 4, "did_not_try");
    await rater.locator(`input[data-question=preference][data-preferred=ra][data-strength="1"]`).check();
    await rater.locator("textarea[data-question=justification]").fill("Both look fine; A checks for a missing target.");
    await rater.locator("[data-testid=pw-submit]").click();
    const feedback = rater.locator("[data-testid=pw-feedback]");
    await feedback.waitFor();
    const items = await feedback.locator(".pw-feedback__item").evaluateAll((els) =>
      els.map((el) => [el.dataset.question, el.dataset.response, el.dataset.verdict]));
    assert.deepEqual(items, [
      ["correctness", "ra", "agree"],
      ["correctness", "rb", "close"],
      ["preference", "", "close"],
    ]);
    assert.match(await feedback.locator(".pw-feedback__summary").textContent(), /1 of 3/);
    const rb = feedback.locator(".pw-feedback__item[data-response=rb]");
    assert.match(await rb.locator("[data-testid=pw-feedback-yours]").textContent(), /^3/);
    assert.match(await rb.locator("[data-testid=pw-feedback-expected]").textContent(), /^2/);
    // The explanation is Markdown.
    assert.equal(await rb.locator(".pw-feedback__why strong").textContent(), "ValueError");
    // Dispute the expected answer for B.
    await rb.locator(".pw-feedback__dispute").click();
    const send = rb.locator("[data-testid=pw-dispute-send]");
    assert.equal(await send.isDisabled(), true, "a dispute needs a comment");
    await rb.locator(".pw-feedback__form textarea").fill("xs.index raises, but the prompt says the target is always present.");
    await send.click();
    const disputes = await events(page, "dispute");
    const [submitted] = await events(page, "submit");
    assert.equal(disputes.length, 1);
    assert.equal(disputes[0].question_id, "correctness");
    assert.equal(disputes[0].response_id, "rb");
    assert.equal(disputes[0].submission_id, submitted.submission_id);
    assert.match(disputes[0].comment, /always present/);
    assert.match(await rb.locator(".pw-feedback__status").textContent(), /Dispute sent/);
    // Opened again, the form still holds the comment, and what the rater
    // adds goes out as a second dispute.
    await rb.locator(".pw-feedback__dispute").click();
    const area = rb.locator(".pw-feedback__form textarea");
    assert.match(await area.inputValue(), /always present/);
    assert.equal(await send.isDisabled(), false, "the kept comment can be sent again");
    await area.fill("Also: the empty list case is not in the prompt.");
    await send.click();
    const again = await events(page, "dispute");
    assert.equal(again.length, 2);
    assert.equal(again[1].response_id, "rb");
    assert.equal(again[1].submission_id, submitted.submission_id);
    assert.match(again[1].comment, /empty list/);
  } finally {
    await page.close();
  }
});

test("review mode shows a stored rating read-only and sends nothing but ready", async () => {
  const rating = {
    type: "submit", submission_id: "sub-77",
    display: { order: ["rb", "ra"], swapped: true, seed: "x" },
    answers: {
      correctness: { ra: 5, rb: 2 }, instruction_following: { ra: 4, rb: 4 },
      ran_code: { ra: "works", rb: "fails" }, issues: { ra: [], rb: ["bug"] },
      preference: { preferred: "ra", strength: 3 }, justification: "B raises on a missing target.",
    },
  };
  const { page, rater } = await open({ mode: "review", rating });
  try {
    // The stored display order, not the widget's own.
    const order = await rater.locator(".pw-response").evaluateAll((els) => els.map((el) => el.dataset.response));
    assert.deepEqual(order, ["rb", "ra"]);
    const checked = rater.locator("input[data-question=correctness][data-response=rb][value='2']");
    assert.equal(await checked.isChecked(), true);
    assert.equal(await checked.isDisabled(), true);
    assert.equal(await rater.locator("textarea[data-question=justification]").inputValue(), "B raises on a missing target.");
    await rater.locator("input[data-question=correctness][data-response=rb][value='4']").click({ force: true });
    assert.equal(await checked.isChecked(), true);
    assert.equal(await rater.locator("[data-testid=pw-flag]").count(), 0);
    assert.match(await rater.locator("[data-testid=pw-status]").textContent(), /shown for review/);
    // Gold feedback is shown, without the dispute.
    await rater.locator("[data-testid=pw-feedback]").waitFor();
    assert.equal(await rater.locator(".pw-feedback__dispute").first().isVisible(), false);
    const types = (await page.evaluate(() => window.__events)).map((e) => e.type);
    assert.deepEqual(types, ["ready"]);
  } finally {
    await page.close();
  }
});

test("review mode without a rating is an error with its path, and the task is rated as usual", async () => {
  const { page, rater } = await open({ mode: "review" });
  try {
    const [error] = await events(page, "error");
    assert.equal(error.path, "options.rating");
    assert.equal(await rater.locator("[data-testid=pw-submit]").isVisible(), true);
  } finally {
    await page.close();
  }
});
