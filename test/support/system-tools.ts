// The Debian packages the tests use besides Chromium (which the project's own lookup installs):
// checked before any test runs (vitest's globalSetup), and installed when they are missing on
// Debian as root, so that `npm test` passes on a fresh machine after `npm ci && npm run build`.
// Elsewhere a missing tool stops the run with one line that says what to install; no test is ever
// skipped for it.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { aptLog, installDebian, isDebianRoot } from '../../scripts/export/debian.js'

/** A tool the tests run, and the Debian package that brings it. */
interface Tool {
  package: string
  what: string
  present: () => boolean
}

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some(dir => dir && existsSync(join(dir, name)))
}

function hasFont(family: string): boolean {
  try {
    return execFileSync('fc-list', [':', 'family'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).includes(family)
  } catch {
    return false
  }
}

export const TOOLS: Tool[] = [
  {
    package: 'poppler-utils',
    what: 'pdfinfo, pdftotext, pdffonts and pdftoppm check the PDFs',
    present: () => ['pdfinfo', 'pdftotext', 'pdffonts', 'pdftoppm'].every(onPath),
  },
  {
    package: 'fonts-noto-color-emoji',
    what: 'the flags are emoji',
    present: () => hasFont('Noto Color Emoji'),
  },
  {
    package: 'libreoffice-impress',
    what: 'LibreOffice Impress opens the editable PPTX',
    present: () => onPath('soffice') || onPath('libreoffice'),
  },
]

/** The packages of the tools that are missing. */
export function missingPackages(tools = TOOLS): string[] {
  return tools.filter(tool => !tool.present()).map(tool => tool.package)
}

/** Install what is missing (Debian, root), or throw one line that says what to install. */
export async function ensureTools(
  tools = TOOLS,
  debianRoot = isDebianRoot(),
  write: (text: string) => void = text => process.stderr.write(text),
): Promise<void> {
  const missing = missingPackages(tools)
  if (missing.length === 0) return
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`
  const needs = tools
    .filter(tool => missing.includes(tool.package))
    .map(tool => tool.what)
    .join('; ')
  if (!debianRoot)
    throw new Error(
      `The tests need ${missing.join(', ')} (${needs}): install them (Debian/Ubuntu: ${command})`,
    )
  const log = aptLog('briefing-test-tools')
  write(`Installing what the tests need from Debian (${command}), log in ${log}…\n`)
  const io = { stdout: () => {}, stderr: write, cwd: process.cwd() }
  const ok = await installDebian(
    {
      choices: [missing],
      options: ['--no-install-recommends'],
      installed: () => missingPackages(tools).length === 0,
      log,
    },
    io,
  )
  if (!ok)
    throw new Error(
      `Could not install ${missingPackages(tools).join(', ')} for the tests (${command}); apt's output is in ${log}`,
    )
}

/** vitest's globalSetup: runs once before every test file. */
export default async function setup(): Promise<void> {
  await ensureTools()
}
