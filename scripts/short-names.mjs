// Gives the wasm's imports and internal exports short names, in the wasm
// and in the glue that uses them. wasm-bindgen names every import after
// its JS function and a 16-digit hash (`__wbg_setAttribute_2704501201f15687`)
// and exports its closure shims under their full Rust paths; the names are
// written twice (in the wasm's import and export sections and in
// pairwise.js) and the hashes do not compress. With short names the
// transfer is about 3 KB gzip smaller.
//
// Kept as they are: the exports a host can see through `init()` and
// pairwise.d.ts (`memory`, `mount`, `prepare`, the handle's methods).
// Exports the glue never uses (wasm-split and abort markers of the
// dependencies) are dropped, and so are the custom sections (producers,
// target features, a wasm-split marker), which the browser ignores. Runs on wasm-bindgen's unminified glue, after
// wasm-opt. Fails if a name it renames is not found in the glue exactly as
// expected, so a new glue layout is noticed rather than shipped broken.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "dist";
const KEEP = /^(memory|mount|prepare|widgethandle_\w+|__wbg_widgethandle_free)$/;
const MODULE = "./pairwise_bg.js";

function fail(message) {
  console.error(`short-names: ${message}`);
  process.exit(1);
}

// --- the wasm binary: read and write the import and export sections ---

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [text.decode(bytes.subarray(start, start + length)), start + length];
}

function name(s) {
  const encoded = utf8.encode(s);
  return [...u32(encoded.length), ...encoded];
}

/** The end of an import's description that starts at `at`, for `kind`. */
function skipImportDesc(bytes, at, kind) {
  const limits = (i) => {
    const flags = bytes[i];
    i = readU32(bytes, i + 1)[1];
    return flags & 1 ? readU32(bytes, i)[1] : i;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory
    case 3: return at + 2; // global: value type, mutability
    default: fail(`unknown import kind ${kind}`);
  }
}

/** Sections of `bytes` as [id, body] pairs. */
function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    out.push([id, bytes.subarray(start, start + size)]);
    at = start + size;
  }
  return out;
}

// Short identifiers, never a JS keyword: a … z, A … Z, then two letters.
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const RESERVED = new Set(["do", "if", "in"]);
function* shortNames() {
  for (const a of LETTERS) yield a;
  for (const a of LETTERS) for (const b of LETTERS + "0123456789") if (!RESERVED.has(a + b)) yield a + b;
}

const wasmPath = join(dir, "pairwise_bg.wasm");
const wasm = readFileSync(wasmPath);
const gluePath = join(dir, "pairwise.js");
let glue = readFileSync(gluePath, "utf8");

const fresh = shortNames();
const imports = new Map(); // old name -> new name
const exports = new Map(); // old name -> new name, or null when dropped
const out = [wasm.subarray(0, 8)];
for (const [id, body] of sections(wasm)) {
  if (id === 0) continue;
  let rewritten = body;
  if (id === 2) {
    let [count, at] = readU32(body, 0);
    const entries = [...u32(count)];
    while (count--) {
      let module, field;
      [module, at] = readName(body, at);
      [field, at] = readName(body, at);
      if (module !== MODULE) fail(`an import from ${module}, not ${MODULE}`);
      const kind = body[at];
      const end = skipImportDesc(body, at + 1, kind);
      const short = fresh.next().value;
      imports.set(field, short);
      entries.push(...name("a"), ...name(short), ...body.subarray(at, end));
      at = end;
    }
    rewritten = entries;
  } else if (id === 7) {
    let [count, at] = readU32(body, 0);
    const entries = [];
    let kept = 0;
    while (count--) {
      let field;
      [field, at] = readName(body, at);
      const end = readU32(body, at + 1)[1];
      const desc = body.subarray(at, end);
      at = end;
      if (KEEP.test(field)) {
        entries.push(...name(field), ...desc);
      } else if (new RegExp(`\\bwasm\\.${field}(?![\\w$])`).test(glue)) {
        const short = fresh.next().value;
        exports.set(field, short);
        entries.push(...name(short), ...desc);
      } else {
        exports.set(field, null);
        continue;
      }
      kept++;
    }
    rewritten = [...u32(kept), ...entries];
  }
  out.push(Uint8Array.from([id, ...u32(rewritten.length)]), Uint8Array.from(rewritten));
}

// --- the glue: the import object's keys and module, and `wasm.<export>` ---

const importObject = `"${MODULE}": import0,`;
if (!glue.includes(importObject)) fail(`the glue has no \`${importObject}\``);
glue = glue.replace(importObject, "a: import0,");
for (const [old, short] of imports) {
  const key = new RegExp(`^(\\s+)${old}: function\\(`, "m");
  const uses = glue.split(old).length - 1;
  if (uses !== 1 || !key.test(glue)) fail(`the import ${old} is not one key of the import object`);
  glue = glue.replace(key, `$1${short}: function(`);
}
for (const [old, short] of exports) {
  if (short === null) continue;
  glue = glue.replace(new RegExp(`\\bwasm\\.${old}(?![\\w$])`, "g"), `wasm.${short}`);
  // Left: only the glue's own JS shim of the same name, never a property.
  if (new RegExp(`\\.${old}(?![\\w$])`).test(glue)) {
    fail(`the export ${old} is still named in the glue`);
  }
}
writeFileSync(gluePath, glue);
writeFileSync(wasmPath, Buffer.concat(out));

// --- the types of the raw exports, in both declaration files ---

for (const file of ["pairwise.d.ts", "pairwise_bg.wasm.d.ts"]) {
  const path = join(dir, file);
  const lines = readFileSync(path, "utf8").split("\n").flatMap((line) => {
    const match = line.match(/^(\s*(?:readonly|export const) )([\w$]+):/);
    if (!match || !exports.has(match[2])) return [line];
    const short = exports.get(match[2]);
    return short === null ? [] : [match[1] + short + line.slice(match[0].length - 1)];
  });
  writeFileSync(path, lines.join("\n"));
}

// The result must load: same imports, kept exports present.
const module = new WebAssembly.Module(readFileSync(wasmPath));
const names = WebAssembly.Module.exports(module).map((e) => e.name);
for (const keep of ["memory", "mount", "prepare"]) if (!names.includes(keep)) fail(`export ${keep} is missing`);
if (WebAssembly.Module.imports(module).length !== imports.size) fail("the import count changed");
