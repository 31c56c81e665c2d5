// Drives the real Cucumber language server (the one the VS Code Cucumber extension runs) over LSP on
// stdio, the way an editor does: initialize, answer its workspace/configuration request with the
// "cucumber.*" settings of .vscode/settings.json, wait until it has indexed the glue, open a feature
// file holding every phrase of docs/steps.md, and read the diagnostics it publishes for it. Any
// diagnostic (an undefined step above all) fails the check.
// Usage: node ci/check-editor.mjs INSTALL_DIR (where npm installed @cucumber/language-server)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const installDir = process.argv[2];
const boundMillis = Number(process.env.NETSPEC_EDITOR_CHECK_MILLIS || 120000);

function fail(message) {
  console.error(`[netspec] editor check FAILED: ${message}`);
  process.exitCode = 1;
}

// ---- what to check --------------------------------------------------------------------------
const vscode = JSON.parse(readFileSync(path.join(root, '.vscode/settings.json'), 'utf8'));
const settings = {
  features: vscode['cucumber.features'],
  glue: vscode['cucumber.glue'],
  parameterTypes: vscode['cucumber.parameterTypes'],
};
for (const [key, value] of Object.entries(settings)) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new Error(`.vscode/settings.json has no list "cucumber.${key}"`);
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
const featureText = 'Feature: every phrase of docs/steps.md\n  Scenario: every phrase\n'
  + steps.map((l) => `    ${l}\n`).join('');
const featureUri = pathToFileURL(path.join(root, 'target/editor-check/every-phrase.feature')).href;

// ---- LSP over stdio ----------------------------------------------------------------------------
const server = spawn(process.execPath, [path.join(root, 'ci/editor-server.cjs'), installDir, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
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
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'netspec' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
  });
  const indexed = waitFor((m) => m.method === 'window/logMessage' && /Built \d+ suggestions/.test(m.params.message),
    'index of the glue');
  notify('initialized', {});
  await indexed;
  const definitions = logs.map((l) => /\* Found (\d+) step definitions/.exec(l)).filter(Boolean).pop();
  const types = logs.map((l) => /\* Found (\d+) parameter types/.exec(l)).filter(Boolean).pop();
  const errors = logs.filter((l) => /Step Definition errors/.test(l));
  const diagnosed = waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === featureUri,
    'diagnostics for the feature of every phrase');
  notify('textDocument/didOpen', { textDocument: { uri: featureUri, languageId: 'cucumber', version: 1, text: featureText } });
  const diagnostics = (await diagnosed).params.diagnostics;
  const lines = featureText.split('\n');
  const undefinedSteps = diagnostics.map((d) => `line ${d.range.start.line + 1}: ${d.message}: ${lines[d.range.start.line].trim()}`);
  console.log(`[netspec] editor check: the Cucumber language server found ${definitions ? definitions[1] : '?'} step`
    + ` definitions and ${types ? types[1] : '?'} parameter types in the glue of .vscode/settings.json`
    + ` (plus ${settings.parameterTypes.length} listed there) and checked ${stepCount} phrases of docs/steps.md`);
  if (!definitions || Number(definitions[1]) === 0) {
    fail('the language server found no step definitions in "cucumber.glue"');
  }
  for (const e of errors) {
    console.error(`[netspec] editor check: ${e}`);
  }
  if (undefinedSteps.length > 0) {
    fail(`${undefinedSteps.length} phrase(s) of docs/steps.md are not understood by the language server:\n  `
      + undefinedSteps.join('\n  '));
  } else {
    console.log('[netspec] editor check: no phrase is reported undefined');
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
