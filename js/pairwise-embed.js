// Iframe mode: the page embed.html?parent_origin=<origin> runs one widget
// and talks to the page that embeds it by postMessage.
//
// - Every widget event is posted to window.parent as
//   { source: "pairwise", ...event } with exactly the configured origin as
//   targetOrigin, never "*". Without a valid parent_origin (or outside an
//   iframe) nothing is posted, and the page says why.
// - Inbound messages are read only when event.origin is that origin and
//   event.source is window.parent, and only in this closed set:
//   { source: "pairwise-host", type: "load_task", task } and
//   { source: "pairwise-host", type: "ack", submission_id }. Anything else,
//   or anything larger than MAX_MESSAGE_CHARS as JSON, is ignored.
// - A submit is kept (in localStorage too, when it works) and posted again,
//   with the same submission_id, until the parent acks it, also after a
//   reload of this page; the widget keeps that rating's draft until the ack
//   too, so a reloaded page shows it as submitted rather than blank.
// - How the widget looks comes from the same URL: locale, theme, seed and
//   randomize=false (e.g. embed.html?parent_origin=…&locale=fr&theme=dark);
//   a bad value is reported to the parent as an error event.
import init, { mount, prepare } from "./pairwise.js";

const MAX_MESSAGE_CHARS = 8 * 1024 * 1024;
const OUTBOX = "pairwise:outbox:";
const RETRY_MS = [1000, 2000, 4000, 8000, 15000];

const params = new URLSearchParams(location.search);
const parentOrigin = configuredOrigin(params.get("parent_origin"));
const pending = new Map();
const early = [];
let widget = null;
let retries = 0;
let timer = null;

/** The widget's display options given in this page's URL. */
function displayOptions() {
  const options = {};
  for (const name of ["locale", "theme", "seed"]) {
    if (params.has(name)) options[name] = params.get(name);
  }
  if (params.get("randomize") === "false") options.randomize = false;
  return options;
}

function configuredOrigin(value) {
  if (!value || window.parent === window) return null;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

function refuse() {
  const why = window.parent === window
    ? "This page is meant to run inside an iframe."
    : "The iframe URL needs ?parent_origin= set to the exact origin of the embedding page (like https://host.example); without it no rating is sent anywhere.";
  const box = document.getElementById("embed-error");
  box.textContent = why;
  box.hidden = false;
  console.error(`Pairwise embed: ${why}`);
}

function post(event) {
  if (parentOrigin) window.parent.postMessage({ source: "pairwise", ...event }, parentOrigin);
}

function storage(action) {
  try {
    return action(window.localStorage);
  } catch {
    return undefined; // the widget itself reports storage problems
  }
}

function keep(submit) {
  pending.set(submit.submission_id, submit);
  storage((s) => s.setItem(OUTBOX + submit.submission_id, JSON.stringify(submit)));
  retries = 0;
  scheduleRetry();
}

function scheduleRetry() {
  clearTimeout(timer);
  if (pending.size === 0) return;
  timer = setTimeout(() => {
    for (const submit of pending.values()) post(submit);
    retries += 1;
    scheduleRetry();
  }, RETRY_MS[Math.min(retries, RETRY_MS.length - 1)]);
}

function acknowledge(id) {
  widget.acknowledge(id);
  pending.delete(id);
  storage((s) => s.removeItem(OUTBOX + id));
  if (pending.size === 0) clearTimeout(timer);
}

/** The message, if it is one this page accepts. */
function accepted(message) {
  if (message.origin !== parentOrigin || message.source !== window.parent) return null;
  const data = message.data;
  if (!data || typeof data !== "object" || data.source !== "pairwise-host") return null;
  let size;
  try {
    size = JSON.stringify(data).length;
  } catch {
    return null;
  }
  if (size > MAX_MESSAGE_CHARS) return null;
  if (data.type === "load_task" && data.task && (typeof data.task === "object" || typeof data.task === "string")) {
    return data;
  }
  if (data.type === "ack" && typeof data.submission_id === "string") return data;
  return null;
}

function handle(data) {
  if (data.type === "load_task") widget.setTask(data.task);
  else acknowledge(data.submission_id);
}

if (parentOrigin) {
  // Listen at once; messages that arrive before the widget is ready wait.
  window.addEventListener("message", (message) => {
    const data = accepted(message);
    if (!data) return;
    if (widget) handle(data);
    else early.push(data);
  });
  await init();
  widget = mount(document.getElementById("rater"), {
    ...displayOptions(),
    // The widget keeps a submitted rating's draft (and shows it submitted
    // after a reload) until the parent acks it.
    keepUntilAck: true,
    onEvent(event) {
      post(event);
      if (event.type === "submit") keep(event);
    },
  });
  // Ratings never acknowledged before this page was last closed.
  const saved = storage((s) => Object.keys(s).filter((k) => k.startsWith(OUTBOX)).map((k) => s.getItem(k))) ?? [];
  for (const text of saved) {
    try {
      keep(JSON.parse(text));
      post(JSON.parse(text));
    } catch {
      // not ours to read
    }
  }
  for (const data of early.splice(0)) handle(data);
  // Until the parent sends a task, the first idle period gets the widget's
  // code ready (a no-op once a task is shown).
  (window.requestIdleCallback ?? setTimeout)(() => prepare());
} else {
  refuse();
}
