import { scenarios } from './scenarios/index';

// `npm run bench [-- name-filter...]`: one JSON line per scenario on stdout.
const filters = process.argv.slice(2);
const selected = filters.length
  ? scenarios.filter((s) => filters.some((f) => s.name.includes(f)))
  : scenarios;

let failed = false;
for (const scenario of selected) {
  try {
    const result = await scenario.run();
    process.stdout.write(`${JSON.stringify({ scenario: scenario.name, ...result })}\n`);
  } catch (err) {
    failed = true;
    const message = err instanceof Error ? err.message : String(err);
    process.stdout.write(`${JSON.stringify({ scenario: scenario.name, error: message })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
