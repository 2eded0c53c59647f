// Right to left: the demo page in the pseudo-locale en-XB (English
// mirrored, dir="rtl"). The layout mirrors the English one without
// breaking, code stays left to right, and a whole rating still works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rateCodeReview, useBrowser } from "./support.mjs";

const env = useBrowser();

/** The demo at `width` px with the widget in `locale`, on a fresh profile. */
async function openDemo(width, locale) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(env.base);
  await page.locator("#event-log li[data-type=ready]").first().waitFor();
  await page.evaluate(() => localStorage.clear());
  await page.selectOption("#locale", locale);
  await page.locator(`#rater .pw-root[lang="${locale}"]`).waitFor();
  return { page, problems };
}

/** Boxes of the widget's parts, and every element that sticks out of it. */
function measure(page) {
  return page.evaluate(() => {
    const root = document.querySelector("#rater").shadowRoot.querySelector(".pw-root");
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
    };
    const limits = box(root);
    const outside = [];
    for (const el of root.querySelectorAll("*")) {
      // Code blocks scroll their own content.
      if (el.parentElement?.closest("pre")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < limits.left - 0.5 || r.right > limits.right + 0.5) {
        outside.push(`<${el.localName} class="${el.className}"> ${Math.round(r.left)}..${Math.round(r.right)}`);
      }
    }
    const fields = (question) => [...root.querySelectorAll(`.pw-row[data-question=${question}] > fieldset`)].map(box);
    return {
      direction: getComputedStyle(root).direction,
      root: limits,
      scroll: [root.scrollWidth, root.clientWidth],
      page: [document.documentElement.scrollWidth, innerWidth],
      outside,
      panes: [...root.querySelectorAll("article.pw-response")].map(box),
      correctness: fields("correctness"),
      rubric: box(root.querySelector(".pw-rubric")),
      pre: [...root.querySelectorAll("pre")].map((pre) => [pre.closest("[dir]")?.getAttribute("dir"), getComputedStyle(pre).direction]),
    };
  });
}

const near = (a, b) => Math.abs(a - b) < 2;

for (const width of [1280, 320]) {
  test(`en-XB at ${width} px: the layout mirrors without overflowing and a rating completes`, async () => {
    const english = await openDemo(width, "en");
    const ltr = await measure(english.page);
    await english.page.close();
    const { page, problems } = await openDemo(width, "en-XB");
    try {
      const rtl = await measure(page);
      assert.equal(rtl.direction, "rtl");
      assert.equal(ltr.direction, "ltr");
      assert.deepEqual(rtl.outside, [], "nothing sticks out of the widget");
      assert.ok(rtl.scroll[0] <= rtl.scroll[1], `the widget does not scroll sideways: ${rtl.scroll}`);
      assert.ok(rtl.page[0] <= rtl.page[1], `the page does not scroll sideways: ${rtl.page}`);
      assert.ok(rtl.pre.length > 0 && rtl.pre.every(([dir, direction]) => dir === "ltr" && direction === "ltr"), "code reads left to right");

      const [a, b] = rtl.panes;
      assert.ok(a.width > 0 && b.width > 0 && rtl.rubric.width > 0, "both responses and the rubric are shown");
      assert.ok(rtl.rubric.top >= Math.max(a.bottom, b.bottom) - 1, "the rubric comes after the responses");
      if (width >= 1000) {
        // Side by side: A on the right, B on the left, as far from the
        // edges as they are in English.
        assert.ok(near(a.top, b.top) && b.right <= a.left, `B left of A: ${JSON.stringify(rtl.panes)}`);
        assert.ok(near(rtl.root.right - a.right, ltr.panes[0].left - ltr.root.left), "A mirrors its English place");
        assert.ok(near(b.left - rtl.root.left, ltr.root.right - ltr.panes[1].right), "B mirrors its English place");
        assert.ok(near(a.width, ltr.panes[0].width) && near(b.width, ltr.panes[1].width));
        const [fa, fb] = rtl.correctness;
        assert.ok(fb.right <= fa.left, "the rubric's per-response columns mirror too");
      } else {
        // One column: A above B, both the widget's width.
        assert.ok(a.bottom <= b.top, "A comes first");
        assert.ok(near(a.left, b.left) && near(a.right, b.right));
      }

      const rater = page.locator("#rater");
      const submit = rater.locator("[data-testid=pw-submit]");
      await submit.scrollIntoViewIfNeeded();
      const button = await submit.boundingBox();
      const viewport = page.viewportSize();
      assert.ok(button.x >= 0 && button.x + button.width <= viewport.width, `submit inside the viewport: ${JSON.stringify(button)}`);
      assert.ok(button.y >= 0 && button.y + button.height <= viewport.height);

      const ids = await rater.locator("article.pw-response").evaluateAll((panes) => panes.map((p) => p.dataset.response));
      const answers = Object.fromEntries(ids.map((id, i) => [id, [i ? 2 : 4, 3, "works"]]));
      await rateCodeReview(rater, answers, "[data-preferred=tie]", "Both are correct; the first explains the edge cases better.");
      await rater.locator(".pw-submit[data-state=submitted]").waitFor();
      const logged = await page.locator("#event-log li[data-type=submit] pre").allTextContents();
      assert.equal(logged.length, 1);
      const event = JSON.parse(logged[0]);
      assert.equal(event.answers.correctness[ids[0]], 4);
      assert.deepEqual(event.answers.preference, { preferred: null, strength: 0 });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
