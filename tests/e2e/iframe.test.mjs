// Iframe mode across origins: the parent (host.example) embeds the widget
// served from another origin (rater.host.example, another port), both on
// loopback through Chromium's host resolver. (Same site, so the browser lets
// the iframe keep storage; a cross-site iframe gets none in this Chromium,
// which the widget reports as storage_unavailable.) Checks delivery with acks and retries, and that
// look-alike origins, other windows, unknown types and oversized messages
// change nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve, rateCodeReview } from "./support.mjs";

let parentServer, widgetServer, browser, parentPort, widgetOrigin;

before(async () => {
  parentServer = await serve(0);
  widgetServer = await serve(0);
  parentPort = parentServer.address().port;
  widgetOrigin = `http://rater.host.example:${widgetServer.address().port}`;
  browser = await launch(["--host-resolver-rules=MAP host.example 127.0.0.1, MAP host.example.evil.test 127.0.0.1, MAP rater.host.example 127.0.0.1, MAP widget.example 127.0.0.1"]);
});

after(async () => {
  try { await browser?.close(); } finally { parentServer?.close(); widgetServer?.close(); }
});

async function openParent({ host = "host.example", ackDelay = "0", claimed, widget = widgetOrigin, display = {} } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const query = new URLSearchParams({ widget, ack_delay: ackDelay, ...display });
  if (claimed) query.set("claimed_origin", claimed);
  await page.goto(`http://${host}:${parentPort}/examples/iframe-parent.html?${query}`);
  return { page, frame: page.frameLocator("#rater"), problems };
}

const received = (page, type) => page.evaluate((type) => window.__received.filter((m) => m.type === type), type);

async function rateAndSubmit(page, frame) {
  await page.waitForFunction(() => window.__received.some((m) => m.type === "ready"));
  const [ready] = await received(page, "ready");
  const answers = Object.fromEntries(ready.display.order.map((id) => [id, [4, 4, "did_not_try"]]));
  await rateCodeReview(frame, answers, "[data-preferred=tie]", "Both are fine for this small table; neither is tested.");
  await page.waitForFunction(() => window.__received.some((m) => m.type === "submit"));
}

test("the embed page takes the widget's language and theme from its URL", async () => {
  const { page, frame, problems } = await openParent({ display: { locale: "fr", theme: "dark" } });
  try {
    await frame.locator(".pw-root[lang=fr][data-theme=dark]").waitFor();
    assert.equal(await frame.locator("[data-testid=pw-submit]").textContent(), "Envoyer l’évaluation");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("a submit is re-posted with the same id until the parent acks, and is one rating", async () => {
  const { page, frame, problems } = await openParent({ ackDelay: "3500" });
  try {
    await rateAndSubmit(page, frame);
    await page.waitForTimeout(5000);
    const beforeAck = await received(page, "submit");
    assert.ok(beforeAck.length >= 2, `re-posted while not acked (${beforeAck.length})`);
    assert.equal(new Set(beforeAck.map((m) => m.submission_id)).size, 1);
    assert.equal(await page.evaluate(() => window.__ratings.size), 1);
    await page.waitForTimeout(5000);
    const later = await received(page, "submit");
    assert.equal(later.length, beforeAck.length, "no re-post after the ack");
    assert.equal(beforeAck[0].source, "pairwise");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("an un-acked rating is re-sent after the iframe reloads, until acked", async () => {
  const { page, frame } = await openParent({ ackDelay: "never" });
  try {
    await rateAndSubmit(page, frame);
    const [first] = await received(page, "submit");
    const countBefore = (await received(page, "submit")).length;
    await page.evaluate(() => { const f = document.getElementById("rater"); f.src = f.src; });
    await page.waitForFunction((n) => window.__received.filter((m) => m.type === "submit").length > n, countBefore);
    const all = await received(page, "submit");
    assert.ok(all.every((m) => m.submission_id === first.submission_id));
    // The reloaded widget shows the rating as submitted, not a blank form.
    await frame.locator(".pw-submit[data-state=submitted]").waitFor();
    const widgetFrame = page.frames().find((f) => f.url().includes("embed.html"));
    const drafts = () => widgetFrame.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("pairwise:v1:")));
    assert.equal((await drafts()).length, 1, "the draft is kept until the ack");
    await page.evaluate((id) => window.__send({ source: "pairwise-host", type: "ack", submission_id: id }), first.submission_id);
    await page.waitForTimeout(300);
    assert.deepEqual(await drafts(), [], "acked: the draft is gone");
    const afterAck = (await received(page, "submit")).length;
    await page.waitForTimeout(4500);
    assert.equal((await received(page, "submit")).length, afterAck, "acked: no more re-posts");
  } finally {
    await page.close();
  }
});

test("a look-alike parent origin gets nothing and cannot load a task", async () => {
  const { page, frame } = await openParent({
    host: "host.example.evil.test",
    claimed: `http://host.example:${parentPort}`,
  });
  try {
    await frame.locator(".pw-empty").waitFor();
    await page.waitForTimeout(1500);
    assert.deepEqual(await page.evaluate(() => window.__received), []);
    assert.equal(await frame.locator(".pw-response").count(), 0);
  } finally {
    await page.close();
  }
});

test("other windows, unknown types, bad shapes and oversized messages change nothing", async () => {
  const { page, frame, problems } = await openParent();
  try {
    await page.waitForFunction(() => window.__received.some((m) => m.type === "ready"));
    const task = await page.evaluate(async () => (await fetch("tasks/sql-top3.json")).json());
    const other = { ...task, id: "injected-task" };
    await page.evaluate(({ other, widgetOrigin }) => {
      window.__send({ source: "pairwise-host", type: "delete_everything", task: other });
      window.__send({ source: "someone-else", type: "load_task", task: other });
      window.__send({ source: "pairwise-host", type: "load_task", task: 42 });
      window.__send({ source: "pairwise-host", type: "ack" });
      window.__send({ source: "pairwise-host", type: "load_task", task: { ...other, prompt: "x".repeat(9 * 1024 * 1024) } });
      // A sibling frame of the same origin as the parent is not the parent.
      const sibling = document.createElement("iframe");
      sibling.srcdoc = `<script>parent.document.getElementById("rater").contentWindow.postMessage(
        { source: "pairwise-host", type: "load_task", task: ${JSON.stringify(other)} }, ${JSON.stringify(widgetOrigin)});<\/script>`;
      document.body.append(sibling);
    }, { other, widgetOrigin });
    await page.waitForTimeout(1500);
    assert.equal((await received(page, "ready")).length, 1, "no task was replaced");
    assert.equal(await frame.locator("[data-response=resp-d5c7]").count() > 0, true);

    // The channel itself works: the parent's own valid message is obeyed.
    await page.evaluate((other) => window.__send({ source: "pairwise-host", type: "load_task", task: other }), other);
    await page.waitForFunction(() => window.__received.filter((m) => m.type === "ready").length === 2);
    assert.equal((await received(page, "ready"))[1].task_id, "injected-task");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("in a cross-site iframe without storage the widget still delivers, and says so", async () => {
  const widget = `http://widget.example:${widgetServer.address().port}`;
  const { page, frame, problems } = await openParent({ widget, ackDelay: "0" });
  try {
    await rateAndSubmit(page, frame);
    const errors = await received(page, "error");
    assert.deepEqual(errors.map((e) => e.code), ["storage_unavailable"]);
    assert.match(await frame.locator("[data-testid=pw-notice]").textContent(), /cannot be saved/);
    await page.waitForTimeout(2500);
    assert.equal((await received(page, "submit")).length, 1, "acked at once: posted once");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
