// Compares two PNG files with pixelmatch, outside jest's module sandbox (where pngjs runs ~50× slower).
// usage: node compare-png.js expected.png actual.png diff.png → prints {"width","height","differing","sameSize"}
const { readFileSync, writeFileSync } = require('node:fs');
const pixelmatch = require('pixelmatch');
const { PNG } = require('pngjs');

const [expectedFile, actualFile, diffFile] = process.argv.slice(2);
const expected = PNG.sync.read(readFileSync(expectedFile));
const actual = PNG.sync.read(readFileSync(actualFile));
if (expected.width !== actual.width || expected.height !== actual.height) {
  process.stdout.write(JSON.stringify({ width: actual.width, height: actual.height, differing: expected.width * expected.height, sameSize: false }));
} else {
  const diff = new PNG({ width: expected.width, height: expected.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: 0.1 });
  if (differing > 0) writeFileSync(diffFile, PNG.sync.write(diff));
  process.stdout.write(JSON.stringify({ width: expected.width, height: expected.height, differing, sameSize: true }));
}
