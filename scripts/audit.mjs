#!/usr/bin/env node
// `npm audit --omit=dev --audit-level=high`, failing on any high or critical
// finding in what ships. Where the registry's audit endpoint cannot be
// reached (this workplace's proxy answers 405), that is said plainly and is
// not a finding; any other failure of the audit fails CI.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let out;
try {
  out = JSON.parse(r.stdout);
} catch {
  console.error('npm audit gave no readable answer:\n', r.stdout, r.stderr);
  process.exit(1);
}
if (out.statusCode && !out.metadata) {
  console.log(`npm audit: the advisory endpoint is not reachable from here (${out.statusCode} ${out.uri ?? ''}); no audit result.`);
  process.exit(out.statusCode === 405 || out.statusCode === 403 || out.code === 'ENOTFOUND' ? 0 : 1);
}
const v = out.metadata?.vulnerabilities ?? {};
console.log(`npm audit (production dependencies): ${JSON.stringify(v)}`);
process.exit((v.high ?? 0) + (v.critical ?? 0) > 0 ? 1 : 0);
