#!/usr/bin/env node
// The only module that touches `process` for exit codes: everything below returns a code.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), process);
