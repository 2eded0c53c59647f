// The timing definition, shared by both benchmark pages so both stacks are
// measured the same way. A page calls expose(start) with its stack's
// `start(element, docs)`, which must begin rendering synchronously and
// return { ready, root, dispose }: `ready` resolves at the stack's ready
// point (Pairwise: its `ready` event; the JS stack: its render returned),
// `root` is where the rendered content lives, `dispose` undoes the render.
//
// With ?show in the URL, the page renders the benchmark document once on
// load and keeps it, to look at what is measured.
//
// One run: a new element is appended to <body>; after a frame has passed
// (so nothing from before is pending), t0 = performance.now(); start();
// await ready -> t_ready; then one requestAnimationFrame and a macrotask
// (a MessageChannel message) after it, so the frame with the new content
// has been styled, laid out and painted -> t_done. "ready" = t_ready - t0,
// "interactive" = t_done - t0. A stack that shows a long document a chunk
// at a time (Pairwise) also returns `complete`, a promise that resolves
// when the last chunk is in the DOM; "complete" = that time - t0 (for the
// JS stack, which renders everything at once, it is "ready"). What was
// rendered is inspected once everything is in. The element is then
// disposed and removed.

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const macrotask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** What a run rendered: code blocks, highlighted tokens (highlight.js's or Pairwise's), text length. */
function inspect(root) {
  return {
    codeBlocks: root.querySelectorAll("pre code").length,
    highlighted: root.querySelectorAll("pre code [class^=hljs-], pre code [class^=pw-tk-]").length,
    textLength: root.textContent.length,
  };
}

export function expose(name, start) {
  let docs = null;
  window.bench = {
    name,
    // Time from navigation start to the stack being loaded and initialised.
    loadedAt: performance.now(),
    setDocs(value) {
      docs = value;
    },
    async run() {
      globalThis.gc?.(); // Chromium runs with --js-flags=--expose-gc
      const element = document.createElement("div");
      element.className = "bench-host";
      document.body.append(element);
      await frame();
      await macrotask();
      const t0 = performance.now();
      const handle = start(element, docs);
      const completed = (handle.complete ?? handle.ready).then(() => performance.now());
      await handle.ready;
      const tReady = performance.now();
      await frame();
      await macrotask();
      const tDone = performance.now();
      const tComplete = await completed;
      const seen = inspect(handle.root);
      handle.dispose();
      element.remove();
      return { ready: tReady - t0, interactive: tDone - t0, complete: tComplete - t0, ...seen };
    },
  };
  if (new URLSearchParams(location.search).has("show")) {
    import("./doc.mjs").then(({ benchDocs }) => {
      const element = document.createElement("div");
      document.body.append(element);
      start(element, benchDocs());
    });
  }
  document.body.dataset.ready = "";
}
