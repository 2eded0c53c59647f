// Untrusted text never runs: every DOMPurify and H5SC payload is put into a
// task in five places, rendered by the widget in headless Chromium, its
// trigger (if any) is run, and executions and structural hits are counted.
// The same detector runs on a deliberately unsafe control first, to show it
// fires.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, serve } from "./support.mjs";

const CORPORA = new URL("../../../shared/corpora/", import.meta.url);

const payloads = [
  ...JSON.parse(readFileSync(new URL("dompurify_all.json", CORPORA))).map((p) => ({ payload: p.payload })),
  ...JSON.parse(readFileSync(new URL("h5sc_vectors.json", CORPORA))).map((p) => ({ payload: p.payload, trigger: p.trigger })),
];

let server, browser;

before(async () => {
  server = await serve(0);
  browser = await launch();
});

/** A fresh harness page with the detector installed. */
async function harness() {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/e2e/harness.html`);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
  // The detector, shared by the control and the widget runs.
  await page.evaluate(() => {
    const FORBIDDEN = new Set(["script", "iframe", "object", "embed", "base", "meta", "form", "svg", "math",
      "frame", "frameset", "applet", "link", "style", "template", "noscript"]);
    const safeUrl = (value) => {
      const v = value.trim().toLowerCase().replace(/[\u0000-\u0020]/g, "");
      return !/^[a-z][a-z0-9+.-]*:/.test(v) || /^(https?|mailto):/.test(v);
    };
    window.structuralHits = (root) => {
      const hits = [];
      // Read through the prototypes: payloads clobber element properties.
      const localName = Object.getOwnPropertyDescriptor(Element.prototype, "localName").get;
      const attributes = Object.getOwnPropertyDescriptor(Element.prototype, "attributes").get;
      const nodes = Element.prototype.querySelectorAll.call(root, "*");
      for (const el of nodes) {
        const tag = localName.call(el);
        if (FORBIDDEN.has(tag)) hits.push(`<${tag}>`);
        for (const attr of attributes.call(el)) {
          const name = attr.name.toLowerCase();
          if (name.startsWith("on")) hits.push(`${tag}[${name}]`);
          if (["href", "src", "xlink:href", "action", "formaction", "srcdoc", "data"].includes(name) && !safeUrl(attr.value)) {
            hits.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
          }
        }
      }
      return hits;
    };
    // Runs an H5SC trigger against `root`, as if it were the document.
    window.runTrigger = (trigger, root) => {
      if (!trigger) return;
      const doc = new Proxy(document, {
        get(target, key) {
          if (key === "getElementsByTagName") return (t) => root.querySelectorAll(t);
          if (key === "getElementById") return (id) => root.querySelector(`#${CSS.escape(id)}`);
          if (key === "querySelector") return (s) => root.querySelector(s);
          if (key === "querySelectorAll") return (s) => root.querySelectorAll(s);
          if (key === "body" || key === "documentElement") return root.firstElementChild ?? root;
          const value = Reflect.get(target, key);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
      try { new Function("document", trigger)(doc); } catch { /* a trigger that finds nothing */ }
    };
  });
  return page;
}

after(async () => {
  try { await browser?.close(); } finally { server?.close(); }
});

test("the detector fires on an unsafe control page", async () => {
  const page = await harness();
  const control = await page.evaluate(async (payloads) => {
    // Each payload is written unsanitized into its own same-origin iframe
    // (so a payload that navigates takes only its frame with it).
    window.__hits.executed = 0;
    const box = window.__dom.byId("control");
    const spy = "<script>for (const n of ['alert','confirm','prompt','print']) " +
      "window[n] = () => { parent.__hits.executed += 1; };<\/script>";
    let structural = 0;
    for (const { payload, trigger } of payloads) {
      const frame = window.__dom.create("iframe");
      frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms");
      const loaded = new Promise((r) => { frame.onload = r; setTimeout(r, 500); });
      frame.srcdoc = spy + payload;
      box.append(frame);
      await loaded;
      const body = frame.contentDocument?.body;
      if (body) {
        structural += window.structuralHits(body).length;
        window.runTrigger(trigger, body);
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    const executed = window.__hits.executed;
    box.replaceChildren();
    return { executed, structural };
  }, payloads);
  console.log(`xss control (unsanitized): ${payloads.length} payloads, ${control.executed} executed, ${control.structural} structural hits`);
  assert.ok(control.executed > 0, "the execution detector must fire on the control");
  assert.ok(control.structural > 0, "the structural detector must fire on the control");
});

test("no payload runs or leaves a dangerous node, in any of five places", async () => {
  const page = await harness();
  const places = {
    prompt: (p) => ({ prompt: p }),
    response: (p) => ({ content: p }),
    code_span: (p) => ({ content: "Use `` " + p + " `` here." }),
    fenced_block: (p) => ({ content: "```html\n" + p + "\n```" }),
    link_target: (p) => ({ content: "[click](" + p + ") and [again](<" + p.replace(/[<>\n]/g, "") + ">)" }),
  };
  const results = {};
  for (const [place, make] of Object.entries(places)) {
    results[place] = await page.evaluate(async ({ payloads, place, makeSource }) => {
      const make = new Function("p", `return (${makeSource})(p)`);
      window.__hits.executed = 0;
      const found = [];
      const widgets = [];
      const host = window.__dom.byId("host");
      for (const [i, { payload, trigger }] of payloads.entries()) {
        const part = make(payload);
        const task = {
          id: `xss-${place}-${i}`,
          prompt: part.prompt ?? "Review the answers.",
          responses: [{ id: "a", content: part.content ?? "fine" }, { id: "b", content: "```js\nok()\n```" }],
        };
        const el = window.__dom.create("div");
        host.append(el);
        const widget = window.pairwise.mount(el, { task, persist: false });
        widgets.push([widget, el]);
        for (const md of el.shadowRoot.querySelectorAll(".pw-md")) {
          for (const hit of window.structuralHits(md)) found.push(`${i}: ${hit}`);
        }
        window.runTrigger(trigger, el.shadowRoot);
        if (widgets.length === 40 || i === payloads.length - 1) {
          await new Promise((r) => setTimeout(r, 50));
          for (const [w, e] of widgets.splice(0)) { w.destroy(); e.remove(); }
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      return { executed: window.__hits.executed, structural: found };
    }, { payloads, place, makeSource: make.toString() });
  }
  const errors = await page.evaluate(() => window.__hits.errors.filter((e) => /pairwise|wasm|unreachable/i.test(e)));
  for (const [place, r] of Object.entries(results)) {
    console.log(`xss ${place}: ${payloads.length} payloads, ${r.executed} executed, ${r.structural.length} structural hits`);
  }
  for (const [place, r] of Object.entries(results)) {
    assert.equal(r.executed, 0, `${place}: executed`);
    assert.deepEqual(r.structural, [], `${place}: structural hits`);
  }
  assert.deepEqual(errors, [], "the widget itself never failed");
});
