import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { writeAtomic } from '../io.js'
import { launchChromium } from './browser.js'

/** What a contact sheet shows: the slides' PNGs (1.png, 2.png, … in `folder`) and their titles. */
export interface ContactSheetRequest {
  folder: string
  titles: string[]
  heading: string
  out: string
  browser: string
}

const STYLE = `
body { margin: 0; padding: 20px; background: #e9e6df; font-family: system-ui, sans-serif; color: #14213d; }
h1 { font-size: 18px; margin: 0 0 14px; }
.sheet { display: grid; grid-template-columns: repeat(3, 400px); gap: 16px; }
figure { margin: 0; }
img { width: 400px; height: 225px; display: block; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25); }
figcaption { font-size: 12px; margin-top: 5px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`

/** One PNG with every slide of a deck, three to a row, each with its number and title. */
export async function writeContactSheet(request: ContactSheetRequest): Promise<void> {
  const images = await Promise.all(
    request.titles.map(async (_, index) =>
      (await readFile(join(request.folder, `${index + 1}.png`))).toString('base64'),
    ),
  )
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'id' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('style', STYLE)]),
        h('body', [
          h('h1', request.heading),
          h(
            'div.sheet',
            images.map((data, index) =>
              h('figure', [
                h('img', { src: `data:image/png;base64,${data}`, alt: request.titles[index] }),
                h('figcaption', `${index + 1} · ${request.titles[index]}`),
              ]),
            ),
          ),
        ]),
      ]),
    ],
  }
  const browser = await launchChromium(request.browser)
  try {
    const page = await browser.newPage({ viewport: { width: 3 * 400 + 2 * 16 + 40, height: 600 } })
    await page.setContent(toHtml(tree), { waitUntil: 'load' })
    await writeAtomic(request.out, await page.screenshot({ fullPage: true, type: 'png' }))
  } finally {
    await browser.close()
  }
}
