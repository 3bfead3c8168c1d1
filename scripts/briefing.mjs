#!/usr/bin/env node
// Entry of every npm script. Runs the CLI bundled into build/ (one esbuild bundle
// loads several times faster than hundreds of small ES modules), and rebuilds the
// bundle first when a file under scripts/ is newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs'
import module from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
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

if (!existsSync(entry) || statSync(entry).mtimeMs < Math.max(newest(join(root, 'scripts')), statSync(join(root, 'package-lock.json')).mtimeMs)) {
  const { bundle } = await import('./bundle.mjs')
  await bundle(root)
}
const { main } = await import(pathToFileURL(entry).href)
process.exitCode = await main(process.argv.slice(2))
