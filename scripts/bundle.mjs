import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'

/**
 * Bundle scripts/ into build/ (ESM, split so that each command loads only what it
 * uses). The bundle is made in a temporary folder and renamed into place, so that
 * a process starting meanwhile never sees half a bundle.
 */
export async function bundle(root) {
  await removeStaleBundles(root)
  const outdir = join(root, 'build')
  const temporary = join(root, `.build-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await build({
      entryPoints: {
        cli: join(root, 'scripts', 'main.ts'),
        // The printer's thread (`scripts/export/printer.ts` starts it from beside its chunk).
        'print-worker': join(root, 'scripts', 'export', 'print-worker.ts'),
      },
      outdir: temporary,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      // Loaded only to drive the browser, spawned as a process, or loaded with the UnoCSS config
      // that Slidev's build uses (esbuild runs its own binary): left as packages.
      external: ['playwright-core', '@slidev/cli', 'esbuild', '@unocss/core'],
      // Some bundled packages are CommonJS and call require().
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      logLevel: 'warning',
    })
    const old = `${outdir}.old-${process.pid}-${randomBytes(4).toString('hex')}`
    if (existsSync(outdir)) await rename(outdir, old)
    await rename(temporary, outdir).catch(error => {
      // Another process put a fresh bundle in place first: use that one.
      if (!existsSync(outdir)) throw error
    })
    await rm(old, { recursive: true, force: true })
  } finally {
    await rm(temporary, { recursive: true, force: true })
  }
}

// A bundle half made, or an old one half removed, by a process that was killed.
const STALE = /^(?:\.build|build\.old)-(\d+)-[0-9a-f]{8}$/u

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

async function removeStaleBundles(root) {
  for (const name of await readdir(root)) {
    const pid = STALE.exec(name)?.[1]
    if (pid && Number(pid) !== process.pid && !isAlive(Number(pid)))
      await rm(join(root, name), { recursive: true, force: true })
  }
}
