import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { findBrowser, launchChromium } from '../../scripts/export/browser.js'
import { exportDeck } from '../../scripts/export/export-deck.js'
import { staticBuild } from '../../scripts/export/static-build.js'
import { deckSlides, ROOT } from '../helpers.js'

const CACHE = join(ROOT, 'node_modules', '.cache', 'briefing-browser-tests')

/** A deck built by Slidev into a static site, with its PDF and handout exported by Chromium, as `npm run build` does (or only the site). */
export interface BuiltDeck {
  deck: string
  dist: string
  pdf: string
  handout: string
  markdown: string
  slides: number
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

// The build depends on the deck, the design under slides/ (not slides/slides.md itself) and the
// export code.
function designHash(): string {
  const hash = createHash('sha256')
  const inputs = [...files(join(ROOT, 'slides')), ...files(join(ROOT, 'scripts', 'export'))]
  for (const file of inputs.filter(file => !/\.md$|node_modules|\.slidev/u.test(file)).sort()) {
    hash.update(file).update(readFileSync(file))
  }
  return hash.digest('hex')
}

/**
 * Build and export a deck once; later calls (from any test file) reuse the result
 * while neither the deck nor the design changed.
 */
export async function builtDeck(
  markdown: string,
  options: { handout?: boolean; print?: boolean } = {},
): Promise<BuiltDeck> {
  const print = options.print ?? true
  const handout = print && (options.handout ?? true)
  const key = createHash('sha256')
    .update(markdown)
    .update(designHash())
    .update(`${print}:${handout}`)
    .digest('hex')
    .slice(0, 16)
  const folder = join(CACHE, key)
  // The deck lives under slides/ so that Slidev finds the project's layouts, style and public
  // files.
  const deck = join(ROOT, 'slides', `.test-${key}.md`)
  const result = {
    deck,
    dist: join(folder, 'dist'),
    pdf: join(folder, 'briefing.pdf'),
    handout: join(folder, 'briefing-handout.pdf'),
    markdown,
    slides: deckSlides(markdown).length,
  }
  if (existsSync(join(folder, 'done'))) return result
  await rm(folder, { recursive: true, force: true })
  await mkdir(folder, { recursive: true })
  await writeFile(deck, markdown)
  const log: string[] = []
  const io = {
    stdout: () => {},
    stderr: (text: string) => {
      log.push(text)
    },
    cwd: ROOT,
  }
  try {
    if (print)
      await exportDeck(
        {
          deck,
          out: result.pdf,
          format: 'pdf',
          browser: await findBrowser(io),
          dist: result.dist,
          handout: handout ? result.handout : undefined,
        },
        io,
      )
    // Only the static site (a deck whose slides the print check cannot read, such as a table of
    // contents).
    else await cp((await staticBuild(deck, io)).dist, result.dist, { recursive: true })
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${log.join('').slice(-3000)}`)
  } finally {
    await rm(deck, { force: true })
  }
  await writeFile(join(folder, 'done'), '')
  return result
}

export { serveDist } from '../../scripts/export/serve.js'

/** Launch the system Chromium headless, as the export does. */
export async function launchBrowser(): Promise<Browser> {
  const io = { stdout: () => {}, stderr: () => {}, cwd: ROOT }
  return launchChromium(await findBrowser(io))
}

// Boxes that reach past the slide canvas, and containers whose content is taller or wider than they
// are.
export async function overflowOf(page: Page, no: number): Promise<string[]> {
  return page.evaluate(slideNo => {
    const slide = document.querySelector(`.slidev-page-${slideNo}`)
    if (!slide) return [`slide ${slideNo} is not rendered`]
    const canvas = slide.getBoundingClientRect()
    const problems: string[] = []
    const name = (element: Element): string =>
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`
    for (const element of slide.querySelectorAll('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      if (
        box.left < canvas.left - 0.5 ||
        box.top < canvas.top - 0.5 ||
        box.right > canvas.right + 0.5 ||
        box.bottom > canvas.bottom + 0.5
      ) {
        problems.push(
          `${name(element)} reaches outside the canvas (${Math.round(box.bottom - canvas.bottom)} px below)`,
        )
      }
      const html = element as HTMLElement
      if (
        html.clientHeight > 0 &&
        (html.scrollHeight > html.clientHeight + 1 || html.scrollWidth > html.clientWidth + 1)
      ) {
        problems.push(
          `${name(element)} overflows its own box (${html.scrollHeight} > ${html.clientHeight})`,
        )
      }
    }
    return problems
  }, no)
}

/**
 * Visit every slide of a served deck and list what does not fit its canvas, by slide number and
 * alias. The first slide is loaded; the others are reached inside the app, as a presenter does (a
 * page load per slide costs more than the check), and each is measured once it is the one shown.
 */
export async function fitProblems(page: Page, url: string, aliases: string[]): Promise<string[]> {
  const problems: string[] = []
  for (let no = 1; no <= aliases.length; no++) {
    if (no === 1) {
      await page.goto(`${url}/${no}`, { waitUntil: 'load' })
    } else {
      // The router reads the address on "popstate", as on the browser's back and forward buttons.
      await page.evaluate(target => {
        history.pushState(null, '', `/${target}`)
        window.dispatchEvent(new PopStateEvent('popstate'))
      }, no)
    }
    // The slide's own layout, and the deck's font in every weight the design uses:
    // document.fonts.ready alone resolves before a face the page has not asked for yet starts
    // loading.
    await page.locator(`.slidev-page-${no} .slidev-layout`).waitFor({ state: 'visible' })
    await page.evaluate(() =>
      Promise.all(
        ['400', '600', '800'].map(weight =>
          document.fonts.load(`${weight} 18px "Be Vietnam Pro"`, 'Aa'),
        ),
      ),
    )
    await page.evaluate(
      () =>
        new Promise(resolve =>
          document.fonts.ready.then(() =>
            requestAnimationFrame(() => requestAnimationFrame(resolve)),
          ),
        ),
    )
    problems.push(
      ...(await overflowOf(page, no)).map(
        problem => `slide ${no} (${aliases[no - 1]}): ${problem}`,
      ),
    )
  }
  return problems
}
