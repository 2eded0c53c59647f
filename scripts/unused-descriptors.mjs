// Prints, one per line, the wasm-bindgen descriptor exports of a linked
// wasm (`__wbindgen_describe___wbg_NAME`) whose JS import (`__wbg_NAME`)
// the module does not import: descriptors of `js-sys` and `web-sys`
// bindings nothing calls. scripts/link-wasm links again without them.
// Usage: unused-descriptors.mjs FILE.wasm
import { readFileSync } from "node:fs";

const bytes = readFileSync(process.argv[2]);
const PREFIX = "__wbindgen_describe_";
let at = 8;
const leb = () => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
};
const name = () => {
  const length = leb();
  const text = bytes.toString("utf8", at, at + length);
  at += length;
  return text;
};

const imports = new Set();
const exports = [];
while (at < bytes.length) {
  const id = bytes[at++];
  const end = leb() + at;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      name();
      imports.add(name());
      const kind = bytes[at++];
      if (kind === 0) leb(); // a function: its type
      else if (kind === 1) { at++; limits(); } // a table
      else if (kind === 2) limits(); // a memory
      else at += 2; // a global: type and mutability
    }
  } else if (id === 7) {
    for (let n = leb(); n > 0; n--) {
      exports.push(name());
      at++;
      leb();
    }
  }
  at = end;
}
for (const exported of exports) {
  const described = exported.slice(PREFIX.length);
  if (exported.startsWith(PREFIX) && described.startsWith("__wbg_") && !imports.has(described)) console.log(exported);
}

/** Skips a table's or memory's limits. */
function limits() {
  const flags = leb();
  leb();
  if (flags & 1) leb();
}
