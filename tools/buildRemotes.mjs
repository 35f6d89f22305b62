// `npm start`'s build step: the three micro-frontends through Nx (so an unchanged one comes from its cache),
// printing one line per remote. Vite's and Nx's own output is kept back and printed only if the build fails.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const REMOTES = ['jobs-dashboard', 'job-detail', 'statechart'];
const root = join(import.meta.dirname, '..');
const args = ['run-many', '-t', 'build', '-p', ...REMOTES.map((name) => `@vpo-live/${name}`)];
const child = spawn(join(root, 'node_modules', '.bin', 'nx'), [...args, '--output-style=static'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0', NO_COLOR: '1' },
});

let output = '';
let pending = '';
/** The remote whose task output Nx is printing now (static style prints each task's output in one block). */
let current = null;

const finish = () => {
  if (current === null) return;
  const { name, cached, seconds } = current;
  const how = cached ? 'up to date (Nx cache)' : `built in ${seconds.toFixed(1)} s`;
  process.stdout.write(`  ✓ ${name.padEnd(15)} ${how} → apps/${name}/dist\n`);
  current = null;
};

const read = (line) => {
  const task = /^> nx run @vpo-live\/([\w-]+):build(.*)$/.exec(line);
  if (task) {
    finish();
    current = { name: task[1], cached: /cache/.test(task[2]), seconds: 0 };
    return;
  }
  if (/^\s*NX\s/.test(line)) finish();
  // A remote runs one or two `vite build`s; each ends with "✓ built in 6.28s" (or "…in 250ms").
  const built = /built in ([\d.]+)(m?s)/.exec(line);
  if (current && built) current.seconds += Number(built[1]) / (built[2] === 'ms' ? 1000 : 1);
};

const collect = (chunk) => {
  const text = chunk.toString();
  output += text;
  pending += text;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) read(line);
};
child.stdout.on('data', collect);
child.stderr.on('data', collect);
child.on('close', (code) => {
  read(pending);
  if (code === 0) {
    finish();
    return;
  }
  process.stderr.write(
    `${output}\nbuilding the micro-frontends failed (nx ${args.join(' ')}: exit ${code})\n`,
  );
  process.exitCode = code ?? 1;
});
