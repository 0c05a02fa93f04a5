// Summarises a V8 CPU profile (node --cpu-prof, `npm run bench -- --profile DIR`): where the process spent its
// time, by package (the folder under node_modules, or our own package under dist/) and by function.
// usage: node bench/profile-summary.mjs <file>.cpuprofile [rows]
import { readFileSync } from 'node:fs';

const [file, rows = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/profile-summary.mjs <file>.cpuprofile [rows]');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const selfMicros = new Map();
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

/** node_modules/<package>, dist/<libs|apps>/<name>, node: internals, or the V8 pseudo-frames ((garbage collector), (idle), …). */
function owner(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const modules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (modules) return modules[modules.length - 1].replace('node_modules/', '');
  const ours = url.match(/dist\/((?:libs|apps)\/[^/]+)/);
  if (ours) return `@hazard/${ours[1].split('/')[1]}`;
  if (url.startsWith('node:')) return 'node (internals)';
  return url;
}
const byOwner = new Map();
const byFunction = new Map();
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  if (!micros) continue;
  const { url, functionName, lineNumber } = node.callFrame;
  const who = owner(url, functionName);
  byOwner.set(who, (byOwner.get(who) ?? 0) + micros);
  const key = `${functionName || '(anonymous)'}  ${who}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
}
const pct = (micros) => `${((micros * 100) / total).toFixed(1).padStart(5)}%`;
const busy = total - (byOwner.get('(idle)') ?? 0);
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (${pct(busy)})`);
console.log('\nself time by package');
for (const [who, micros] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) console.log(`${pct(micros)}  ${who}`);
console.log('\nself time by function');
for (const [key, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) console.log(`${pct(micros)}  ${key}`);
