// Removes from the wasm-bindgen glue (pairwise.js) and its types
// (pairwise.d.ts) the three stream classes that Leptos' server functions
// export through wasm-streams (IntoUnderlyingSource, IntoUnderlyingSink,
// IntoUnderlyingByteSource), whose wasm exports scripts/build removes:
// the widget calls no server, and hosts should not see classes that do
// nothing. Runs on wasm-bindgen's unminified output. Fails if any trace of
// them is left, so a new glue layout is noticed rather than shipped half
// trimmed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "dist";
const TRACE = /IntoUnderlying|intounderlying|ReadableStreamType/;

/** `text` without the blocks that start at a line matching `start` and end at a line matching `end`. */
function dropBlocks(text, start, end) {
  const out = [];
  let inside = false;
  for (const line of text.split("\n")) {
    if (!inside && start.test(line)) inside = !end.test(line);
    else if (inside) inside = !end.test(line);
    else out.push(line);
  }
  return out.join("\n");
}

function trim(name, steps, patterns = []) {
  const path = join(dir, name);
  let text = readFileSync(path, "utf8");
  for (const [start, end] of steps) text = dropBlocks(text, start, end);
  for (const pattern of patterns) text = text.replace(pattern, "");
  const left = text.split("\n").filter((line) => TRACE.test(line));
  if (left.length) {
    console.error(`trim-glue: ${name} still mentions the stream classes:\n${left.join("\n")}`);
    process.exit(1);
  }
  writeFileSync(path, text);
}

trim("pairwise.js", [
  [/^export class IntoUnderlying\w+ \{$/, /^\}$/],
  [/^if \(Symbol\.dispose\) IntoUnderlying/, /./],
  [/^const IntoUnderlying\w+Finalization = /, /;$/],
  [/^const __wbindgen_enum_ReadableStreamType = /, /;$/],
]);
trim("pairwise.d.ts", [
  [/^export class IntoUnderlying\w+ \{$/, /^\}$/],
  [/intounderlying/, /./],
], [
  // The ReadableStreamType enum, with its doc comment.
  /\/\*\*\n(?: \*.*\n)*? \*\/\n\n?export type ReadableStreamType = [^\n]*;\n/,
]);
