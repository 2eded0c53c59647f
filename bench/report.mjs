// Formats the benchmark's results: medians and p90s, ratios, bundle sizes
// (raw, gzip, brotli with node:zlib), the machine and the targets.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { execFileSync } from "node:child_process";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

// What Pairwise aims for; printed next to the numbers, never enforced.
export const TARGETS = { pairMs: 60, ratio: 4, transferGzipKb: 120 };

/** Median (middle value, or mean of the two middle ones). */
export function median(values) {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** 90th percentile, nearest rank. */
export function p90(values) {
  const s = [...values].sort((x, y) => x - y);
  return s[Math.max(0, Math.ceil(0.9 * s.length) - 1)];
}

/** Raw, gzip (level 9) and brotli (quality 11) bytes of each file, and their sum. */
export function sizes(files) {
  const rows = files.map(([label, path]) => {
    const data = readFileSync(path);
    return {
      label,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = { label: "total", raw: 0, gzip: 0, brotli: 0 };
  for (const row of rows) for (const k of ["raw", "gzip", "brotli"]) total[k] += row[k];
  return { rows, total };
}

export function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? "unknown";
  const nproc = Number(execFileSync("nproc").toString().trim());
  return { nproc, cpu: model.trim(), load: loadavg()[0] };
}

const ms = (n) => n.toFixed(1).padStart(8);
const kb = (n) => (n / 1024).toFixed(1).padStart(9);

/** The text report, ready to paste into the README. */
export function format(r) {
  const out = [];
  const line = (s = "") => out.push(s);
  line(`Pairwise benchmark, ${r.date}`);
  line(`machine: ${r.machine.nproc} cores, ${r.machine.cpu}, load average ${r.machine.load.toFixed(2)} at start; ${r.chromium}`);
  line(`document: ${r.doc.lines} lines, ${(r.doc.bytes / 1024).toFixed(1)} KB, ${r.doc.codeBlocks} code blocks ` +
    `(${r.doc.languages.join(", ")}); response B is a variant (${r.doc.changedLines} lines differ)`);
  line(`runs: ${r.runs} per stack and mode, interleaved, after ${r.warmup} warm-up runs (warm mode)`);
  line();
  line("time in ms                         ready: median    p90   interactive: median    p90   complete: median    p90");
  for (const mode of ["warm", "cold"]) {
    line(mode === "warm" ? "warm: a fresh mount into a new element of a page that already rendered"
      : "cold: the first render in a freshly loaded page");
    for (const stack of r.stacks) {
      const m = r.modes[mode][stack.id];
      if (!m) continue;
      line(`  ${stack.label.padEnd(32)}${ms(m.ready.median)}${ms(m.ready.p90)}${" ".repeat(13)}${ms(m.interactive.median)}${ms(m.interactive.p90)}${" ".repeat(10)}${ms(m.complete.median)}${ms(m.complete.p90)}`);
    }
  }
  line();
  for (const mode of ["warm", "cold"]) {
    const pw = r.modes[mode].pairwise.interactive.median;
    const ratios = r.stacks.filter((s) => !s.wasm)
      .map((s) => `${s.short} / Pairwise ${(r.modes[mode][s.id].interactive.median / pw).toFixed(2)}x`);
    line(`${mode}: Pairwise ${pw.toFixed(1)} ms (target <= ${TARGETS.pairMs} ms); ${ratios.join(", ")} ` +
      `(target >= ${TARGETS.ratio}x for the full JS stack)`);
  }
  const prepared = r.modes.cold.prepared?.interactive.median;
  if (prepared !== undefined) {
    line(`cold, prepare() called after init(): Pairwise ${prepared.toFixed(1)} ms; JS / Pairwise ` +
      `${(r.modes.cold.js.interactive.median / prepared).toFixed(2)}x`);
  }
  const loads = r.stacks.map((s) => `${s.short} ${r.modes.cold[s.id].loadedAt.median.toFixed(0)} ms`);
  line(`cold page load, navigation start to stack initialised (median): ${loads.join(", ")}`);
  line();
  line("bundle sizes".padEnd(40) + "raw KB".padStart(9) + "gzip KB".padStart(9) + "brotli KB".padStart(10));
  for (const bundle of r.bundles) {
    line(bundle.label);
    for (const row of [...bundle.rows, bundle.total]) line(`  ${row.label.padEnd(38)}${kb(row.raw)}${kb(row.gzip)}${kb(row.brotli)}`);
  }
  const gz = r.bundles[0].total.gzip / 1024;
  line(`Pairwise transfer ${gz.toFixed(1)} KB gzip (target <= ${TARGETS.transferGzipKb} KB)`);
  return out.join("\n");
}
