// Prints raw, gzip and brotli sizes of the bundle in the given folder.
// The transfer of a host using mount() is pairwise_bg.wasm + pairwise.js
// (the CSS is inside the wasm); pairwise.css is listed for Leptos hosts.
// Fails when the transfer grows past CEILING_GZIP: a ratchet that keeps
// the size from creeping up while it is brought down to the budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const BUDGET_GZIP = 150 * 1024;
const GOAL_GZIP = 120 * 1024;
const CEILING_GZIP = Number(process.env.PAIRWISE_SIZE_CEILING_KB ?? 150) * 1024;
const dir = process.argv[2] ?? "dist";
const kb = (n) => (n / 1024).toFixed(1).padStart(9);

function sizes(name) {
  const data = readFileSync(join(dir, name));
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const line = (label, s) => console.log(label.padEnd(24) + kb(s.raw) + kb(s.gzip) + kb(s.brotli));
console.log("size report".padEnd(24) + "raw KB".padStart(9) + "gzip KB".padStart(9) + "brotli KB".padStart(10));
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const name of ["pairwise_bg.wasm", "pairwise.js"]) {
  const s = sizes(name);
  for (const k of Object.keys(total)) total[k] += s[k];
  line(name, s);
}
line("transfer (wasm + js)", total);
line("pairwise.css (Leptos)", sizes("pairwise.css"));
line("pairwise-element.js", sizes("pairwise-element.js"));

const gz = (total.gzip / 1024).toFixed(1);
if (total.gzip <= GOAL_GZIP) console.log(`transfer ${gz} KB gzip: within the 120 KB goal`);
else if (total.gzip <= BUDGET_GZIP) console.log(`transfer ${gz} KB gzip: within the 150 KB budget, over the 120 KB goal`);
else console.log(`transfer ${gz} KB gzip: OVER the 150 KB budget by ${((total.gzip - BUDGET_GZIP) / 1024).toFixed(1)} KB`);
if (total.gzip > CEILING_GZIP) {
  console.log(`FAIL: transfer grew past the ${CEILING_GZIP / 1024} KB ratchet`);
  process.exit(1);
}
