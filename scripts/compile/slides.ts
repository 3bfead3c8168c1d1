import type { Element } from 'hast'
import { ELLIPSIS } from '../extract/condense.js'
import { LABELS } from '../extract/conventions.js'
import { flagEmoji } from '../extract/countries.js'
import type { Briefing, Context, Drive, Drives, Item, Pledge, SourceRef, Speech, Statement } from '../model.js'
import { el } from './html.js'
import { CONTENT_HEIGHT, CONTENT_WIDTH, estimateLines, paginate, rows } from './paginate.js'

/** One slide of the deck before serialization. */
export interface Slide {
  /** Stable route alias: `cover`, `speech`, `statements-2`, … */
  alias: string
  /** Plain-text title for the outline and the presenter. */
  title: string
  layout: string
  body: Element
  /** The article sentences the slide draws on: they become its presenter notes. */
  sources: SourceRef[]
}

const STATEMENT_WIDTH = (CONTENT_WIDTH - 16) / 2 - 32
const DRIVE_WIDTH = CONTENT_WIDTH - 150

function line(source: SourceRef): { dataLine: number, dataColumn: number } {
  return { dataLine: source.line, dataColumn: source.column }
}

/** Mark an element as a fact for the change report; without a key, its text is the key. */
function fact(kind: string, key?: string): { dataFact: string, dataKey?: string } {
  return key === undefined ? { dataFact: kind } : { dataFact: kind, dataKey: key }
}

function heading(text: string, kicker?: string): Element[] {
  return [
    ...(kicker ? [el('p.kicker', {}, kicker)] : []),
    el('h1', {}, text),
  ]
}

function footer(briefing: Briefing): Element {
  return el('footer.deck-footer', {}, briefing.cover.publisher ? `${LABELS.sources}: ${briefing.cover.publisher}` : briefing.cover.title)
}

/** Append "(lanjutan)" to the titles of continuation pages and number their aliases. */
function continued(alias: string, title: string, page: number): { alias: string, title: string } {
  return page === 0 ? { alias, title } : { alias: `${alias}-${page + 1}`, title: `${title} (${LABELS.continued})` }
}

/** The cover: title, subtitle, publisher and date when the article gives one. */
export function coverSlide(briefing: Briefing, sources: SourceRef[]): Slide {
  const { cover } = briefing
  return {
    alias: 'cover',
    title: cover.title,
    layout: 'cover',
    sources,
    body: el('div.cover', {},
      el('p.kicker', {}, LABELS.cover),
      el('h1', fact('title', 'judul'), cover.title),
      cover.subtitle && el('p.subtitle', {}, cover.subtitle),
      el('p.meta', {}, [cover.publisher, cover.date].filter(Boolean).join(' · '))),
  }
}

/** Attendance figures and who attended. */
export function contextSlide(briefing: Briefing, context: Context): Slide {
  const figureHeight = context.figures.length > 0 ? 118 : 0
  const [shown] = paginate(context.attendees, item => estimateLines(item.text, 18, CONTENT_WIDTH - 24) * 25, CONTENT_HEIGHT - figureHeight - 36, 6)
  return {
    alias: 'context',
    title: LABELS.context,
    layout: 'briefing',
    sources: [...context.figures.map(figure => figure.source), ...context.attendees.map(item => item.source)],
    body: el('div.slide.context', {},
      heading(LABELS.context),
      context.figures.length > 0 && el('div.figures', {}, context.figures.map(figure =>
        el('div.figure', line(figure.source),
          // The number as the article writes it ("1.200", not 1200).
          el('span.figure-value', {}, figure.number),
          el('span.figure-text', fact('figure', LABELS.figures[figure.role]), figure.text),
          el('span.figure-role', {}, LABELS.figures[figure.role])))),
      shown && shown.length > 0 && [
        el('h2', {}, LABELS.attendees),
        el('ul.attendees', {}, shown.map(item => el('li', { ...line(item.source), ...fact('attendee') }, item.text))),
      ],
      footer(briefing)),
  }
}

/** The host's key messages, then the quote on a slide of its own. */
export function speechSlides(briefing: Briefing, speech: Speech): Slide[] {
  const pages = paginate(speech.messages, item => estimateLines(item.text, 20, CONTENT_WIDTH - 28) * 28 + 10, CONTENT_HEIGHT)
  const slides: Slide[] = pages.map((page, index) => ({
    ...continued('speech', `${LABELS.speech}: ${speech.speaker}`, index),
    layout: 'briefing',
    sources: speech.heard,
    body: el('div.slide.speech', {},
      heading(continued('speech', speech.speaker, index).title, LABELS.speech),
      el('ul.messages', {}, page.map(item => el('li', { ...line(item.source), ...fact('message') }, item.text))),
      footer(briefing)),
  }))
  if (speech.quote) {
    slides.push({
      alias: 'quote',
      title: LABELS.quote,
      layout: 'quote',
      sources: [speech.quote.source],
      body: el('div.quote', {},
        el('blockquote', { ...line(speech.quote.source), ...fact('quote', LABELS.quote) }, el('p', {}, speech.quote.text)),
        el('p.attribution', {}, speech.speaker),
        footer(briefing)),
    })
  }
  return slides
}

/** The part of a drive's text after its headline, when there is more to say. */
function driveDetail(drive: Drive): string | undefined {
  const shown = drive.headline.endsWith(ELLIPSIS) ? drive.headline.slice(0, -ELLIPSIS.length).trimEnd() : drive.headline
  const rest = drive.text.slice(shown.length).replace(/^[\s,;:]+/u, '')
  if (!rest) return undefined
  return drive.headline.endsWith(ELLIPSIS) ? `${ELLIPSIS} ${rest}` : rest
}

function driveHeight(drive: Drive): number {
  const detail = driveDetail(drive)
  return estimateLines(drive.headline, 20, DRIVE_WIDTH) * 27 + (detail ? estimateLines(detail, 18, DRIVE_WIDTH) * 25 : 0) + 14
}

/** The drives as numbered rows, labelled with the article's own ordinal words. */
export function driveSlides(briefing: Briefing, drives: Drives): Slide[] {
  const title = drives.label ? `“${drives.label}”` : LABELS.drives
  return paginate(drives.items, driveHeight, CONTENT_HEIGHT, 6).map((page, index) => ({
    ...continued('drives', title, index),
    layout: 'briefing',
    sources: page.map(drive => drive.source),
    body: el('div.slide.drives', {},
      heading(continued('drives', title, index).title, LABELS.drives),
      el('ol.drive-list', {}, page.map(drive => el('li.drive', line(drive.source),
        el('span.drive-ordinal', {}, drive.ordinal),
        el('div.drive-body', fact('drive', drive.ordinal),
          el('p.drive-headline', {}, drive.headline),
          driveDetail(drive) && el('p.drive-detail', {}, driveDetail(drive)!))))),
      footer(briefing)),
  }))
}

function statementHeight(statement: Statement): number {
  return 30 + (statement.office ? 24 : 0) + estimateLines(statement.message, 18, STATEMENT_WIDTH) * 25 + 26
}

/** Country statements as a two-column grid of cards, continued on `statements-2`, … as needed. */
export function statementSlides(briefing: Briefing, statements: Statement[]): Slide[] {
  const grid = rows(statements, 2)
  const pages = paginate(grid, row => Math.max(...row.map(statementHeight)), CONTENT_HEIGHT, 14)
  return pages.map((page, index) => ({
    ...continued('statements', LABELS.statements, index),
    layout: 'briefing',
    sources: page.flat().map(statement => statement.source),
    body: el('div.slide.statements', {},
      heading(continued('statements', LABELS.statements, index).title),
      el('div.statement-grid', {}, page.flat().map(statement => el('article.statement', { ...line(statement.source), ...fact('statement', statement.country) },
        el('p.statement-country', {}, el('span.flag', { ariaHidden: 'true' }, flagEmoji(statement.code)), ` ${statement.country}`),
        statement.office && el('p.statement-office', {}, statement.office),
        el('p.statement-message', {}, statement.message)))),
      footer(briefing)),
  }))
}

/** Each pledge as a fact: the amount large, who pledges and what for. */
export function pledgeSlides(briefing: Briefing, pledges: Pledge[]): Slide[] {
  return pledges.map((pledge, index) => ({
    ...continued('pledge', LABELS.pledge, index),
    layout: 'fact',
    sources: [pledge.source],
    body: el('div.pledge', line(pledge.source),
      el('p.kicker', {}, LABELS.pledge),
      el('p.pledge-amount', fact('amount', pledge.pledger), pledge.amount.text),
      el('p.pledge-who', {}, pledge.code ? [el('span.flag', { ariaHidden: 'true' }, flagEmoji(pledge.code)), ` ${pledge.pledger}`] : pledge.pledger),
      pledge.purpose && el('p.pledge-purpose', {}, pledge.purpose),
      footer(briefing)),
  }))
}

/** The source link and the host's closing commitment. */
export function sourcesSlide(briefing: Briefing, closing: Item | undefined): Slide {
  const link = briefing.sourceLink
  return {
    alias: 'sources',
    title: LABELS.sources,
    layout: 'briefing',
    sources: [link?.source, closing?.source].filter((source): source is SourceRef => Boolean(source)),
    body: el('div.slide.sources', {},
      heading(LABELS.sources),
      closing && [
        el('h2', {}, LABELS.closing),
        el('blockquote.closing', { ...line(closing.source), ...fact('closing', LABELS.closing) }, el('p', {}, closing.text)),
      ],
      link && el('p.source-link', line(link.source),
        el('span.source-domain', {}, link.domain),
        el('a', { ...fact('link', 'url'), href: link.url, target: '_blank', rel: ['noopener', 'noreferrer'] }, link.url)),
      footer(briefing)),
  }
}
