// Entry of the reference bundle without highlighting
// (bench/build/js-stack-plain.js): marked and DOMPurify only, since the
// widget itself does not colour code. Sets window.jsStack.render.
import { makeRenderer } from "./js-render.mjs";

window.jsStack = { render: makeRenderer(null) };
