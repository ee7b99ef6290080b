// The main job: lint the shipped examples with the built CLI, the way a user would.
// examples/generic.outreach.md is generic on purpose, so its errors are expected; anything else fails.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });

const generic = run(['examples/generic.outreach.md']);
process.stdout.write(generic.stdout);
process.stderr.write(generic.stderr);
const personal = run(['examples/personal.outreach.md', '--max-warnings', '0']);
process.stdout.write(personal.stdout);
process.stderr.write(personal.stderr);

const failures = [];
if (generic.status !== 1) failures.push(`examples/generic.outreach.md: expected exit code 1 (errors found), got ${generic.status}`);
if (personal.status !== 0) failures.push(`examples/personal.outreach.md: expected exit code 0 with no warnings, got ${personal.status}`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('\nexamples/generic.outreach.md: problems found, as intended (it shows what the linter catches).');
console.log('examples/personal.outreach.md: clean.');
