// Imports each module named on the command line and records anything it does while being
// imported: file system calls, output, timers, process listeners, child processes, changes to
// the exit code, the environment or the working folder. Prints one JSON document:
// { "effects": [{ "module", "what", "at" }], "failed": [{ "module", "message" }] }.
//
// Calls made by Node's own module loader are not the module's doing and are left out: an action
// counts when the code that called it is not Node's internals (`node:` frames).
import childProcess from 'node:child_process';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { pathToFileURL } from 'node:url';

const stdoutWrite = process.stdout.write.bind(process.stdout);
const effects = [];
const failed = [];
let current = '(probe)';

function caller() {
  const frames = (new Error().stack ?? '').split('\n').slice(1).map((l) => l.trim());
  // The first frame outside this file is whoever called the wrapped function.
  const outside = frames.find((f) => !f.includes('import-probe.mjs'));
  return outside ?? '';
}

function watch(target, name, label) {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function watched(...args) {
    const at = caller();
    if (!/\((node:|internal\/)|^at node:/.test(at)) effects.push({ module: current, what: `${label}${name}`, at });
    return original.apply(this, args);
  };
}

for (const name of Object.keys(fs)) if (/^[a-z]/.test(name)) watch(fs, name, 'fs.');
for (const name of Object.keys(fsPromises)) watch(fsPromises, name, 'fs/promises.');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) watch(childProcess, name, 'child_process.');
// ESM named imports of node:fs read the built-in's export table: make it see the wrappers.
syncBuiltinESMExports();

for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']) watch(console, name, 'console.');
watch(process.stdout, 'write', 'process.stdout.');
watch(process.stderr, 'write', 'process.stderr.');
for (const name of ['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'exit', 'chdir', 'kill']) watch(process, name, 'process.');
for (const name of ['setTimeout', 'setInterval', 'setImmediate']) watch(globalThis, name, '');

const before = { exitCode: process.exitCode, cwd: process.cwd(), env: JSON.stringify(process.env) };
for (const file of process.argv.slice(2)) {
  current = file;
  try {
    await import(pathToFileURL(file).href);
  } catch (err) {
    failed.push({ module: file, message: err instanceof Error ? err.message : String(err) });
  }
  current = '(after imports)';
}
if (process.exitCode !== before.exitCode) effects.push({ module: '(some module)', what: 'process.exitCode changed', at: '' });
if (process.cwd() !== before.cwd) effects.push({ module: '(some module)', what: 'working folder changed', at: '' });
if (JSON.stringify(process.env) !== before.env) effects.push({ module: '(some module)', what: 'process.env changed', at: '' });
stdoutWrite(`${JSON.stringify({ effects, failed })}\n`);
