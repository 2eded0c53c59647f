//! Golden tests of the highlighter: one realistic snippet per language and one test per
//! tricky case, each compared with the classes a reader expects, written out by hand in a
//! compact notation (see [`render`]). Also the fence-name lookup and the HTML writers.
#![cfg(not(target_arch = "wasm32"))]

use pairwise::highlight::{language, to_html, to_html_lines, tokens, Class, Lang};

/// The tokens of `code`, one line per source line: plain text as its words, any other token
/// as `short[text]` (a token spanning lines shows once per line).
fn render(lang: &str, code: &str) -> String {
    let lang = language(lang).unwrap_or_else(|| panic!("unknown language {lang}"));
    let mut lines = vec![Vec::new()];
    for (class, text) in tokens(lang, code) {
        for (k, piece) in text.split('\n').enumerate() {
            if k > 0 {
                lines.push(Vec::new());
            }
            let line = lines.last_mut().expect("at least one line");
            if class == Class::Plain {
                line.extend(piece.split_whitespace().map(str::to_string));
            } else if !piece.is_empty() {
                line.push(format!("{}[{piece}]", class.short()));
            }
        }
    }
    lines.iter().map(|l| l.join(" ")).collect::<Vec<_>>().join("\n").trim().to_string()
}

/// Checks `code` renders as `expected` (whose lines may be indented).
#[track_caller]
fn check(lang: &str, code: &str, expected: &str) {
    let expected = expected.trim().lines().map(str::trim).collect::<Vec<_>>().join("\n");
    let actual = render(lang, code);
    assert!(actual == expected, "{lang}:\n--- expected\n{expected}\n--- actual\n{actual}\n");
}

/// A typical Python answer: imports, a decorator, a docstring, a class, a comprehension.
const PYTHON_SNIPPET: &str = r####"import functools
from typing import List

@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    """Return the n-th Fibonacci number.

    Uses memoization; # not a comment here.
    """
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

class Cache(dict):
    def __missing__(self, key):
        return f"missing {key!r}"  # it's a comment

print([fib(i) for i in range(10)], 0x1F, 1_000.5e-3, rb'\d+', None)
"####;

#[test]
fn python_snippet() {
    check(
        "py",
        PYTHON_SNIPPET,
        r####"
        kw[import] functools
        kw[from] typing kw[import] ty[List]

        meta[@functools.lru_cache] (maxsize op[=] kw[None] )
        kw[def] fn[fib] (n op[:] ty[int] ) op[->] ty[int] op[:]
        str["""Return the n-th Fibonacci number.]

        str[    Uses memoization; # not a comment here.]
        str[    """]
        kw[if] n op[<] num[2] op[:]
        kw[return] n
        kw[return] fn[fib] (n op[-] num[1] ) op[+] fn[fib] (n op[-] num[2] )

        kw[class] ty[Cache] ( ty[dict] ) op[:]
        kw[def] fn[__missing__] (self, key) op[:]
        kw[return] str[f"missing {key!r}"] com[# it's a comment]

        ty[print] ([ fn[fib] (i) kw[for] i kw[in] ty[range] ( num[10] )], num[0x1F] , num[1_000.5e-3] , str[rb'\d+'] , kw[None] )
    "####,
    );
}

/// JavaScript: arrow functions, a regex, division, a template, escapes.
const JAVASCRIPT_SNIPPET: &str = r####"// Debounce a function call.
export function debounce(fn, wait = 300) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

const re = /^\d{3}-\d{4}$/g;
const half = total / 2 / count;
const msg = `Hello ${user.name}, you have ${items.length + 1} items`;
console.log(msg, 10n, 0xFF, 'it\'s', "a // b");
"####;

#[test]
fn javascript_snippet() {
    check(
        "js",
        JAVASCRIPT_SNIPPET,
        r####"
        com[// Debounce a function call.]
        kw[export] kw[function] fn[debounce] (fn, wait op[=] num[300] ) {
        kw[let] timer op[=] kw[null] ;
        kw[return] (...args) op[=>] {
        ty[clearTimeout] (timer);
        timer op[=] ty[setTimeout] (() op[=>] fn. fn[apply] ( kw[this] , args), wait);
        };
        }

        kw[const] re op[=] str[/^\d{3}-\d{4}$/g] ;
        kw[const] half op[=] total op[/] num[2] op[/] count;
        kw[const] msg op[=] str[`Hello ] esc[${] user.name esc[}] str[, you have ] esc[${] items.length op[+] num[1] esc[}] str[ items`] ;
        ty[console] . fn[log] (msg, num[10n] , num[0xFF] , str['it] esc[\'] str[s'] , str["a // b"] );
    "####,
    );
}

/// TypeScript: an interface, a generic type alias, async code with templates.
const TYPESCRIPT_SNIPPET: &str = r####"interface User {
  id: number;
  name: string;
  tags?: string[];
}

type Result<T> = { ok: true; value: T } | { ok: false; error: Error };

export async function fetchUser(id: number): Promise<Result<User>> {
  const res = await fetch(`/api/users/${id}`);
  if (!res.ok) {
    return { ok: false, error: new Error(`HTTP ${res.status}`) };
  }
  const user = (await res.json()) as User;
  return { ok: true, value: user };
}
"####;

#[test]
fn typescript_snippet() {
    check(
        "ts",
        TYPESCRIPT_SNIPPET,
        r####"
        kw[interface] ty[User] {
        id op[:] ty[number] ;
        name op[:] ty[string] ;
        tags op[?:] ty[string] [];
        }

        kw[type] ty[Result] op[<] ty[T] op[>] op[=] { ok op[:] kw[true] ; value op[:] ty[T] } op[|] { ok op[:] kw[false] ; error op[:] ty[Error] };

        kw[export] kw[async] kw[function] fn[fetchUser] (id op[:] ty[number] ) op[:] ty[Promise] op[<] ty[Result] op[<] ty[User] op[>>] {
        kw[const] res op[=] kw[await] ty[fetch] ( str[`/api/users/] esc[${] id esc[}] str[`] );
        kw[if] ( op[!] res.ok) {
        kw[return] { ok op[:] kw[false] , error op[:] kw[new] fn[Error] ( str[`HTTP ] esc[${] res.status esc[}] str[`] ) };
        }
        kw[const] user op[=] ( kw[await] res. fn[json] ()) kw[as] ty[User] ;
        kw[return] { ok op[:] kw[true] , value op[:] user };
        }
    "####,
    );
}

/// C: preprocessor lines, a block comment over two lines, char and string escapes.
const C_SNIPPET: &str = r####"#include <stdio.h>
#include "util.h"
#define MAX(a, b) ((a) > (b) ? (a) : (b))

/* Count the lines of a file.
   Returns -1 on error. */
static long count_lines(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) return -1;
    long n = 0;
    int c;
    while ((c = fgetc(f)) != EOF) {
        if (c == '\n') n++;
    }
    fclose(f);
    return n;
}

int main(void) {
    printf("%ld\n", count_lines("a.txt")); // print it
    return 0;
}
"####;

#[test]
fn c_snippet() {
    check(
        "c",
        C_SNIPPET,
        r####"
        meta[#include] str[<stdio.h>]
        meta[#include] str["util.h"]
        meta[#define] fn[MAX] (a, b) ((a) op[>] (b) op[?] (a) op[:] (b))

        com[/* Count the lines of a file.]
        com[   Returns -1 on error. */]
        kw[static] ty[long] fn[count_lines] ( kw[const] ty[char] op[*] path) {
        ty[FILE] op[*] f op[=] fn[fopen] (path, str["r"] );
        kw[if] (f op[==] kw[NULL] ) kw[return] op[-] num[1] ;
        ty[long] n op[=] num[0] ;
        ty[int] c;
        kw[while] ((c op[=] fn[fgetc] (f)) op[!=] EOF) {
        kw[if] (c op[==] str['] esc[\n] str['] ) n op[++] ;
        }
        fn[fclose] (f);
        kw[return] n;
        }

        ty[int] fn[main] ( ty[void] ) {
        fn[printf] ( str["%ld] esc[\n] str["] , fn[count_lines] ( str["a.txt"] )); com[// print it]
        kw[return] num[0] ;
        }
    "####,
    );
}

/// C++: a class template, a raw string containing `)"`, a char escape.
const CPP_SNIPPET: &str = r####"#include <iostream>
#include <vector>

template <typename T>
class Stack {
public:
    void push(const T& value) { items_.push_back(value); }
    bool empty() const noexcept { return items_.empty(); }
private:
    std::vector<T> items_;
};

int main() {
    auto s = Stack<int>{};
    s.push(42);
    const char* raw = R"json({"a": ")"})json";
    std::cout << raw << '\'' << 3.14f << std::endl;
    return 0;
}
"####;

#[test]
fn cpp_snippet() {
    check(
        "cpp",
        CPP_SNIPPET,
        r####"
        meta[#include] str[<iostream>]
        meta[#include] str[<vector>]

        kw[template] op[<] kw[typename] ty[T] op[>]
        kw[class] ty[Stack] {
        kw[public] op[:]
        ty[void] fn[push] ( kw[const] T op[&] value) { items_. fn[push_back] (value); }
        ty[bool] fn[empty] () kw[const] kw[noexcept] { kw[return] items_. fn[empty] (); }
        kw[private] op[:]
        std op[::] ty[vector] op[<] T op[>] items_;
        };

        ty[int] fn[main] () {
        kw[auto] s op[=] ty[Stack] op[<] ty[int] op[>] {};
        s. fn[push] ( num[42] );
        kw[const] ty[char] op[*] raw op[=] str[R"json({"a": ")"})json"] ;
        std op[::] ty[cout] op[<<] raw op[<<] str['] esc[\'] str['] op[<<] num[3.14f] op[<<] std op[::] ty[endl] ;
        kw[return] num[0] ;
        }
    "####,
    );
}

/// Java: a class with an annotation, generics, a constructor call.
const JAVA_SNIPPET: &str = r####"package com.example;

import java.util.List;

public class Greeter {
    private final String name;

    public Greeter(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Greeter(" + name + ")";
    }

    public static void main(String[] args) {
        List<String> names = List.of("a", "b");
        for (String n : names) {
            System.out.println(new Greeter(n) + " " + 42L);
        }
    }
}
"####;

#[test]
fn java_snippet() {
    check(
        "java",
        JAVA_SNIPPET,
        r####"
        kw[package] com.example;

        kw[import] java.util. ty[List] ;

        kw[public] kw[class] ty[Greeter] {
        kw[private] kw[final] ty[String] name;

        kw[public] fn[Greeter] ( ty[String] name) {
        kw[this] .name op[=] name;
        }

        meta[@Override]
        kw[public] ty[String] fn[toString] () {
        kw[return] str["Greeter("] op[+] name op[+] str[")"] ;
        }

        kw[public] kw[static] kw[void] fn[main] ( ty[String] [] args) {
        ty[List] op[<] ty[String] op[>] names op[=] ty[List] . fn[of] ( str["a"] , str["b"] );
        kw[for] ( ty[String] n op[:] names) {
        ty[System] .out. fn[println] ( kw[new] fn[Greeter] (n) op[+] str[" "] op[+] num[42L] );
        }
        }
        }
    "####,
    );
}

/// Go: a struct type, a method, a raw string over two lines, a rune.
const GO_SNIPPET: &str = r####"package main

import (
	"fmt"
	"strings"
)

// Point is a 2D point.
type Point struct {
	X, Y float64
}

func (p Point) String() string {
	return fmt.Sprintf("(%g, %g)", p.X, p.Y)
}

func main() {
	query := `SELECT *
FROM t`
	r := 'x'
	fmt.Println(Point{1, 2}, strings.ToUpper(query), r, 0o755, len(query))
}
"####;

#[test]
fn go_snippet() {
    check(
        "go",
        GO_SNIPPET,
        r####"
        kw[package] main

        kw[import] (
        str["fmt"]
        str["strings"]
        )

        com[// Point is a 2D point.]
        kw[type] ty[Point] kw[struct] {
        X, Y ty[float64]
        }

        kw[func] (p Point) fn[String] () ty[string] {
        kw[return] fmt. fn[Sprintf] ( str["(%g, %g)"] , p.X, p.Y)
        }

        kw[func] fn[main] () {
        query op[:=] str[`SELECT *]
        str[FROM t`]
        r op[:=] str['x']
        fmt. fn[Println] (Point{ num[1] , num[2] }, strings. fn[ToUpper] (query), r, num[0o755] , ty[len] (query))
        }
    "####,
    );
}

/// Rust: an attribute, lifetimes, a raw string, macros, a byte char, suffixes.
const RUST_SNIPPET: &str = r####"use std::collections::HashMap;

/// Counts words.
#[derive(Debug, Default)]
pub struct Counter<'a> {
    counts: HashMap<&'a str, usize>,
}

impl<'a> Counter<'a> {
    pub fn add(&mut self, text: &'a str) {
        for word in text.split_whitespace() {
            *self.counts.entry(word).or_insert(0) += 1;
        }
    }
}

fn main() {
    let mut c = Counter::default();
    c.add("a b a");
    let raw = r#"He said "hi""#;
    println!("{:?} {} {}", c, raw, b'x');
    let v: Vec<u32> = vec![1_000u32, 0xff, 2];
}
"####;

#[test]
fn rust_snippet() {
    check(
        "rust",
        RUST_SNIPPET,
        r####"
        kw[use] std op[::] collections op[::] ty[HashMap] ;

        com[/// Counts words.]
        meta[#[derive(Debug, Default)]]
        kw[pub] kw[struct] ty[Counter] op[<] ty['a] op[>] {
        counts op[:] ty[HashMap] op[<&] ty['a] ty[str] , ty[usize] op[>] ,
        }

        kw[impl] op[<] ty['a] op[>] ty[Counter] op[<] ty['a] op[>] {
        kw[pub] kw[fn] fn[add] ( op[&] kw[mut] kw[self] , text op[:] op[&] ty['a] ty[str] ) {
        kw[for] word kw[in] text. fn[split_whitespace] () {
        op[*] kw[self] .counts. fn[entry] (word). fn[or_insert] ( num[0] ) op[+=] num[1] ;
        }
        }
        }

        kw[fn] fn[main] () {
        kw[let] kw[mut] c op[=] ty[Counter] op[::] fn[default] ();
        c. fn[add] ( str["a b a"] );
        kw[let] raw op[=] str[r#"He said "hi""#] ;
        fn[println!] ( str["{:?} {} {}"] , c, raw, str[b'x'] );
        kw[let] v op[:] ty[Vec] op[<] ty[u32] op[>] op[=] fn[vec!] [ num[1_000u32] , num[0xff] , num[2] ];
        }
    "####,
    );
}

/// SQL: a report query in upper case and a Postgres function with a `$$` body.
const SQL_SNIPPET: &str = r####"-- Top customers by revenue
SELECT c.id,
       c."Full Name",
       SUM(o.total) AS revenue
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.created_at >= '2024-01-01'
  AND c.note <> 'it''s fine'
GROUP BY c.id
HAVING count(*) > 5
ORDER BY revenue DESC
LIMIT 10;

CREATE FUNCTION add(a integer, b integer) RETURNS integer AS $$
  SELECT a + b;
$$ LANGUAGE sql;
"####;

#[test]
fn sql_snippet() {
    check(
        "sql",
        SQL_SNIPPET,
        r####"
        com[-- Top customers by revenue]
        kw[SELECT] c.id,
        c. var["Full Name"] ,
        fn[SUM] (o.total) kw[AS] revenue
        kw[FROM] customers c
        kw[JOIN] orders o kw[ON] o.customer_id op[=] c.id
        kw[WHERE] o.created_at op[>=] str['2024-01-01']
        kw[AND] c.note op[<>] str['it''s fine']
        kw[GROUP] kw[BY] c.id
        kw[HAVING] fn[count] ( op[*] ) op[>] num[5]
        kw[ORDER] kw[BY] revenue kw[DESC]
        kw[LIMIT] num[10] ;

        kw[CREATE] kw[FUNCTION] fn[add] (a ty[integer] , b ty[integer] ) kw[RETURNS] ty[integer] kw[AS] str[$$]
        str[  SELECT a + b;]
        str[$$] kw[LANGUAGE] sql;
    "####,
    );
}

/// Shell: a loop with expansions, command substitution in quotes, a heredoc.
const SHELL_SNIPPET: &str = r####"#!/usr/bin/env bash
set -euo pipefail

# Build every package.
for dir in packages/*/; do
  name=$(basename "$dir")
  echo "Building ${name} in $dir ($(date +%T))"
  if [ -f "$dir/Makefile" ]; then
    make -C "$dir" 2>&1 | tee "logs/$name.log"
  fi
done

cat <<EOF > summary.txt
Built at $(date)
EOF
echo "done: $# args, status $?" # a#b
"####;

#[test]
fn shell_snippet() {
    check(
        "bash",
        SHELL_SNIPPET,
        r####"
        com[#!/usr/bin/env bash]
        ty[set] -euo pipefail

        com[# Build every package.]
        kw[for] dir kw[in] packages/*/ op[;] kw[do]
        var[name] op[=] var[$(] fn[basename] str["] var[$dir] str["] var[)]
        ty[echo] str["Building ] var[${name}] str[ in ] var[$dir] str[ (] var[$(] fn[date] +%T var[)] str[)"]
        kw[if] ty[[] -f str["] var[$dir] str[/Makefile"] ] op[;] kw[then]
        fn[make] -C str["] var[$dir] str["] num[2] op[>&] num[1] op[|] fn[tee] str["logs/] var[$name] str[.log"]
        kw[fi]
        kw[done]

        fn[cat] op[<<] meta[EOF] op[>] summary.txt
        str[Built at $(date)]
        meta[EOF]
        ty[echo] str["done: ] var[$#] str[ args, status ] var[$?] str["] com[# a#b]
    "####,
    );
}

/// JSON: keys, strings, numbers and literals.
const JSON_SNIPPET: &str = r####"{
  "name": "pairwise",
  "version": "0.1.0",
  "private": true,
  "scripts": {
    "build": "wasm-pack build --target web",
    "test": "node --test"
  },
  "files": ["dist", "README.md"],
  "size": 12.5e3,
  "license": null
}
"####;

#[test]
fn json_snippet() {
    check(
        "json",
        JSON_SNIPPET,
        r####"
        {
        key["name"] op[:] str["pairwise"] ,
        key["version"] op[:] str["0.1.0"] ,
        key["private"] op[:] kw[true] ,
        key["scripts"] op[:] {
        key["build"] op[:] str["wasm-pack build --target web"] ,
        key["test"] op[:] str["node --test"]
        },
        key["files"] op[:] [ str["dist"] , str["README.md"] ],
        key["size"] op[:] num[12.5e3] ,
        key["license"] op[:] kw[null]
        }
    "####,
    );
}

/// YAML: a CI workflow with a block scalar, a second document and an anchor.
const YAML_SNIPPET: &str = r####"# CI workflow
name: CI
on:
  push:
    branches: [main, "release/*"]
env:
  RUST_LOG: debug
  RETRIES: 3
  ENABLED: true
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Run tests
        run: |
          cargo test --all
          echo "done" # still the script
      - name: 'Lint'
        run: cargo clippy
---
defaults: &defaults
  timeout: 30
"####;

#[test]
fn yaml_snippet() {
    check(
        "yaml",
        YAML_SNIPPET,
        r####"
        com[# CI workflow]
        key[name] op[:] CI
        key[on] op[:]
        key[push] op[:]
        key[branches] op[:] [main, str["release/*"] ]
        key[env] op[:]
        key[RUST_LOG] op[:] debug
        key[RETRIES] op[:] num[3]
        key[ENABLED] op[:] kw[true]
        key[jobs] op[:]
        key[test] op[:]
        key[runs-on] op[:] ubuntu-latest
        key[steps] op[:]
        op[-] key[uses] op[:] actions/checkout@v4
        op[-] key[name] op[:] Run tests
        key[run] op[:] op[|]
        str[          cargo test --all]
        str[          echo "done" # still the script]
        op[-] key[name] op[:] str['Lint']
        key[run] op[:] cargo clippy
        meta[---]
        key[defaults] op[:] var[&defaults]
        key[timeout] op[:] num[30]
    "####,
    );
}

/// HTML: doctype, attributes, an entity, a comment over two lines, a script.
const HTML_SNIPPET: &str = r####"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tom &amp; Jerry</title>
  <!-- A comment
       over two lines -->
  <script>
    const x = 1 < 2 ? "a" : 'b';
  </script>
</head>
<body class=main>
  <img src="a.png" alt="A" />
  <p data-id='7'>Hello</p>
</body>
</html>
"####;

#[test]
fn html_snippet() {
    check(
        "html",
        HTML_SNIPPET,
        r####"
        meta[<!DOCTYPE html>]
        tag[<html] attr[lang] op[=] str["en"] tag[>]
        tag[<head>]
        tag[<meta] attr[charset] op[=] str["utf-8"] tag[>]
        tag[<title>] Tom esc[&amp;] Jerry tag[</title>]
        com[<!-- A comment]
        com[       over two lines -->]
        tag[<script>]
        kw[const] x op[=] num[1] op[<] num[2] op[?] str["a"] op[:] str['b'] ;
        tag[</script>]
        tag[</head>]
        tag[<body] attr[class] op[=] str[main] tag[>]
        tag[<img] attr[src] op[=] str["a.png"] attr[alt] op[=] str["A"] tag[/>]
        tag[<p] attr[data-id] op[=] str['7'] tag[>] Hello tag[</p>]
        tag[</body>]
        tag[</html>]
    "####,
    );
}

/// A diff: headers, a hunk, changed lines; a `---` line not before `+++` is a deletion.
const DIFF_SNIPPET: &str = r####"diff --git a/src/lib.rs b/src/lib.rs
index 3b18e51..a9c2f3d 100644
--- a/src/lib.rs
+++ b/src/lib.rs
@@ -1,5 +1,6 @@ pub mod model;
 pub mod components;
-pub mod events;
+pub mod events;
+pub mod highlight;
 pub mod host;
--- not a header
"####;

#[test]
fn diff_snippet() {
    check(
        "diff",
        DIFF_SNIPPET,
        r####"
        meta[diff --git a/src/lib.rs b/src/lib.rs]
        meta[index 3b18e51..a9c2f3d 100644]
        meta[--- a/src/lib.rs]
        meta[+++ b/src/lib.rs]
        hunk[@@ -1,5 +1,6 @@ pub mod model;]
        pub mod components;
        del[-pub mod events;]
        ins[+pub mod events;]
        ins[+pub mod highlight;]
        pub mod host;
        del[--- not a header]
    "####,
    );
}

#[test]
fn comment_markers_in_strings_and_quotes_in_comments() {
    check(
        "js",
        "let s = \"http://x.org\"; // real\nlet t = '#1 /* no */'; /* it's */ f(s)\n",
        r#"
        kw[let] s op[=] str["http://x.org"] ; com[// real]
        kw[let] t op[=] str['#1 /* no */'] ; com[/* it's */] fn[f] (s)
        "#,
    );
    check(
        "python",
        "s = \"a # b\"  # it's real\nt = 'x'\n",
        r#"
        s op[=] str["a # b"] com[# it's real]
        t op[=] str['x']
        "#,
    );
    check(
        "c",
        "x = 1; // don't\ny = \"z\";\n",
        r#"
        x op[=] num[1] ; com[// don't]
        y op[=] str["z"] ;
        "#,
    );
}

#[test]
fn block_comments_span_lines() {
    for lang in ["c", "cpp", "java", "js", "ts", "go", "rust", "sql"] {
        check(lang, "a /* one\ntwo \"x\" */ b\n", "a com[/* one]\ncom[two \"x\" */] b");
    }
}

#[test]
fn rust_block_comments_nest() {
    check("rust", "/* a /* b */ still */ done\n", "com[/* a /* b */ still */] done");
    check("c", "/* a /* b */ done */\n", "com[/* a /* b */] done op[*/]");
}

#[test]
fn python_triple_quotes_prefixes_fstrings_and_decorators() {
    check(
        "python",
        r#"doc = '''one
two "x" # no'''
s = r"\d" + b'x' + f"{a + 1}" + Rb"\x" + fr'{x}\n' + u"é" + "\t"
t = """a
'b'"""
@app.route("/")
def index(): return a @ b
"#,
        r#"
        doc op[=] str['''one]
        str[two "x" # no''']
        s op[=] str[r"\d"] op[+] str[b'x'] op[+] str[f"{a + 1}"] op[+] str[Rb"\x"] op[+] str[fr'{x}\n'] op[+] str[u"é"] op[+] str["] esc[\t] str["]
        t op[=] str["""a]
        str['b'"""]
        meta[@app.route] ( str["/"] )
        kw[def] fn[index] () op[:] kw[return] a op[@] b
        "#,
    );
}

#[test]
fn cpp_raw_strings_preprocessor_and_chars() {
    check(
        "cpp",
        r#"auto a = R"delim(a )" b)delim";
auto b = u8R"(x)";
#include <map>
  #  define N 10
char c = 'a', d = '\'';
int x = 1'000;
"#,
        r#"
        kw[auto] a op[=] str[R"delim(a )" b)delim"] ;
        kw[auto] b op[=] str[u8R"(x)"] ;
        meta[#include] str[<map>]
        meta[#  define] N num[10]
        ty[char] c op[=] str['a'] , d op[=] str['] esc[\'] str['] ;
        ty[int] x op[=] num[1'000] ;
        "#,
    );
}

#[test]
fn js_templates_nest_and_regex_versus_division() {
    check(
        "js",
        r#"const s = `a ${b + `c ${d}`} e`;
const q = a / b / c;
const r = x.replace(/["']\/+/g, '');
const z = f(x) / 2 + [1][0] / 2;
if (/^a/.test(s)) {}
"#,
        r#"
        kw[const] s op[=] str[`a ] esc[${] b op[+] str[`c ] esc[${] d esc[}] str[`] esc[}] str[ e`] ;
        kw[const] q op[=] a op[/] b op[/] c;
        kw[const] r op[=] x. fn[replace] ( str[/["']\/+/g] , str[''] );
        kw[const] z op[=] fn[f] (x) op[/] num[2] op[+] [ num[1] ][ num[0] ] op[/] num[2] ;
        kw[if] ( str[/^a/] . fn[test] (s)) {}
        "#,
    );
    // A template over lines with an object literal inside its expression.
    check("ts", "`a\n${ {k: 1}.k }\nb`", "str[`a]\nesc[${] {k op[:] num[1] }.k esc[}]\nstr[b`]");
}

#[test]
fn rust_raw_strings_lifetimes_chars_attributes_macros() {
    check(
        "rust",
        r###"let a = r#"a "quoted" b"#;
let b = r##"x"#y"##;
let c = b"bytes\n" != br"raw\n";
fn f<'a>(x: &'a str) -> &'static str { x }
let ch = ['x', '\n', '\'', 'é'];
#[derive(Debug)]
#![allow(dead_code)]
println!("{}", 1); vec![1]; a != b;
"###,
        r###"
        kw[let] a op[=] str[r#"a "quoted" b"#] ;
        kw[let] b op[=] str[r##"x"#y"##] ;
        kw[let] c op[=] str[b"bytes] esc[\n] str["] op[!=] str[br"raw\n"] ;
        kw[fn] fn[f] op[<] ty['a] op[>] (x op[:] op[&] ty['a] ty[str] ) op[->] op[&] ty['static] ty[str] { x }
        kw[let] ch op[=] [ str['x'] , str['] esc[\n] str['] , str['] esc[\'] str['] , str['é'] ];
        meta[#[derive(Debug)]]
        meta[#![allow(dead_code)]]
        fn[println!] ( str["{}"] , num[1] ); fn[vec!] [ num[1] ]; a op[!=] b;
        "###,
    );
}

#[test]
fn go_raw_strings_and_runes() {
    check(
        "go",
        "s := `line one\nline \"two\" \\n`\nr, n := 'x', '\\n'\n",
        r#"
        s op[:=] str[`line one]
        str[line "two" \n`]
        r, n op[:=] str['x'] , str['] esc[\n] str[']
        "#,
    );
}

#[test]
fn sql_comments_quotes_identifiers_and_dollar_strings() {
    check(
        "postgres",
        r#"select 'it''s' -- note
FROM "Order Items" JOIN `my table` /* multi
line */ WHERE a = $1;
CREATE FUNCTION f() RETURNS text AS $body$
  SELECT 'x $$ y';
$body$ LANGUAGE plpgsql;
Select Count(*) from t;
"#,
        r#"
        kw[select] str['it''s'] com[-- note]
        kw[FROM] var["Order Items"] kw[JOIN] var[`my table`] com[/* multi]
        com[line */] kw[WHERE] a op[=] var[$1] ;
        kw[CREATE] kw[FUNCTION] fn[f] () kw[RETURNS] ty[text] kw[AS] str[$body$]
        str[  SELECT 'x $$ y';]
        str[$body$] kw[LANGUAGE] plpgsql;
        kw[Select] fn[Count] ( op[*] ) kw[from] t;
        "#,
    );
}

#[test]
fn shell_comments_quotes_and_expansions() {
    check(
        "bash",
        r#"echo $# a#b # comment
echo 'single $x' "double $var and $(cmd "x" $(inner))" ${var:-default} $1 $? `date`
x=${HOME}/bin
"#,
        r#"
        ty[echo] var[$#] a#b com[# comment]
        ty[echo] str['single $x'] str["double ] var[$var] str[ and ] var[$(] fn[cmd] str["x"] var[$(] fn[inner] var[))] str["] var[${var:-default}] var[$1] var[$?] str[`date`]
        var[x] op[=] var[${HOME}] /bin
        "#,
    );
}

#[test]
fn shell_heredocs() {
    check(
        "sh",
        "cat <<-EOF\n\tbody $x\n\tEOF\ncat <<'END'\n$not_var\n END\nEND\nls\n",
        "
        fn[cat] op[<<-] meta[EOF]
        str[\tbody $x]
        meta[EOF]
        fn[cat] op[<<] meta['END']
        str[$not_var]
        str[ END]
        meta[END]
        fn[ls]
        ",
    );
    check(
        "zsh",
        "python3 - << \"PY\" > out.txt\nprint('#')\nPY\n",
        "
        fn[python3] - op[<<] meta[\"PY\"] op[>] out.txt
        str[print('#')]
        meta[PY]
        ",
    );
}

#[test]
fn json_keys_values_and_comments() {
    check(
        "jsonc",
        "{\"a\": \"b\", \"n\": -1.5e3, \"t\": [true, false, null], // comment\n \"k\" : {\"x\": \"y:z\"}}\n",
        r#"
        { key["a"] op[:] str["b"] , key["n"] op[:] op[-] num[1.5e3] , key["t"] op[:] [ kw[true] , kw[false] , kw[null] ], com[// comment]
        key["k"] op[:] { key["x"] op[:] str["y:z"] }}
        "#,
    );
}

#[test]
fn yaml_keys_scalars_blocks_and_anchors() {
    check(
        "yml",
        r#"--- # doc
a: 1
b: "two" # c
list:
  - x
  - 'y''s'
  - key: yes
anchor: &base {k: v, n: 2}
alias: *base
text: >-
  folded
  lines
next: null
url: http://x.y/#frag
"#,
        r#"
        meta[---] com[# doc]
        key[a] op[:] num[1]
        key[b] op[:] str["two"] com[# c]
        key[list] op[:]
        op[-] x
        op[-] str['y''s']
        op[-] key[key] op[:] yes
        key[anchor] op[:] var[&base] { key[k] op[:] v, key[n] op[:] num[2] }
        key[alias] op[:] var[*base]
        key[text] op[:] op[>-]
        str[  folded]
        str[  lines]
        key[next] op[:] kw[null]
        key[url] op[:] http://x.y/#frag
        "#,
    );
}

#[test]
fn xml_declaration_comments_cdata_entities() {
    check(
        "xml",
        "<?xml version=\"1.0\"?>\n<root a=\"1\" b='2'><!-- c\n--><![CDATA[ <x> ]]>&lt;text&gt;</root>\n",
        r#"
        meta[<?xml version="1.0"?>]
        tag[<root] attr[a] op[=] str["1"] attr[b] op[=] str['2'] tag[>] com[<!-- c]
        com[-->] str[<![CDATA[ <x> ]]>] esc[&lt;] text esc[&gt;] tag[</root>]
        "#,
    );
}

#[test]
fn fence_names_and_aliases() {
    let cases = [
        ("Python", "py python python3 py3"),
        ("JavaScript", "js javascript jsx mjs cjs node"),
        ("TypeScript", "ts typescript tsx"),
        ("C", "c h"),
        ("C++", "cpp c++ cxx cc hpp hxx"),
        ("Java", "java"),
        ("Go", "go golang"),
        ("Rust", "rs rust"),
        ("SQL", "sql postgres postgresql psql mysql sqlite plsql tsql"),
        ("Shell", "sh bash zsh shell ksh"),
        ("JSON", "json jsonc json5"),
        ("YAML", "yaml yml"),
        ("HTML", "html htm xhtml"),
        ("XML", "xml svg"),
        ("Diff", "diff patch"),
    ];
    for (name, aliases) in cases {
        for alias in aliases.split(' ') {
            assert_eq!(language(alias).map(|l| l.name()), Some(name), "{alias}");
            assert_eq!(language(&alias.to_uppercase()).map(|l| l.name()), Some(name), "{alias}");
        }
    }
    assert_eq!(Lang::all().count(), cases.len());
    // The first word of an info string counts.
    assert_eq!(language("rust,ignore").map(|l| l.name()), Some("Rust"));
    assert_eq!(language("  Python {.numberLines}").map(|l| l.name()), Some("Python"));
    assert_eq!(language("ts title=\"a.ts\"").map(|l| l.name()), Some("TypeScript"));
    for unknown in ["", " ", "text", "plaintext", "console", "c#", "python4", "rustc", "{.py}", "no such"] {
        assert_eq!(language(unknown), None, "{unknown:?}");
    }
}

#[test]
fn class_short_names_are_stable() {
    let all = [
        (Class::Plain, ""),
        (Class::Keyword, "kw"),
        (Class::Type, "ty"),
        (Class::String, "str"),
        (Class::Escape, "esc"),
        (Class::Comment, "com"),
        (Class::Number, "num"),
        (Class::Operator, "op"),
        (Class::Function, "fn"),
        (Class::Variable, "var"),
        (Class::Meta, "meta"),
        (Class::Inserted, "ins"),
        (Class::Deleted, "del"),
        (Class::Hunk, "hunk"),
        (Class::Tag, "tag"),
        (Class::Attribute, "attr"),
        (Class::Key, "key"),
    ];
    for (class, short) in all {
        assert_eq!(class.short(), short);
    }
}

#[test]
fn html_is_escaped_and_wrapped_in_spans() {
    let js = language("js").expect("js");
    let mut out = String::new();
    to_html(js, "if (a<b && c>d) x = \"<script>alert('&')</script>\";", &mut out);
    assert_eq!(
        out,
        "<span class=\"pw-tk-kw\">if</span> (a<span class=\"pw-tk-op\">&lt;</span>b \
         <span class=\"pw-tk-op\">&amp;&amp;</span> c<span class=\"pw-tk-op\">&gt;</span>d) x \
         <span class=\"pw-tk-op\">=</span> <span class=\"pw-tk-str\">&quot;&lt;script&gt;alert(&#39;&amp;&#39;)\
         &lt;/script&gt;&quot;</span>;"
    );
    // Appends, and writes nothing for nothing.
    to_html(js, "", &mut out);
    to_html(js, " 1", &mut out);
    assert!(out.ends_with("; <span class=\"pw-tk-num\">1</span>"));
}

#[test]
fn html_lines_reopen_spans_that_cross_newlines() {
    let py = language("python");
    assert_eq!(
        to_html_lines(py, "x = \"\"\"a\n\nb<\"\"\"\ny\n"),
        [
            "x <span class=\"pw-tk-op\">=</span> <span class=\"pw-tk-str\">&quot;&quot;&quot;a</span>",
            "",
            "<span class=\"pw-tk-str\">b&lt;&quot;&quot;&quot;</span>",
            "y",
        ]
    );
    let rs = language("rust");
    assert_eq!(
        to_html_lines(rs, "/* a\r\n b */ c"),
        ["<span class=\"pw-tk-com\">/* a</span>", "<span class=\"pw-tk-com\"> b */</span> c"]
    );
}

#[test]
fn html_lines_without_language_and_at_the_edges() {
    assert_eq!(to_html_lines(None, "<b>\n\"&\"\n"), ["&lt;b&gt;", "&quot;&amp;&quot;"]);
    assert_eq!(to_html_lines(None, "a\r\nb"), ["a", "b"]);
    assert!(to_html_lines(None, "").is_empty());
    assert!(to_html_lines(language("sh"), "").is_empty());
    assert_eq!(to_html_lines(None, "\n"), [""]);
    assert_eq!(to_html_lines(language("c"), "x\n\n"), ["x", ""]);
    assert_eq!(to_html_lines(language("c"), "x\n\ny"), ["x", "", "y"]);
}

#[test]
fn tokens_cover_the_input_in_order() {
    let code = "fn main() { let s = \"é😀\"; } // ü";
    let toks: Vec<(Class, &str)> = tokens(language("rust").expect("rust"), code).collect();
    assert_eq!(toks.iter().map(|t| t.1).collect::<String>(), code);
    assert_eq!(toks.first(), Some(&(Class::Keyword, "fn")));
    assert_eq!(toks.last(), Some(&(Class::Comment, "// ü")));
    assert!(toks.contains(&(Class::String, "\"é😀\"")));
}

#[test]
fn unterminated_constructs_stop_at_the_end() {
    check("c", "a = \"open\nb = 1; /* open", "a op[=] str[\"open]\nb op[=] num[1] ; com[/* open]");
    check("python", "s = '''open\nstill", "s op[=] str['''open]\nstr[still]");
    check("html", "<a href=\"x\n<!-- open", "tag[<a] attr[href] op[=] str[\"x]\nstr[<!-- open]");
    check("sh", "cat <<EOF\nbody", "fn[cat] op[<<] meta[EOF]\nstr[body]");
    check("js", "`a ${b", "str[`a ] esc[${] b");
}
