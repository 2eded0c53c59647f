// Strict hosts: the demo and the examples, served with a strict
// Content-Security-Policy that also requires Trusted Types, work with no
// violation and no error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve, rateCodeReview } from "./support.mjs";

const POLICY = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
let server, browser, base;

before(async () => {
  server = await serve(0, "127.0.0.1", { "content-security-policy": POLICY });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});

after(async () => {
  try { await browser?.close(); } finally { server?.close(); }
});

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error" && !/favicon|404/.test(m.text())) problems.push(`console: ${m.text()}`); });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations = [...(window.__violations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  const response = await page.goto(base + path);
  assert.equal(response.headers()["content-security-policy"], POLICY);
  return { page, problems };
}

async function rate(rater) {
  const order = await rater.evaluate((el) => [...el.shadowRoot.querySelectorAll("article.pw-response")].map((a) => a.dataset.response));
  const answers = Object.fromEntries(order.map((id) => [id, [3, 3, "did_not_try"]]));
  await rateCodeReview(rater, answers, "[data-preferred=tie]", "Equal: both correct, neither handles empty input.");
  await rater.locator(".pw-submit[data-state=submitted]").waitFor();
}

test("the demo works under a strict CSP with Trusted Types", async () => {
  const { page, problems } = await open("");
  try {
    await page.locator("#event-log li[data-type=ready]").first().waitFor();
    const rater = page.locator("#rater");
    // Markdown went through the Trusted Types policy: it is there.
    assert.ok((await rater.locator(".pw-md pre code").count()) > 0);
    await rate(rater);
    await page.locator("#event-log li[data-type=submit]").waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations ?? []), []);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

for (const example of ["custom-element.html", "survey.html", "mturk.html?assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE", "iframe-parent.html"]) {
  test(`examples/${example} works under the same policy`, async () => {
    const { page, problems } = await open(`examples/${example}`);
    try {
      if (example.startsWith("iframe")) {
        await page.waitForFunction(() => window.__received?.some((m) => m.type === "ready"));
        assert.equal(await page.frameLocator("#rater").locator(".pw-md").count() > 0, true);
      } else {
        await page.locator("pairwise-rater .pw-md").first().waitFor();
        if (example === "custom-element.html") await rate(page.locator("pairwise-rater"));
      }
      assert.deepEqual(await page.evaluate(() => window.__violations ?? []), []);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
