// Host pages from examples/: a survey that carries the rating in a hidden
// form field, and an MTurk-style HIT with a preview mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rateCodeReview, useBrowser } from "./support.mjs";

const env = useBrowser();

async function rate(rater) {
  const answers = { "resp-d5c7": [2, 3, "could_not_run"], "resp-2e84": [2, 3, "could_not_run"] };
  const why = "Only the DENSE_RANK answer returns both people tied at the top.";
  await rateCodeReview(rater, answers, `[data-preferred="resp-2e84"][data-strength="3"]`, why);
}

test("the plain script tag page mounts the widget and receives the rating", async () => {
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.base}examples/script-tag.html`);
    const rater = page.locator("#rater");
    await rater.locator(".pw-response").first().waitFor();
    // The page keeps no handle: garbage collection must not unmount it.
    await page.requestGC();
    await page.waitForTimeout(100);
    await page.requestGC();
    await rate(rater);
    await page.waitForFunction(() => document.getElementById("received").textContent.startsWith("{"));
    const rating = JSON.parse(await page.locator("#received").textContent());
    assert.equal(rating.type, "submit");
    assert.equal(rating.task_id, "demo-sql-top3-salaries");
    assert.equal(rating.answers.ran_code["resp-d5c7"], "could_not_run");
    assert.deepEqual(rating.answers.preference, { preferred: "resp-2e84", strength: 3 });
  } finally {
    await page.close();
  }
});

test("the survey page submits its form with the rating in a hidden field", async () => {
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.base}examples/survey.html`);
    const rater = page.locator("pairwise-rater");
    await rater.locator(".pw-response").first().waitFor();
    await rate(rater);
    await page.waitForURL(/survey-done\.html/);
    const query = new URL(page.url()).searchParams;
    assert.equal(query.get("participant"), "p-1042");
    const rating = JSON.parse(query.get("rating"));
    assert.equal(rating.type, "submit");
    assert.equal(rating.task_id, "demo-sql-top3-salaries");
    assert.deepEqual(rating.answers.preference, { preferred: "resp-2e84", strength: 3 });
  } finally {
    await page.close();
  }
});

test("the HIT page in preview mode shows the task but cannot be rated or submitted", async () => {
  const page = await env.browser.newPage();
  const posts = [];
  await page.route("**/mturk/externalSubmit", (route) => { posts.push(route.request().postData()); route.fulfill({ body: "ok" }); });
  try {
    await page.goto(`${env.base}examples/mturk.html?assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE&hitId=H1`);
    const rater = page.locator("pairwise-rater");
    await rater.locator(".pw-response").first().waitFor();
    assert.equal(await page.locator("#preview").isVisible(), true);
    assert.equal(await rater.evaluate((el) => el.inert), true);
    // A rater's click does not reach an inert widget.
    await page.locator("input[data-question=correctness]").first().click({ timeout: 1000 }).catch(() => {});
    assert.deepEqual(await rater.evaluate((el) => el.state().answers.correctness ?? null), null);
    assert.deepEqual(posts, []);
  } finally {
    await page.close();
  }
});

test("the accepted HIT posts the rating with the assignment id to turkSubmitTo", async () => {
  const page = await env.browser.newPage();
  const posts = [];
  await page.route("**/mturk/externalSubmit", (route) => {
    posts.push({ url: route.request().url(), body: route.request().postData() });
    route.fulfill({ body: "ok", contentType: "text/plain" });
  });
  try {
    await page.goto(`${env.base}examples/mturk.html?assignmentId=A-77&hitId=H1&turkSubmitTo=https://workersandbox.example`);
    const rater = page.locator("pairwise-rater");
    await rater.locator(".pw-response").first().waitFor();
    await rate(rater);
    await page.waitForURL(/externalSubmit/);
    assert.equal(posts.length, 1);
    assert.equal(posts[0].url, "https://workersandbox.example/mturk/externalSubmit");
    const form = new URLSearchParams(posts[0].body);
    assert.equal(form.get("assignmentId"), "A-77");
    assert.equal(JSON.parse(form.get("rating")).type, "submit");
  } finally {
    await page.close();
  }
});
