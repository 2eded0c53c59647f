// The plain JavaScript renderer Pairwise is compared with: Markdown to HTML
// with marked (GFM: tables etc.), sanitized with DOMPurify, inserted with
// innerHTML, then (when a highlighter is given) highlight.js on every code
// block. Bundled by run.mjs through js-stack.mjs / js-stack-plain.mjs.
import { marked } from "marked";
import DOMPurify from "dompurify";

/**
 * Returns `render(element, { prompt, a, b })`, which fills `element` with
 * the prompt and the two responses, like the widget's panes, synchronously.
 * `hljs` is highlight.js, or null for no highlighting.
 */
export function makeRenderer(hljs) {
  function markdown(parent, tag, title, source) {
    const pane = document.createElement(tag);
    pane.className = "pane";
    if (title) {
      const heading = document.createElement("h3");
      heading.textContent = title;
      pane.append(heading);
    }
    const body = document.createElement("div");
    body.className = "md";
    body.innerHTML = DOMPurify.sanitize(marked.parse(source));
    if (hljs) for (const block of body.querySelectorAll("pre code")) hljs.highlightElement(block);
    pane.append(body);
    parent.append(pane);
  }
  return function render(element, { prompt, a, b }) {
    const root = document.createElement("div");
    root.className = "pair";
    markdown(root, "section", null, prompt);
    const responses = document.createElement("div");
    responses.className = "responses";
    markdown(responses, "article", "Response A", a);
    markdown(responses, "article", "Response B", b);
    root.append(responses);
    element.append(root);
  };
}
