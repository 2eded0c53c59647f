// The benchmark driver (run by scripts/bench after the release build):
// bundles the JS stacks with esbuild into bench/build/, generates the
// document, serves the repository, and in one headless Chromium times
// Pairwise (pairwise.html) against marked + highlight.js + DOMPurify
// (js.html) and marked + DOMPurify (js.html?stack=plain), warm and cold,
// interleaved; prints the report and writes bench/results.json.
// Not a test: nothing here passes or fails on the numbers.
// Environment: BENCH_RUNS (15), BENCH_WARMUP (5).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { launch, serve } from "../tests/e2e/support.mjs";
import { benchDocs, stats } from "./doc.mjs";
import { format, machine, median, p90, sizes } from "./report.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = `${ROOT}bench/build/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const version = (name) => JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, "utf8")).version;

const STACKS = [
  { id: "pairwise", page: "bench/pairwise.html", short: "Pairwise", label: "Pairwise (wasm)", wasm: true },
  // Cold only: the page calls prepare() after init(), as a host fetching its
  // first task would (its cost is in the page's load time, not in the run).
  { id: "prepared", page: "bench/pairwise.html?prepare", short: "Pairwise, prepare()", label: "Pairwise after prepare()",
    wasm: true, coldOnly: true },
  { id: "js", page: "bench/js.html", short: "JS", label: "marked+highlight.js+DOMPurify" },
  { id: "plain", page: "bench/js.html?stack=plain", short: "JS w/o highlighting", label: "marked+DOMPurify (no highlight)" },
];

// 1. The JS bundles: one minified script each, as a host would ship them.
mkdirSync(OUT, { recursive: true });
for (const name of ["js-stack", "js-stack-plain"]) {
  await build({ entryPoints: [`${ROOT}bench/${name}.mjs`], bundle: true, minify: true, format: "iife",
    target: "es2020", outfile: `${OUT}${name}.js`, logLevel: "warning" });
}
copyFileSync(`${ROOT}node_modules/highlight.js/styles/github.min.css`, `${OUT}hljs-github.min.css`);

// 2. The document.
const docs = benchDocs();
const [linesA, linesB] = [docs.a.split("\n"), docs.b.split("\n")];
const doc = { ...stats(docs.a), changedLines: linesA.filter((l, i) => l !== linesB[i]).length };

// 3. The runs, in one browser.
const host = machine();
const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch(["--js-flags=--expose-gc"]);
const samples = { warm: {}, cold: {} };
for (const mode of Object.keys(samples)) for (const s of STACKS) samples[mode][s.id] = [];

async function open(stack) {
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.error(`${stack.id}: ${e.message}`));
  await page.goto(base + stack.page);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
  await page.evaluate((d) => window.bench.setDocs(d), docs);
  return page;
}

async function runOnce(page, stack) {
  await page.bringToFront();
  const result = await page.evaluate(() => window.bench.run());
  const expected = doc.codeBlocks * 2;
  if (result.codeBlocks !== expected) throw new Error(`${stack.id}: ${result.codeBlocks} code blocks, expected ${expected}`);
  if (stack.id !== "plain" && result.highlighted === 0) throw new Error(`${stack.id}: nothing was highlighted`);
  return result;
}

let chromium;
try {
  chromium = `Chromium ${browser.version()}`;
  // Warm: one page per stack; every run mounts into a new element.
  const pages = {};
  const warm = STACKS.filter((s) => !s.coldOnly);
  for (const stack of warm) pages[stack.id] = await open(stack);
  for (let i = 0; i < WARMUP; i++) for (const stack of warm) await runOnce(pages[stack.id], stack);
  for (let i = 0; i < RUNS; i++) {
    for (const stack of warm) samples.warm[stack.id].push(await runOnce(pages[stack.id], stack));
  }
  for (const page of Object.values(pages)) await page.close();
  // Cold: a freshly loaded page per run (served no-store, so nothing cached).
  for (let i = 0; i < RUNS; i++) {
    for (const stack of STACKS) {
      const page = await open(stack);
      try {
        const loadedAt = await page.evaluate(() => window.bench.loadedAt);
        samples.cold[stack.id].push({ ...(await runOnce(page, stack)), loadedAt });
      } finally {
        await page.close();
      }
    }
  }
} finally {
  try { await browser.close(); } finally { server.close(); }
}

// 4. The report.
const summary = (runs, key) => ({ median: median(runs.map((r) => r[key])), p90: p90(runs.map((r) => r[key])) });
const modes = {};
for (const [mode, byStack] of Object.entries(samples)) {
  modes[mode] = {};
  for (const [id, runs] of Object.entries(byStack)) {
    if (!runs.length) continue;
    modes[mode][id] = { ready: summary(runs, "ready"), interactive: summary(runs, "interactive"), complete: summary(runs, "complete") };
    if (mode === "cold") modes[mode][id].loadedAt = summary(runs, "loadedAt");
  }
}
const bundles = [
  { label: "Pairwise (dist/; its CSS is compiled into the wasm)",
    ...sizes([["pairwise_bg.wasm", `${ROOT}dist/pairwise_bg.wasm`], ["pairwise.js", `${ROOT}dist/pairwise.js`]]) },
  { label: `JS stack: marked ${version("marked")}, highlight.js ${version("highlight.js")} (lib/common), DOMPurify ${version("dompurify")}`,
    ...sizes([["js-stack.js (esbuild --minify)", `${OUT}js-stack.js`], ["highlight.js github.min.css", `${OUT}hljs-github.min.css`]]) },
  { label: "JS without highlighting: marked + DOMPurify",
    ...sizes([["js-stack-plain.js (esbuild --minify)", `${OUT}js-stack-plain.js`]]) },
];
const results = { date: new Date().toISOString(), machine: host, chromium, doc, runs: RUNS, warmup: WARMUP,
  stacks: STACKS, modes, bundles, samples };
console.log(format(results));
writeFileSync(`${ROOT}bench/results.json`, JSON.stringify(results, null, 2) + "\n");
