// Prints raw, gzip and brotli sizes of the bundle in the given folder and
// fails when the transfer (wasm + JS + CSS, gzip) is over budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const BUDGET_GZIP = 150 * 1024;
const GOAL_GZIP = 120 * 1024;
const dir = process.argv[2] ?? "dist";
const files = ["pairwise_bg.wasm", "pairwise.js", "pairwise.css"];
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

let total = { raw: 0, gzip: 0, brotli: 0 };
console.log("size report".padEnd(20) + "raw KB".padStart(8) + "gzip KB".padStart(9) + "brotli KB".padStart(10));
for (const name of files) {
  const data = readFileSync(join(dir, name));
  const sizes = {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const k of Object.keys(total)) total[k] += sizes[k];
  console.log(name.padEnd(20) + kb(sizes.raw) + " " + kb(sizes.gzip) + "  " + kb(sizes.brotli));
}
console.log("total".padEnd(20) + kb(total.raw) + " " + kb(total.gzip) + "  " + kb(total.brotli));
const verdict = total.gzip <= GOAL_GZIP ? "within the 120 KB goal" : total.gzip <= BUDGET_GZIP ? "within the 150 KB budget, over the 120 KB goal" : "OVER the 150 KB budget";
console.log(`gzip transfer ${(total.gzip / 1024).toFixed(1)} KB: ${verdict}`);
if (total.gzip > BUDGET_GZIP) process.exit(1);
