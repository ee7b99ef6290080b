// The main job: lint the shipped examples with the built CLI, the way a user would.
// examples/generic.outreach.md is generic on purpose, so its errors are expected; anything else fails.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });

const generic = run(['examples/generic.outreach.md']);
process.stdout.write(generic.stdout);
process.stderr.write(generic.stderr);
// The campaign template is checked with its sample values (and its prospects.csv wherever the CLI reads it).
const clean = ['examples/personal.outreach.md', 'examples/campaign.outreach.md'];
const results = clean.map((file) => {
  const result = run([file, '--max-warnings', '0']);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return { file, status: result.status };
});

const failures = [];
if (generic.status !== 1) failures.push(`examples/generic.outreach.md: expected exit code 1 (errors found), got ${generic.status}`);
for (const { file, status } of results) if (status !== 0) failures.push(`${file}: expected exit code 0 with no warnings, got ${status}`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('\nexamples/generic.outreach.md: problems found, as intended (it shows what the linter catches).');
for (const { file } of results) console.log(`${file}: clean.`);
