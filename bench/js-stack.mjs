// Entry of the JS stack bundle (bench/build/js-stack.js): marked, DOMPurify
// and highlight.js with its common languages (highlight.js/lib/common: 36
// languages incl. python, js, ts, c, cpp, sql, bash, go, rust, java, json,
// yaml). Sets window.jsStack.render.
import hljs from "highlight.js/lib/common";
import { makeRenderer } from "./js-render.mjs";

window.jsStack = { render: makeRenderer(hljs) };
