// Query: widget=<origin serving dist/> (default: this origin),
// ack_delay=<ms> or "never", claimed_origin=<origin to put in parent_origin>,
// locale and theme (passed on to the widget).
const params = new URLSearchParams(location.search);
const widgetOrigin = params.get("widget") ?? location.origin;
const ackDelay = params.get("ack_delay") ?? "0";
const claimed = params.get("claimed_origin") ?? location.origin;
const frame = document.getElementById("rater");
const ratings = new Map();   // submission_id -> rating: duplicates dropped
window.__received = [];

window.addEventListener("message", (event) => {
  if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (data?.source !== "pairwise") return;
  window.__received.push(data);
  if (data.type !== "submit") return;
  ratings.set(data.submission_id, data);
  document.getElementById("count").textContent = String(ratings.size);
  if (ackDelay === "never") return;
  setTimeout(() => {
    frame.contentWindow.postMessage({ source: "pairwise-host", type: "ack", submission_id: data.submission_id }, widgetOrigin);
  }, Number(ackDelay));
});
window.__ratings = ratings;
window.__send = (message) => frame.contentWindow.postMessage(message, widgetOrigin);

frame.addEventListener("load", async () => {
  const task = await (await fetch("tasks/sql-top3.json")).json();
  window.__send({ source: "pairwise-host", type: "load_task", task });
});
// The widget's language and theme, if this page was given them.
const display = new URLSearchParams(
  ["locale", "theme"].filter((name) => params.has(name)).map((name) => [name, params.get(name)]),
);
frame.src = `${widgetOrigin}/dist/embed.html?parent_origin=${encodeURIComponent(claimed)}&${display}`;
