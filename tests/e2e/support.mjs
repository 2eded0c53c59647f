// Shared by the end-to-end tests: Debian's Chromium, launched headless with
// the flags this machine needs (no sandbox as root, no background network).
import { chromium } from "playwright-core";

export { serve } from "../../scripts/serve.mjs";

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Launches Chromium (CHROMIUM overrides its path) with `extra` flags. */
export function launch(extra = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS, ...extra] });
}
