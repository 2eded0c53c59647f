// Style isolation: a hostile host stylesheet leaves the widget's layout
// exactly as it was, and the documented ::part hooks do reach inside.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./support.mjs";

const env = useBrowser();

const HOSTILE = `
  * { font-size: 40px !important; line-height: 3 !important; font-family: serif !important; }
  div, p, section, article, fieldset, legend, label, h2, h3, pre, code, ul, li { margin: 37px !important; padding: 23px !important; border: 9px solid red !important; }
  button { display: none !important; }
  input, textarea { all: unset !important; width: 1px !important; }
  label { display: block !important; float: right !important; }
`;

/** Boxes of the widget's main parts, relative to its host element. */
async function boxes(page) {
  return page.evaluate(() => {
    const host = document.querySelector("pairwise-rater");
    const origin = host.getBoundingClientRect();
    const parts = [".pw-root", "article.pw-response", ".pw-rubric", "fieldset.pw-field", "[data-testid=pw-submit]", "input", "textarea"];
    return Object.fromEntries(parts.map((selector) => {
      const r = host.shadowRoot.querySelector(selector).getBoundingClientRect();
      return [selector, [r.x - origin.x, r.y - origin.y, r.width, r.height].map(Math.round)];
    }));
  });
}

test("a hostile host stylesheet does not move or resize anything in the widget", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
  try {
    await page.goto(`${env.base}examples/custom-element.html`);
    await page.locator("pairwise-rater .pw-md pre").first().waitFor();
    const before = await boxes(page);
    await page.addStyleTag({ content: HOSTILE });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await boxes(page);
    assert.deepEqual(after, before);
    // And the widget's styles never reach the host page.
    const heading = await page.evaluate(() => getComputedStyle(document.querySelector("h1")).fontFamily);
    assert.match(heading, /serif/);
  } finally {
    await page.close();
  }
});

test("::part hooks let a host style the documented parts", async () => {
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.base}examples/custom-element.html`);
    await page.locator("pairwise-rater .pw-response").first().waitFor();
    await page.addStyleTag({ content: "pairwise-rater::part(submit) { outline: 5px solid rgb(1, 2, 3); } pairwise-rater::part(response) { border-top-width: 7px; }" });
    const styles = await page.evaluate(() => {
      const root = document.querySelector("pairwise-rater").shadowRoot;
      return [
        getComputedStyle(root.querySelector("[data-testid=pw-submit]")).outlineColor,
        getComputedStyle(root.querySelector("article.pw-response")).borderTopWidth,
      ];
    });
    assert.deepEqual(styles, ["rgb(1, 2, 3)", "7px"]);
  } finally {
    await page.close();
  }
});
