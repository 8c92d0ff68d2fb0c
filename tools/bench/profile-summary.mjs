#!/usr/bin/env node
/**
 * `node tools/bench/profile-summary.mjs <file.cpuprofile> [rows]`: where a V8 CPU profile (as
 * written by `BENCH_CPU_PROFILE=<dir> npm run bench`) spends its time, by package (self and
 * inclusive) and by function (self), in per cent of the whole profile including idle time.
 */
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/bench/profile-summary.mjs <file.cpuprofile> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const sampled = new Map();
profile.samples.forEach((id, index) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...sampled.values()].reduce((sum, time) => sum + time, 0);

const packageOf = ({ url, functionName }) => {
  const dependency = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (dependency) return dependency;
  if (url.includes('/libs/')) return `libs/${url.split('/libs/')[1].split('/').slice(0, 2).join('/')}`;
  if (url.includes('/apps/')) return `apps/${url.split('/apps/')[1].split('/')[0]}`;
  if (url.startsWith('node:')) return url;
  return url ? 'other' : `(${functionName})`;
};
const functionOf = ({ url, functionName, lineNumber }) => `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;

const add = (map, key, time) => map.set(key, (map.get(key) ?? 0) + time);
const selfByPackage = new Map();
const inclusiveByPackage = new Map();
const selfByFunction = new Map();
for (const [id, time] of sampled) {
  const frame = nodes.get(id).callFrame;
  add(selfByPackage, packageOf(frame), time);
  add(selfByFunction, functionOf(frame), time);
  const seen = new Set();
  for (let current = id; current !== undefined; current = parents.get(current)) {
    const name = packageOf(nodes.get(current).callFrame);
    if (!seen.has(name)) add(inclusiveByPackage, name, time);
    seen.add(name);
  }
}

const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
};
const app = profile.nodes.map((node) => /apps\/([a-z-]+)\/dist\//.exec(node.callFrame.url)?.[1]).find(Boolean) ?? 'unknown app';
console.log(`${file}: ${app}, ${(total / 1e6).toFixed(1)} s sampled`);
print('self time by package', selfByPackage);
print('inclusive time by package', inclusiveByPackage);
print('self time by function', selfByFunction);
