//! TypeScript declarations generated from the schemas, so `pairwise.d.ts`
//! says exactly what the JSON Schema files say. Covers the subset of JSON
//! Schema that [`super`] writes: `$ref`, `const`, `enum`, `anyOf`, `oneOf`,
//! `allOf`, objects with `properties` or `additionalProperties`, arrays and
//! tuples (`prefixItems`), and the scalar types.

use crate::json::Json;

use super::{definitions, EVENTS};

/// The declarations of every task and event type, plus the
/// `pairwise-<type>` entries of `HTMLElementEventMap`.
pub fn declarations() -> String {
    let mut out = String::from("// Generated from the JSON Schemas in schema/ by tests/schema.rs; do not edit.\n");
    for (name, schema) in definitions() {
        out.push('\n');
        doc(&schema, "", &mut out);
        let is_interface = schema.get("properties").is_some() && schema.get("allOf").is_none();
        if is_interface {
            out.push_str(&format!("export interface {name} "));
            out.push_str(&object(&schema, ""));
            out.push('\n');
        } else {
            out.push_str(&format!("export type {name} = {};\n", expression(&schema, "")));
        }
    }
    out.push_str("\ndeclare global {\n  interface HTMLElementEventMap {\n");
    for (kind, name, _) in EVENTS {
        out.push_str(&format!("    \"pairwise-{kind}\": CustomEvent<{name}>;\n"));
    }
    out.push_str("  }\n}\n");
    out
}

/// A `/** … */` line from the schema's description.
fn doc(schema: &Json, indent: &str, out: &mut String) {
    if let Some(text) = schema.get("description").and_then(Json::as_str) {
        out.push_str(&format!("{indent}/** {} */\n", text.replace("*/", "*\\/")));
    }
}

/// The TypeScript type for `schema`, indented for nested objects.
fn expression(schema: &Json, indent: &str) -> String {
    if let Some(name) = schema.get("$ref").and_then(Json::as_str) {
        return name.rsplit('/').next().unwrap_or("unknown").to_string();
    }
    if let Some(value) = schema.get("const") {
        return value.to_json_string();
    }
    if let Some(Json::Array(values)) = schema.get("enum") {
        return values.iter().map(Json::to_json_string).collect::<Vec<_>>().join(" | ");
    }
    for (key, joiner) in [("anyOf", " | "), ("oneOf", " | "), ("allOf", " & ")] {
        if let Some(Json::Array(parts)) = schema.get(key) {
            let parts: Vec<String> = parts.iter().map(|p| group(&expression(p, indent))).collect();
            return parts.join(joiner);
        }
    }
    match schema.get("type").and_then(Json::as_str) {
        Some("string") => "string".into(),
        Some("integer" | "number") => "number".into(),
        Some("boolean") => "boolean".into(),
        Some("null") => "null".into(),
        Some("array") => match (schema.get("prefixItems"), schema.get("items")) {
            (Some(Json::Array(items)), _) => {
                let items: Vec<String> = items.iter().map(|i| expression(i, indent)).collect();
                format!("[{}]", items.join(", "))
            }
            (_, Some(items)) => format!("{}[]", group(&expression(items, indent))),
            _ => "unknown[]".into(),
        },
        Some("object") if schema.get("properties").is_some() => object(schema, indent),
        Some("object") => match schema.get("additionalProperties") {
            Some(values @ Json::Object(_)) => format!("Record<string, {}>", expression(values, indent)),
            _ => "Record<string, unknown>".into(),
        },
        _ => "unknown".into(),
    }
}

/// `{ … }` with one line per property, documented, `?` when optional.
fn object(schema: &Json, indent: &str) -> String {
    let required: Vec<&str> = match schema.get("required") {
        Some(Json::Array(names)) => names.iter().filter_map(Json::as_str).collect(),
        _ => Vec::new(),
    };
    let inner = format!("{indent}  ");
    let mut out = String::from("{\n");
    if let Some(Json::Object(properties)) = schema.get("properties") {
        for (name, property) in properties {
            doc(property, &inner, &mut out);
            let optional = if required.contains(&name.as_str()) { "" } else { "?" };
            out.push_str(&format!("{inner}{name}{optional}: {};\n", expression(property, &inner)));
        }
    }
    if schema.get("additionalProperties") == Some(&Json::Bool(true)) {
        out.push_str(&format!("{inner}[extra: string]: unknown;\n"));
    }
    out.push_str(indent);
    out.push('}');
    out
}

/// Parentheses around a union or intersection used inside another type:
/// one whose ` | ` or ` & ` is outside any braces, brackets or parentheses.
fn group(text: &str) -> String {
    let mut depth = 0i32;
    let mut compound = false;
    for (i, c) in text.char_indices() {
        match c {
            '{' | '[' | '(' | '<' => depth += 1,
            '}' | ']' | ')' | '>' => depth -= 1,
            '|' | '&' if depth == 0 && text[..i].ends_with(' ') => compound = true,
            _ => {}
        }
    }
    if compound {
        format!("({text})")
    } else {
        text.to_string()
    }
}
