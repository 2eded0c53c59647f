// The benchmark's document: about 2,000 lines of Markdown shaped like a long
// model answer (headings, paragraphs with inline code, emphasis and links,
// lists, two tables, ~20 fenced code blocks in a dozen languages), generated
// from a seed with a small PRNG, so every run and both stacks get the very
// same text. `node bench/doc.mjs` prints it; `--stats` prints its shape.
// Plain ES module: the benchmark pages load it too (with ?show).
import { SNIPPETS } from "./snippets.mjs";

/** mulberry32: a tiny deterministic PRNG; returns floats in [0, 1). */
export function prng(seed) {
  let a = 0;
  for (const ch of String(seed)) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 0x9e3779b9) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ["order", "invoice", "session", "account", "ticket", "report", "metric", "upload", "payment", "shipment",
  "message", "schedule", "profile", "widget", "job", "event", "batch", "record", "token", "review"];
const WORDS = ("the a this each every request response cache queue worker thread handler buffer index query table " +
  "column row value key timeout retry error result client server connection pool lock transaction commit schema " +
  "migration test fixture benchmark latency throughput memory allocation pointer reference iterator closure " +
  "callback promise future stream channel signal parser token input output file path config option default flag " +
  "is are can should must will may returns keeps drops reads writes sends checks handles avoids needs uses " +
  "because when while after before unless so that which then also only still already usually quickly safely " +
  "correctly explicitly and or but with without into from over under for of in on at by to").split(" ");
const IDENTS = ["parse_args", "fetchPage", "Vec::with_capacity", "std::move", "ctx.Done()", "useEffect", "SELECT",
  "async", "await", "Option<T>", "errno", "HashMap", "ORDER BY", "set -euo pipefail", "json.loads", "Promise.all",
  "unique_ptr", "defer", "synchronized", "LIMIT", "Result<T, E>", "try/except", "const", "readonly", "git bisect"];
const LANG_ORDER = ["python", "javascript", "typescript", "cpp", "sql", "bash", "go", "rust", "java", "json", "c",
  "yaml", "python", "javascript", "go", "rust", "sql", "typescript", "cpp", "bash"];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const cap = (s) => s[0].toUpperCase() + s.slice(1);

// Spaces inside inline spans are written as KEEP until the text is wrapped,
// so a code span or link is never split across lines.
const KEEP = "\u0001";
const span = (text) => text.replaceAll(" ", KEEP);

function sentence(rnd) {
  const words = Array.from({ length: int(rnd, 8, 20) }, () => pick(rnd, WORDS));
  const r = rnd();
  const at = int(rnd, 1, words.length - 1);
  if (r < 0.35) words.splice(at, 0, span("`" + pick(rnd, IDENTS) + "`"));
  else if (r < 0.5) words.splice(at, 0, span("**" + pick(rnd, WORDS) + " " + pick(rnd, WORDS) + "**"));
  else if (r < 0.62) words.splice(at, 0, "*" + pick(rnd, WORDS) + "*");
  else if (r < 0.7) words.splice(at, 0, span(`[the ${pick(rnd, NOUNS)} docs](https://docs.example.com/${pick(rnd, NOUNS)})`));
  return cap(words.join(" ")) + pick(rnd, [".", ".", ".", ":", "?"]).replace(":", ".");
}

/**
 * Wraps words at 80 columns, as Markdown written by hand usually is; lines
 * after the first start with `indent`.
 */
function wrap(text, width = 80, indent = "") {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => l.replaceAll(KEEP, " "));
}

const paragraph = (rnd) => wrap(Array.from({ length: int(rnd, 2, 5) }, () => sentence(rnd)).join(" "));

function list(rnd) {
  const ordered = rnd() < 0.4;
  const out = [];
  const n = int(rnd, 4, 8);
  for (let i = 1; i <= n; i++) {
    const indent = ordered ? "   " : "  ";
    out.push(...wrap(`${ordered ? `${i}.` : "-"} ${sentence(rnd)}`, 80, indent));
    if (rnd() < 0.25) out.push(...wrap(`- ${sentence(rnd)}`, 80 - indent.length, "  ").map((l) => indent + l));
  }
  return out;
}

function table(rnd) {
  const out = ["| approach | time (ms) | memory (MB) | notes |", "|---|---:|---:|---|"];
  for (let i = 0, n = int(rnd, 5, 8); i < n; i++) {
    const name = "`" + pick(rnd, IDENTS).replaceAll("|", "\\|") + "`";
    out.push(`| ${name} | ${int(rnd, 2, 900)} | ${(rnd() * 512).toFixed(1)} | ${pick(rnd, WORDS)} ${pick(rnd, WORDS)} ${pick(rnd, WORDS)} |`);
  }
  return out;
}

function codeBlock(rnd, lang) {
  const choices = SNIPPETS.filter((s) => s.lang === lang);
  const noun = pick(rnd, NOUNS);
  const code = pick(rnd, choices).code
    .replaceAll("@@Name@@", cap(noun))
    .replaceAll("@@NAME@@", noun.toUpperCase())
    .replaceAll("@@name@@", noun)
    .replaceAll("@@N@@", String(int(rnd, 3, 64)));
  return ["```" + lang, ...code.trimEnd().split("\n"), "```"];
}

/** The document: about `lines` lines with `blocks` code blocks. */
export function generateDoc(seed = "pairwise-bench", { lines = 1930, blocks = 20 } = {}) {
  const rnd = prng(seed);
  const code = Array.from({ length: blocks }, (_, i) => codeBlock(rnd, LANG_ORDER[i % LANG_ORDER.length]));
  const codeLines = code.reduce((n, block) => n + block.length + 1, 0);
  const perSection = Math.max(6, Math.floor((lines - codeLines - 6) / blocks));
  const out = [`# Reviewing the ${pick(rnd, NOUNS)} service`, "", ...paragraph(rnd), ""];
  for (let s = 0; s < blocks; s++) {
    const section = [`## ${s + 1}. ${cap(pick(rnd, WORDS))} ${pick(rnd, NOUNS)} ${pick(rnd, WORDS)}`, ""];
    const add = (part) => section.push(...part, "");
    add(paragraph(rnd));
    if (s === 3 || s === 12) add(table(rnd));
    let last = "paragraph";
    while (section.length < perSection - 4) {
      const r = rnd();
      // Two lists in a row would be one list to Markdown.
      if (r < 0.55 || last === "list") (add(paragraph(rnd)), (last = "paragraph"));
      else if (r < 0.85) (add(list(rnd)), (last = "list"));
      else (add([`### ${cap(pick(rnd, WORDS))} ${pick(rnd, NOUNS)}`]), (last = "heading"));
    }
    out.push(...section);
    out.push(...code[s], "", ...paragraph(rnd), "");
  }
  return out.join("\n");
}

/**
 * A slight variant of `doc`, for the second response: about one prose line
 * in 30 gets another sentence and one code line in 50 another number.
 */
export function variantOf(doc, seed = "variant") {
  const rnd = prng(seed);
  let fenced = false;
  return doc
    .split("\n")
    .map((line) => {
      if (line.startsWith("```")) fenced = !fenced;
      else if (fenced) return rnd() < 0.02 ? line.replace(/\d+/, (n) => String(Number(n) + int(rnd, 1, 9))) : line;
      else if (/^[A-Za-z]/.test(line) && rnd() < 0.033) return `${line} ${sentence(rnd)}`;
      return line;
    })
    .join("\n");
}

/** The prompt and the two responses every run renders. */
export function benchDocs(seed = "pairwise-bench") {
  const a = generateDoc(seed);
  const prompt = [
    "Review the `" + seed + "` service and explain what you would change.",
    "",
    "- Keep the public API as it is.",
    "- Show the code for every change, in the language of the file.",
    "- Say how you would test it.",
  ].join("\n");
  return { prompt, a, b: variantOf(a, `${seed}-b`) };
}

/** Lines, code blocks and their languages, bytes. */
export function stats(doc) {
  const fences = doc.split("\n").filter((l) => /^```\w/.test(l)).map((l) => l.slice(3));
  return { lines: doc.split("\n").length, bytes: Buffer.byteLength(doc), codeBlocks: fences.length, languages: [...new Set(fences)] };
}

// Run as a script (this module is also loaded by the pages, with ?show).
if (globalThis.process?.argv && import.meta.url === `file://${process.argv[1]}`) {
  const { a, b } = benchDocs();
  if (process.argv.includes("--stats")) console.log({ a: stats(a), b: stats(b) });
  else console.log(a);
}
