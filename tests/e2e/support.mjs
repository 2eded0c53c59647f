// Shared by the end-to-end tests: Debian's Chromium, launched headless with
// the flags this machine needs (no sandbox as root, no background network).
import assert from "node:assert/strict";
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { EVENT_TYPES, eventProblems } from "./schema.mjs";

export { serve };

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * Every Pairwise event any page or frame of these tests dispatched, checked
 * against its JSON Schema: `seen` counts them by type, `invalid` lists the
 * ones that failed. After each test file, no event may have failed.
 */
export const schemaCheck = { seen: {}, invalid: [] };
after(() => {
  assert.deepEqual(schemaCheck.invalid, [], "every emitted event validates against its schema");
});

// Runs in every frame before its scripts: hands each `pairwise-*` event
// that reaches the document to the test process.
const RECORDER = `for (const type of ${JSON.stringify(EVENT_TYPES)}) {
  document.addEventListener("pairwise-" + type, (e) => { try { window.__pairwiseSchemaCheck(e.detail); } catch {} }, true);
}`;

async function instrument(context) {
  await context.exposeBinding("__pairwiseSchemaCheck", (_source, event) => {
    const type = event?.type ?? "?";
    schemaCheck.seen[type] = (schemaCheck.seen[type] ?? 0) + 1;
    const problems = eventProblems(event);
    if (problems) schemaCheck.invalid.push({ type, problems });
  });
  await context.addInitScript(RECORDER);
}

/**
 * Launches Chromium (CHROMIUM overrides its path) with `extra` flags. Every
 * context and page it opens records and validates the widget's events.
 */
export async function launch(extra = []) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...extra],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await instrument(context);
    return context;
  };
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on("close", () => context.close().catch(() => {}));
    return page;
  };
  return browser;
}

/**
 * Starts a server for the repository and a browser before the file's tests
 * and stops both after; returns an object whose `browser` and `base` (the
 * server's URL) are set once they run.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve(0);
    env.base = `http://127.0.0.1:${env.server.address().port}/`;
    env.browser = await launch();
  });
  after(async () => {
    try { await env.browser?.close(); } finally { env.server?.close(); }
  });
  return env;
}

/**
 * Answers every required question of code-review-v1 inside `scope` (a
 * locator or frame locator) as a rater would, and clicks submit.
 * `answers` maps each response id to its `[correctness, instruction
 * following, ran_code]`; `preference` narrows the preference input (for
 * example `[data-preferred=tie]`).
 */
export async function rateCodeReview(scope, answers, preference, justification) {
  for (const [id, [correctness, following, ran]] of Object.entries(answers)) {
    await scope.locator(`input[data-question=correctness][data-response="${id}"][value="${correctness}"]`).check();
    await scope.locator(`input[data-question=instruction_following][data-response="${id}"][value="${following}"]`).check();
    await scope.locator(`input[data-question=ran_code][data-response="${id}"][value="${ran}"]`).check();
  }
  await scope.locator(`input[data-question=preference]${preference}`).check();
  await scope.locator("textarea[data-question=justification]").fill(justification);
  await scope.locator("[data-testid=pw-submit]").click();
}
