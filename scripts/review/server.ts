// The review server: the review page and its two endpoints, on 127.0.0.1 only. GET /state gives the
// article, the coverage, the review list and the deck's facts, regenerated from the files; POST /edits
// changes the edits file (add a span to a section, hide an item). A write is accepted only from the page
// itself: the right Host, the page's Origin, JSON, and the token the page was served with.
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Document } from 'yaml'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { CliError } from '../errors.js'
import { editableSections } from '../edits/apply-edits.js'
import { findSpan } from '../edits/anchors.js'
import { parseEdits } from '../edits/read-edits.js'
import { displayPath, writeAtomic } from '../io.js'
import { parseArticle } from '../parse/parse-article.js'
import { normaliseText, readArticle } from '../parse/read-article.js'
import { grammarOf } from '../lang/grammar.js'
import { languageOf } from '../lang/index.js'
import { deckFacts } from '../report/change-report.js'
import type { UpdateOptions } from '../update-deck.js'
import { buildDeck, editsPath } from '../update-deck.js'
import { generateDeck } from '../generate-deck.js'
import { reviewPage } from './page.js'

/** A change the page asks for. */
export type ReviewChange =
  | { action: 'add'; section: string; text: string }
  | { action: 'hide'; text: string }

/** What the page shows. */
export interface ReviewState {
  source: string
  edits: string
  addable: string[]
  sentences: Array<{
    line: number
    column: number
    paragraph: number
    sentence: string
    status: string
  }>
  facts: Array<{ section: string; text: string; anchor: string }>
  review: Array<{ line?: number; text: string; edit?: string }>
  deckUrl?: string
}

/** The largest request the page sends. */
const MAX_BODY = 64 * 1024

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** The state of the deck as the files give it now. */
export async function reviewState(options: UpdateOptions, deckUrl?: string): Promise<ReviewState> {
  // The deck as written: an addition that was on it and left the article is a stale edit, as in the
  // watch. An edits file that does not hold (a typo, an addition never in the article) is for the page to
  // say, with its place.
  const previous = await readFile(options.out, 'utf8').catch(() => undefined)
  const deck = await buildDeck(options, previous).catch(async (error: unknown) => {
    if (!(error instanceof CliError)) throw error
    throw new Refused(409, error.message.split('\n')[0]!)
  })
  return {
    source: displayPath(options.source),
    edits: displayPath(editsPath(options)),
    addable: editableSections().addable,
    sentences: deck.coverage,
    facts: deckFacts(deck.markdown)
      .filter(fact => fact.kind !== 'title')
      .map(fact => ({ section: fact.section, text: fact.value, anchor: fact.anchor })),
    review: [
      ...deck.review.map(item => ({ line: item.line, text: `${item.section}: ${item.reason}` })),
      ...deck.edits.stale.map(edit => ({ text: edit.reason })),
      ...deck.suggestions
        .filter(suggestion => suggestion.about !== 'unused')
        .map(suggestion => ({
          line: suggestion.line,
          text: `to show it (${suggestion.about}):`,
          edit: suggestion.edit,
        })),
    ],
    ...(deckUrl ? { deckUrl } : {}),
  }
}

/** The edits file with one change made, checked as the generator will read it. */
export async function changedEdits(options: UpdateOptions, change: ReviewChange): Promise<string> {
  const file = editsPath(options)
  const before = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw error
  })
  const document = parseDocument(before)
  if (document.errors.length > 0)
    throw new Refused(409, `${displayPath(file)} is not valid YAML: fix it by hand first`)
  if (document.contents === null || !isMap(document.contents))
    document.contents = document.createNode({}) as never
  const sections = editableSections()
  const text = String(change.text ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
  if (!text || text.length > 2000)
    throw new Refused(
      400,
      'the text to add or hide must be a piece of the article, at most 2000 characters',
    )
  const articleText = await readArticle(options.source, options.maxBytes)
  if (change.action === 'add') {
    if (!sections.addable.includes(change.section))
      throw new Refused(
        400,
        `no section "${change.section}" takes added text: ${sections.addable.join(', ')}`,
      )
    const article = parseArticle(
      normaliseText(articleText),
      grammarOf(languageOf(options.language)),
    )
    const span = findSpan(article, text)
    if (!span)
      throw new Refused(
        400,
        'that text is not one piece of a sentence of the article: select within one sentence',
      )
    appendTo(document, ['add', change.section], span.text)
  } else if (change.action === 'hide') {
    appendTo(document, ['hide'], text)
  } else {
    throw new Refused(400, 'unknown change: expected add or hide')
  }
  const after = document.toString({ lineWidth: 0 })
  // What the page writes must read back as a valid edits file, and must do what it says: a hide that
  // finds nothing, or an addition the section refuses, is not written.
  const stale = (edits: string): number => {
    const deck = generateDeck(articleText, displayPath(options.source), {
      labels: options.labels,
      language: options.language,
      edits: parseEdits(edits, file, sections),
    })
    return deck.edits.stale.length
  }
  try {
    if (stale(after) > stale(before))
      throw new Refused(
        400,
        `that ${change.action === 'add' ? 'addition' : 'item'} would not change the deck; write it in ${displayPath(file)} by hand`,
      )
  } catch (error) {
    if (error instanceof Refused) throw error
    throw new Refused(400, (error as Error).message.split('\n')[0]!)
  }
  return after
}

/** Put a value at the end of the list at `path`, once: the list is made when there is none. */
function appendTo(document: Document, path: string[], value: string): void {
  const list = document.getIn(path)
  if (list === undefined) document.setIn(path, document.createNode([value]))
  else if (
    isSeq(list) &&
    list.items.some(item => String(isScalar(item) ? item.value : item) === value)
  )
    return
  else document.addIn(path, value)
}

async function body(request: IncomingMessage): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Refused(413, 'the request is too large')
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new Refused(400, 'expected JSON')
  }
}

function send(
  response: ServerResponse,
  status: number,
  data: unknown,
  type = 'application/json',
): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The page loads nothing from anywhere: its own script and style, and the deck's preview in a frame.
    'content-security-policy':
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-src http://localhost:* http://127.0.0.1:*; base-uri 'none'; form-action 'none'",
  })
  response.end(type === 'application/json' ? JSON.stringify(data) : String(data))
}

/** A running review server. */
export interface ReviewServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serve the review page for a deck on 127.0.0.1 (`port` 0: any free port). `onWrite` runs after the
 * edits file changed (the watch regenerates the deck by itself; tests may wait for it).
 */
export async function startReviewServer(
  options: UpdateOptions,
  settings: { port?: number; deckUrl?: string; onWrite?: () => void } = {},
): Promise<ReviewServer> {
  const token = randomBytes(24).toString('base64url')
  let origin = ''
  const allowedHosts = (): string[] => {
    const port = new URL(origin).port
    return [`127.0.0.1:${port}`, `localhost:${port}`]
  }
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    // A page of another site that reaches this port through DNS rebinding names another host.
    if (!allowedHosts().includes(String(request.headers.host)))
      throw new Refused(421, 'this server answers for 127.0.0.1 and localhost only')
    const path = new URL(request.url ?? '/', origin).pathname
    if (request.method === 'GET' && path === '/')
      return send(response, 200, reviewPage(token), 'text/html')
    if (request.method === 'GET' && path === '/state')
      return send(response, 200, await reviewState(options, settings.deckUrl))
    if (request.method === 'POST' && path === '/edits') {
      const from = String(request.headers.origin ?? '')
      if (!allowedHosts().some(host => from === `http://${host}`))
        throw new Refused(403, 'writes are accepted from the review page only')
      if (request.headers['x-review-token'] !== token)
        throw new Refused(403, 'writes are accepted from the review page only')
      if (!String(request.headers['content-type'] ?? '').startsWith('application/json'))
        throw new Refused(415, 'expected JSON')
      const change = (await body(request)) as ReviewChange
      const text = await changedEdits(options, change)
      await writeAtomic(editsPath(options), text)
      settings.onWrite?.()
      return send(response, 200, {
        file: displayPath(editsPath(options)),
        state: await reviewState(options, settings.deckUrl),
      })
    }
    throw new Refused(404, 'not found')
  }
  const server: Server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      const status = error instanceof Refused ? error.status : error instanceof CliError ? 400 : 500
      if (!response.headersSent)
        send(response, status, { error: (error as Error).message.split('\n')[0] })
      else response.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(settings.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  return {
    url: origin,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
