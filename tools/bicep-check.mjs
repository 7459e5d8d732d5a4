#!/usr/bin/env node
// Bicep syntax checker: parses .bicep files with tree-sitter-bicep (wasm) via
// web-tree-sitter and reports every ERROR and MISSING node.
//
// Usage: node tools/bicep-check.mjs <file-or-dir>...
//   Directories are walked recursively for *.bicep files (sorted).
//   Output per problem:  path:line:col: error: <ERROR|MISSING type> near '<snippet>'
//   Summary (stdout):    checked N file(s), M error(s)
//   Exit codes: 0 = no errors, 1 = syntax errors found, 2 = usage / IO problem.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Parser, Language } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
const SNIPPET_MAX = 40;

function usage(message) {
  if (message) process.stderr.write(`bicep-check: ${message}\n`);
  process.stderr.write('usage: node tools/bicep-check.mjs <file-or-dir>...\n');
  process.exit(2);
}

/** Expands the arguments into a list of .bicep files; IO problems exit with code 2. */
function collectFiles(args) {
  const files = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.bicep')) files.push(p);
    }
  };
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch (err) {
      usage(`cannot access '${arg}': ${err.code ?? err.message}`);
    }
    if (st.isDirectory()) walk(arg);
    else files.push(arg);
  }
  return files;
}

/** First line of the text around a node, shortened for the message. */
function snippet(source, node) {
  let text;
  if (node.endIndex > node.startIndex) {
    // Non-empty node: its first non-blank line.
    text = source.slice(node.startIndex, node.endIndex)
      .split(/\r?\n/).map((s) => s.trim()).find((s) => s.length > 0) ?? '';
  } else {
    // Zero-width (MISSING) node: the last non-blank text before it.
    text = source.slice(Math.max(0, node.startIndex - 80), node.startIndex)
      .split(/\r?\n/).map((s) => s.trim()).filter((s) => s.length > 0).pop() ?? '';
  }
  if (text.length > SNIPPET_MAX) text = text.slice(0, SNIPPET_MAX) + '...';
  return text.replace(/'/g, "\\'");
}

/** Collects ERROR and MISSING nodes in document order (pre-order walk). */
function findProblems(tree) {
  const problems = [];
  const cursor = tree.walk();
  let descend = true;
  for (;;) {
    const node = cursor.currentNode;
    if (descend) {
      if (node.isError) problems.push({ node, kind: 'ERROR' });
      else if (node.isMissing) problems.push({ node, kind: `MISSING ${node.type}` });
    }
    // Only descend into subtrees that contain an error somewhere.
    if (descend && node.hasError && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) { descend = true; continue; }
    if (!cursor.gotoParent()) break;
    descend = false;
  }
  cursor.delete();
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0) usage('no files or directories given');
  const files = collectFiles(args);

  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);

  let errors = 0;
  for (const file of files) {
    let source;
    try {
      source = readFileSync(file, 'utf8');
    } catch (err) {
      usage(`cannot read '${file}': ${err.code ?? err.message}`);
    }
    const tree = parser.parse(source);
    const shown = file.split('\\').join('/');
    for (const { node, kind } of findProblems(tree)) {
      const { row, column } = node.startPosition;
      process.stdout.write(`${shown}:${row + 1}:${column + 1}: error: ${kind} near '${snippet(source, node)}'\n`);
      errors++;
    }
    tree.delete();
  }
  parser.delete();
  process.stdout.write(`checked ${files.length} file(s), ${errors} error(s)\n`);
  process.exit(errors > 0 ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(`bicep-check: ${err.stack ?? err}\n`);
  process.exit(2);
});
