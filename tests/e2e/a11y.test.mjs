// Accessibility: axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on the demo
// page, widget included (axe reaches into its open shadow root), for every
// theme and language, fresh and part-way through a rating, on a desktop
// and on a 320 px wide screen. Every violation fails the test and is
// listed compactly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { useBrowser } from "./support.mjs";

const env = useBrowser();

const AXE = fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url));
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const THEMES = ["light", "dark", "high-contrast"];
const LOCALES = ["en", "fr", "es"];

/** Runs axe on the whole page; returns its violations, labelled. */
async function audit(page, label) {
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => [].concat(t).join(" >> ")).join(" "),
        why: (n.failureSummary ?? "").split("\n").slice(1, 3).map((l) => l.trim()).join(" / "),
      })),
    }));
  }, TAGS);
  return violations.map((v) => ({ label, ...v }));
}

/** One line per violation and up to three of its elements. */
function summary(violations) {
  return violations
    .map((v) => [`${v.label}: ${v.id} (${v.impact}, ${v.nodes.length} elements) ${v.help}`,
      ...v.nodes.slice(0, 3).map((n) => `    ${n.target}: ${n.why}`)].join("\n"))
    .join("\n");
}

/** The demo at `width` px, its first task shown, axe loaded; page errors are collected. */
async function openDemo(width) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(env.base);
  await page.locator("#event-log li[data-type=ready]").first().waitFor();
  await page.addScriptTag({ path: AXE });
  return { page, problems };
}

/** Some answers, a short justification, the help and the flag form open. */
async function answerSome(rater) {
  const ids = await rater.locator("article.pw-response").evaluateAll((panes) => panes.map((p) => p.dataset.response));
  await rater.locator(`input[data-question=correctness][data-response="${ids[0]}"][value="4"]`).check();
  await rater.locator(`input[data-question=ran_code][data-response="${ids[1]}"][value=fails]`).check();
  await rater.locator(`input[data-question=issues][data-response="${ids[1]}"][value=bug]`).check();
  await rater.locator("input[data-question=preference][data-strength='2']").first().check();
  await rater.locator("textarea[data-question=justification]").fill("Too short.");
  await rater.locator(`input[data-question=correctness][data-response="${ids[0]}"][value="4"]`).press("?");
  await rater.locator("[data-testid=pw-help]:not([hidden])").waitFor();
  await rater.locator("[data-testid=pw-flag] summary").click();
  await rater.locator("[data-testid=pw-status]").filter({ hasText: "(" }).waitFor();
}

for (const width of [1280, 320]) {
  test(`axe finds no WCAG 2.2 AA violation at ${width} px, in every theme and language`, async () => {
    const { page, problems } = await openDemo(width);
    try {
      const rater = page.locator("#rater");
      const found = [];
      for (const theme of THEMES) {
        for (const locale of LOCALES) {
          // A fresh rating: no draft to restore.
          await page.evaluate(() => localStorage.clear());
          await page.selectOption("#theme", theme);
          await page.selectOption("#locale", locale);
          await rater.locator(`.pw-root[data-theme="${theme}"][lang="${locale}"]`).waitFor();
          found.push(...await audit(page, `${theme} ${locale} ${width}px fresh`));
          await answerSome(rater);
          found.push(...await audit(page, `${theme} ${locale} ${width}px answered`));
        }
      }
      assert.equal(found.length, 0, `axe violations:\n${summary(found)}`);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}

test("with forced colours, a chosen option is outlined in a system colour", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(env.base);
    const rater = page.locator("#rater");
    await rater.locator(".pw-root").waitFor();
    await page.evaluate(() => localStorage.clear());
    await page.selectOption("#theme", "high-contrast");
    await rater.locator(".pw-root[data-theme=high-contrast]").waitFor();
    const option = rater.locator("input[data-question=correctness][value='3']").first();
    await option.check();
    const [outline, width] = await option.evaluate((input) => {
      const style = getComputedStyle(input.closest(".pw-choice"));
      return [style.outlineStyle, style.outlineWidth];
    });
    assert.deepEqual([outline, width], ["solid", "2px"]);
  } finally {
    await page.close();
  }
});

for (const width of [1280, 320]) {
  test(`axe finds no violation in hints, gold feedback, the dispute form and review mode at ${width} px`, async () => {
    const { page } = await openDemo(width);
    try {
      const rater = page.locator("#rater");
      const found = [];
      for (const theme of THEMES) {
        await page.evaluate(() => localStorage.clear());
        await page.selectOption("#theme", theme);
        await page.selectOption("#locale", "en");
        await page.selectOption("#task-picker", { label: "Calibration (with gold answers): Python binary search" });
        await rater.locator(`.pw-root[data-theme="${theme}"]`).waitFor();
        const ids = await rater.locator("article.pw-response").evaluateAll((panes) => panes.map((p) => p.dataset.response));
        // Prefer the response rated lower on every scale: a hint appears.
        for (const [id, score] of [[ids[0], 2], [ids[1], 4]]) {
          await rater.locator(`input[data-question=correctness][data-response="${id}"][value="${score}"]`).check();
          await rater.locator(`input[data-question=instruction_following][data-response="${id}"][value="${score}"]`).check();
          await rater.locator(`input[data-question=ran_code][data-response="${id}"][value=did_not_try]`).check();
        }
        await rater.locator(`input[data-question=preference][data-preferred="${ids[0]}"][data-strength='1']`).check();
        await rater.locator("textarea[data-question=justification]").fill("The first one reads better to me than the second.");
        await rater.locator(".pw-hint").first().waitFor();
        found.push(...await audit(page, `${theme} ${width}px hint`));
        await rater.locator("[data-testid=pw-submit]").click();
        await rater.locator("[data-testid=pw-feedback]").waitFor();
        await rater.locator(".pw-feedback__dispute").first().click();
        found.push(...await audit(page, `${theme} ${width}px feedback`));
        await page.locator("#review").click();
        await rater.locator("[data-testid=pw-status]").filter({ hasText: "review" }).waitFor();
        found.push(...await audit(page, `${theme} ${width}px review`));
      }
      assert.equal(found.length, 0, `axe violations:\n${summary(found)}`);
    } finally {
      await page.close();
    }
  });
}
