// Drives the real Cucumber language server (the one the VS Code Cucumber extension runs) over LSP on
// stdio, the way an editor does: initialize, answer its workspace/configuration request with the
// "cucumber.*" settings of the project's .vscode/settings.json, wait until it has indexed the glue, open
// a feature file holding every phrase of docs/steps.md and every feature file of the project, and read
// the diagnostics it publishes for them. Any diagnostic (an undefined step above all) fails the check.
// A control phrase that no step definition has must be reported undefined, so the check can fail.
// Usage: node ci/check-editor.mjs INSTALL_DIR [PROJECT_DIR]
//   INSTALL_DIR: where npm installed @cucumber/language-server
//   PROJECT_DIR: the project the editor opens (netspec itself when left out, or a project that depends
//                on netspec, such as examples/hello-netspec, whose glue is netspec's unpacked step sources)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const installDir = path.resolve(process.argv[2]);
const project = path.resolve(process.argv[3] || root);
const name = project === root ? 'netspec' : (path.relative(root, project).startsWith('..') ? project : path.relative(root, project));
const boundMillis = Number(process.env.NETSPEC_EDITOR_CHECK_MILLIS || 120000);
const CONTROL = 'Then netspec has no phrase like this one';

function fail(message) {
  console.error(`[netspec] editor check of ${name} FAILED: ${message}`);
  process.exitCode = 1;
}

// ---- what to check --------------------------------------------------------------------------
const settingsFile = path.join(project, '.vscode/settings.json');
const vscode = JSON.parse(readFileSync(settingsFile, 'utf8'));
const settings = {
  features: vscode['cucumber.features'],
  glue: vscode['cucumber.glue'],
  parameterTypes: vscode['cucumber.parameterTypes'],
};
for (const [key, value] of Object.entries(settings)) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new Error(`${settingsFile} has no list "cucumber.${key}"`);
  }
}

/** Step lines (and the data tables after them) of the gherkin blocks of docs/steps.md, comments cut. */
function phrases() {
  const lines = [];
  let inGherkin = false;
  for (const line of readFileSync(path.join(root, 'docs/steps.md'), 'utf8').split('\n')) {
    if (line.startsWith('```')) {
      inGherkin = line.startsWith('```gherkin');
      continue;
    }
    if (!inGherkin) continue;
    const step = line.match(/^\s*(Given|When|Then|And|But) (.*)$/);
    if (step) {
      lines.push(`${step[1]} ${withoutComment(step[2]).trim()}`);
    } else if (/^\s*\|/.test(line)) {
      lines.push(line.trim());
    }
  }
  return lines;
}

/** Cuts a trailing "# comment" that lies outside quotes. */
function withoutComment(text) {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quoted) { i++; continue; }
    if (c === '"') quoted = !quoted;
    if (c === '#' && !quoted && (i === 0 || /\s/.test(text[i - 1]))) return text.slice(0, i);
  }
  return text;
}

const steps = phrases();
const stepCount = steps.filter((l) => !l.startsWith('|')).length;
const everyPhrase = {
  uri: pathToFileURL(path.join(project, 'target/editor-check/every-phrase.feature')).href,
  text: 'Feature: every phrase of docs/steps.md\n  Scenario: every phrase\n'
    + steps.map((l) => `    ${l}\n`).join('') + `  Scenario: the control phrase\n    ${CONTROL}\n`,
};
const controlLine = everyPhrase.text.split('\n').length - 2;
/** The project's own feature files, found with the glob library the language server uses itself. */
const fastGlob = createRequire(path.join(installDir, 'package.json'))('fast-glob');
const ownFeatures = fastGlob.sync(settings.features, { cwd: project, onlyFiles: true, absolute: true }).sort()
  .map((file) => ({ uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8') }));

// ---- LSP over stdio ----------------------------------------------------------------------------
const server = spawn(process.execPath, [path.join(root, 'ci/editor-server.cjs'), installDir, '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
server.stderr.on('data', (d) => { stderr += d; });
server.on('exit', (code, signal) => {
  if (!finished) {
    fail(`the language server ended early (exit ${code}, signal ${signal}); its log:\n${logs.join('\n')}\n${stderr}`);
    process.exit(1);
  }
});
let finished = false;
let nextId = 1;
const pending = new Map();
const logs = [];
let buffer = Buffer.alloc(0);

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
function notify(method, params) {
  send({ method, params });
}

const waiters = [];
function waitFor(predicate, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${boundMillis} ms`)), boundMillis);
    waiters.push({ predicate, resolve: (m) => { clearTimeout(timer); resolve(m); } });
  });
}

function handle(message) {
  if (message.id !== undefined && message.method === undefined) {
    const p = pending.get(message.id);
    pending.delete(message.id);
    if (p) (message.error ? p.reject(new Error(message.error.message)) : p.resolve(message.result));
    return;
  }
  if (message.id !== undefined) {
    // A request from the server: its configuration is the one thing it needs answered with content.
    const result = message.method === 'workspace/configuration'
      ? message.params.items.map((item) => (item.section === 'cucumber' ? settings : null))
      : null;
    send({ id: message.id, result });
  }
  if (message.method === 'window/logMessage') {
    logs.push(message.params.message);
  }
  for (let i = waiters.length - 1; i >= 0; i--) {
    if (waiters[i].predicate(message)) {
      waiters[i].resolve(message);
      waiters.splice(i, 1);
    }
  }
}

server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, headerEnd).toString('ascii'))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
    buffer = buffer.slice(headerEnd + 4 + length);
    handle(JSON.parse(body));
  }
});

const overall = setTimeout(() => {
  fail(`the language server did not finish within ${boundMillis} ms; its log:\n${logs.join('\n')}\n${stderr}`);
  server.kill();
  process.exit(1);
}, boundMillis + 5000);

try {
  await request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'netspec editor check' },
    rootUri: pathToFileURL(project).href,
    workspaceFolders: [{ uri: pathToFileURL(project).href, name }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
  });
  const indexed = waitFor((m) => m.method === 'window/logMessage' && /Built \d+ suggestions/.test(m.params.message),
    'index of the glue');
  notify('initialized', {});
  await indexed;
  const definitions = logs.map((l) => /\* Found (\d+) step definitions/.exec(l)).filter(Boolean).pop();
  const types = logs.map((l) => /\* Found (\d+) parameter types/.exec(l)).filter(Boolean).pop();
  const errors = logs.filter((l) => /Step Definition errors/.test(l));
  const documents = [everyPhrase, ...ownFeatures];
  const reported = [];
  for (const doc of documents) {
    const diagnosed = waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === doc.uri,
      `diagnostics for ${doc.uri}`);
    notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'cucumber', version: 1, text: doc.text } });
    const lines = doc.text.split('\n');
    for (const d of (await diagnosed).params.diagnostics) {
      reported.push({ doc, line: d.range.start.line,
        text: `${path.relative(project, new URL(doc.uri).pathname)}:${d.range.start.line + 1}: ${d.message}: ${lines[d.range.start.line].trim()}` });
    }
  }
  const control = reported.filter((r) => r.doc === everyPhrase && r.line === controlLine);
  const wrong = reported.filter((r) => !control.includes(r));
  console.log(`[netspec] editor check of ${name}: the Cucumber language server found ${definitions ? definitions[1] : '?'} step`
    + ` definitions and ${types ? types[1] : '?'} parameter types in the glue of ${path.relative(project, settingsFile)}`
    + ` (plus ${settings.parameterTypes.length} listed there) and checked ${stepCount} phrases of docs/steps.md`
    + ` and ${ownFeatures.length} feature file(s) of the project`);
  if (!definitions || Number(definitions[1]) === 0) {
    fail(`the language server found no step definitions in "cucumber.glue" ${JSON.stringify(settings.glue)}`);
  }
  if (ownFeatures.length === 0) {
    fail(`no feature file matches "cucumber.features" ${JSON.stringify(settings.features)} in ${project}`);
  }
  for (const e of errors) {
    console.error(`[netspec] editor check of ${name}: ${e}`);
  }
  if (control.length === 0) {
    fail(`the control phrase "${CONTROL}" was not reported undefined, so no report of the server can be trusted`);
  }
  if (wrong.length > 0) {
    fail(`${wrong.length} step(s) are not understood by the language server:\n  ` + wrong.map((r) => r.text).join('\n  '));
  } else {
    console.log(`[netspec] editor check of ${name}: no phrase is reported undefined`
      + ` (the control phrase is, as it must be: "${control.map((r) => r.text).join('; ')}")`);
  }
  finished = true;
  await request('shutdown', null);
  notify('exit', null);
} catch (e) {
  finished = true;
  fail(`${e.message}; the language server's log:\n${logs.join('\n')}\n${stderr}`);
  server.kill();
} finally {
  clearTimeout(overall);
}
