#!/usr/bin/env node
// Runs a TypeScript script through Vite's module runner (Node 20 cannot strip
// types itself). The script exports `main(args)`.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'error' });
const code = await module.main(args);
process.exitCode = typeof code === 'number' ? code : 0;
