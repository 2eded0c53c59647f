// Shared by the end-to-end tests: Debian's Chromium, launched headless with
// the flags this machine needs (no sandbox as root, no background network).
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export { serve };

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Launches Chromium (CHROMIUM overrides its path) with `extra` flags. */
export function launch(extra = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS, ...extra] });
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
