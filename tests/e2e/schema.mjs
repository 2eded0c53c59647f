// Validation against the checked-in JSON Schemas (schema/*.schema.json),
// with Ajv (draft 2020-12 and its formats).
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const DIR = fileURLToPath(new URL("../../schema/", import.meta.url));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
export const SCHEMAS = {};
for (const file of readdirSync(DIR).filter((f) => f.endsWith(".schema.json"))) {
  const schema = JSON.parse(readFileSync(DIR + file, "utf8"));
  SCHEMAS[file.replace(".schema.json", "")] = ajv.compile(schema);
}

/** The event types, one per event schema. */
export const EVENT_TYPES = Object.keys(SCHEMAS).filter((name) => name !== "task" && name !== "event");

/** The problems Ajv finds in `value` against schema `name`, as text; "" when it is valid. */
export function problems(name, value) {
  const validate = SCHEMAS[name];
  if (!validate) return `no schema named ${name}`;
  return validate(value) ? "" : ajv.errorsText(validate.errors, { dataVar: name });
}

/**
 * Checks an event against the schema of its `type` and against the union
 * of all events; returns the problems as text, "" when it is valid.
 */
export function eventProblems(event) {
  const type = event?.type;
  if (!EVENT_TYPES.includes(type)) {
    return `unknown event type ${JSON.stringify(type)}`;
  }
  return problems(type, event) || problems("event", event);
}
