// <pairwise-rater>: the Pairwise widget as a custom element, for hosts that
// write no JavaScript of their own.
//
// Contract:
// - attributes: task-src (URL of a task JSON), locale (en | fr | es, a
//   tag such as fr-CA, or en-XB for the right-to-left pseudo-locale), theme
//   (light | dark | auto | high-contrast), seed, randomize ("false" turns
//   randomisation off), persist ("false" turns drafts off), shortcuts
//   ("false" turns keyboard shortcuts off);
// - property: task (a task object or JSON text; takes precedence over
//   task-src once set);
// - events: every `pairwise-<type>` event of the widget, dispatched on the
//   element (bubbling, composed); a task-src that cannot be fetched gives a
//   `pairwise-error` with code `task_unavailable` and path `task-src`;
// - the widget lives in the element's open shadow root; removing the
//   element destroys it; every element is an independent widget.
import init, { mount, prepare } from "./pairwise.js";

const ready = init();
// While a task is fetched, the first idle period gets the widget's code
// ready (a no-op once a task is shown).
ready.then(() => (window.requestIdleCallback ?? setTimeout)(() => prepare()));
const OPTION_ATTRIBUTES = ["locale", "theme", "seed", "randomize", "persist", "shortcuts"];
const SWITCHES = ["randomize", "persist", "shortcuts"];

class PairwiseRater extends HTMLElement {
  static observedAttributes = ["task-src", ...OPTION_ATTRIBUTES];

  #widget = null;
  #task = undefined;
  #taskFromProperty = false;
  #fetches = 0;

  get task() {
    return this.#task;
  }

  set task(task) {
    this.#task = task;
    this.#taskFromProperty = true;
    this.#render();
  }

  connectedCallback() {
    if (!this.#taskFromProperty && this.hasAttribute("task-src")) this.#fetchTask();
    else this.#render();
  }

  disconnectedCallback() {
    this.#widget?.destroy();
    this.#widget = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === "task-src" && !this.#taskFromProperty) this.#fetchTask();
    else this.#render();
  }

  /** The current answers and completeness (see the widget's `state()`). */
  state() {
    return this.#widget?.state() ?? null;
  }

  #options() {
    const options = { task: this.#task };
    for (const name of OPTION_ATTRIBUTES) {
      if (!this.hasAttribute(name)) continue;
      const value = this.getAttribute(name);
      options[name] = SWITCHES.includes(name) ? value !== "false" : value;
    }
    return options;
  }

  async #render() {
    await ready;
    if (!this.isConnected) return;
    this.#widget?.destroy();
    this.#widget = mount(this, this.#options());
  }

  async #fetchTask() {
    const fetchId = ++this.#fetches;
    const src = this.getAttribute("task-src");
    let task;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      task = await response.text();
    } catch (error) {
      if (fetchId !== this.#fetches) return;
      this.#task = undefined;
      await this.#render();
      this.#widget?.showLoadError(`the task at ${src} could not be loaded: ${error.message}`, "task-src");
      return;
    }
    // Only the newest fetch wins when task-src changes quickly.
    if (fetchId !== this.#fetches || this.#taskFromProperty) return;
    this.#task = task;
    this.#render();
  }
}

if (!customElements.get("pairwise-rater")) customElements.define("pairwise-rater", PairwiseRater);
