import type { Element } from 'hast'
import { condense, ELLIPSIS, wordCount } from '../extract/condense.js'
import { flagEmoji } from './flags.js'
import type { Briefing, Context, Drive, Drives, Item, KeyFigure, Pledge, SourceLink, SourceRef, Speech, Statement } from '../model.js'
import { el } from './html.js'
import type { Labels } from './labels.js'
import { CANVAS, CONTENT_HEIGHT, CONTENT_WIDTH, estimateLines, firstPage, fitsOnePage, paginate, paginateGrid } from './paginate.js'

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

const STATEMENT_WIDTH = (CONTENT_WIDTH - 14) / 2 - 32
const STATEMENT_WIDTH_DENSE = (CONTENT_WIDTH - 2 * 14) / 3 - 32
/** Up to this many statements may share one slide in three columns. */
const MAX_DENSE_STATEMENTS = 6
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

/**
 * The content height left under a slide's heading. CONTENT_HEIGHT counts one line of the
 * 30 px heading; a long one (a speaker's full title, say) takes 38 px more per line.
 */
function budgetUnder(title: string): number {
  return CONTENT_HEIGHT - (estimateLines(title, 33, CONTENT_WIDTH) - 1) * 38
}

function footer(briefing: Briefing, labels: Labels): Element {
  return el('footer.deck-footer', {}, briefing.cover.publisher ? `${labels.sources}: ${briefing.cover.publisher}` : briefing.cover.title)
}

/** Append "(lanjutan)" to the titles of continuation pages and number their aliases. */
function continued(alias: string, title: string, page: number, labels: Labels): { alias: string, title: string } {
  return page === 0 ? { alias, title } : { alias: `${alias}-${page + 1}`, title: `${title} (${labels.continued})` }
}

/** Font sizes of the cover's title, largest first (classes `title-52` … in slides/style.css). */
const COVER_TITLE_SIZES = [52, 44, 38, 32]

/**
 * The largest title size at which the cover fits its 440 px between paddings: kicker,
 * title lines (1.3 line height, heavy letters), subtitle lines (22 px, 760 px wide) and the meta line.
 */
function coverTitleSize(title: string, subtitle?: string): string {
  const rest = 28 + 26 + (subtitle ? estimateLines(subtitle, 22, 760) * 31 : 0) + 50
  const size = COVER_TITLE_SIZES.find(px => estimateLines(title, px * 1.05, CANVAS.width - 144) * px * 1.3 + rest <= CANVAS.height - 112)
  return `title-${size ?? COVER_TITLE_SIZES.at(-1)}`
}

/** The cover: title, subtitle, publisher and date when the article gives one. */
export function coverSlide(briefing: Briefing, sources: SourceRef[], labels: Labels): Slide {
  const { cover } = briefing
  return {
    alias: 'cover',
    title: cover.title,
    layout: 'cover',
    sources,
    body: el('div.cover', {},
      el('p.kicker', {}, labels.cover),
      el(`h1.${coverTitleSize(cover.title, cover.subtitle)}`, fact('title', 'judul'), cover.title),
      cover.subtitle && el('p.subtitle', {}, cover.subtitle),
      el('p.meta', {}, [cover.place, cover.date, cover.publisher].filter(Boolean).join(' · '))),
  }
}

/** Attendance figures and who attended. */
export function contextSlide(briefing: Briefing, context: Context, labels: Labels): Slide {
  const figureHeight = context.figures.length > 0 ? 118 : 0
  const shown = firstPage(context.attendees, item => estimateLines(item.text, 18, CONTENT_WIDTH - 24) * 25, CONTENT_HEIGHT - figureHeight - 36, 6)
  return {
    alias: 'context',
    title: labels.context,
    layout: 'briefing',
    sources: [...context.figures.map(figure => figure.source), ...context.attendees.map(item => item.source)],
    body: el('div.slide.context', {},
      heading(labels.context),
      context.figures.length > 0 && el('div.figures', {}, context.figures.map(figure =>
        el('div.figure', line(figure.source),
          // The number as the article writes it ("1.200", not 1200).
          el('span.figure-value', {}, figure.number),
          el('span.figure-text', fact('figure', labels.figures[figure.role]), figure.text),
          el('span.figure-role', {}, labels.figures[figure.role])))),
      shown && shown.length > 0 && [
        el('h2', {}, labels.attendees),
        el('ul.attendees', {}, shown.map(item => el('li', { ...line(item.source), ...fact('attendee') }, item.text))),
      ],
      footer(briefing, labels)),
  }
}

/**
 * What the speech slide shows: the messages and the closing commitment, on one slide. When they do not
 * fit, the least salient messages give way (they stay in the presenter notes).
 */
export function speechShown(speech: Speech, labels: Labels): Array<{ item: Item, closing: boolean }> {
  const closing = speech.closing ? [{ item: speech.closing, closing: true }] : []
  let messages = [...speech.messages]
  const height = (entries: Array<{ item: Item, closing: boolean }>): number => entries.reduce((sum, entry, index) =>
    sum + speechEntryHeight(entry, labels) + (index > 0 ? 12 : 0), 0)
  const entries = (): Array<{ item: Item, closing: boolean }> => [...messages.map(item => ({ item, closing: false })), ...closing]
  const budget = budgetUnder(speech.speaker)
  const fits = (): boolean => height(entries()) <= budget
  const dropLeast = (): void => {
    const least = messages.reduce((worst, message) => message.rank > worst.rank ? message : worst)
    messages = messages.filter(message => message !== least)
  }
  // First the messages past the four most salient give way; then long messages are shortened (whole clauses,
  // still verbatim); only then does a salient message go (it stays in the notes).
  while (messages.length > 4 && !fits()) dropLeast()
  for (let longest = longestOver(messages, SHORT_MESSAGE_WORDS); longest && !fits(); longest = longestOver(messages, SHORT_MESSAGE_WORDS)) {
    const shorter = { ...longest, text: condense(longest.text, SHORT_MESSAGE_WORDS) }
    if (wordCount(shorter.text.replace(/…/gu, '')) >= wordCount(longest.text.replace(/…/gu, ''))) break
    messages = messages.map(message => message === longest ? shorter : message)
  }
  while (messages.length > 1 && !fits()) dropLeast()
  return entries()
}

/** Messages shortened to fit share the slide: at most this many words each. */
const SHORT_MESSAGE_WORDS = 18

function longestOver<T extends Item>(items: T[], words: number): T | undefined {
  return items.filter(item => wordCount(item.text.replace(/…/gu, '')) > words).sort((a, b) => b.text.length - a.text.length)[0]
}

// A message's height on the speech slide; the closing carries its label.
function speechEntryHeight(entry: { item: Item, closing: boolean }, labels: Labels): number {
  return estimateLines(entry.closing ? `${labels.closing}: ${entry.item.text}` : entry.item.text, 20, CONTENT_WIDTH - 28) * 28 + 10
}

/** The main speaker's key messages, closing with the commitment, then the quote on a slide of its own. */
export function speechSlides(briefing: Briefing, speech: Speech, labels: Labels): Slide[] {
  const pages = paginate(speechShown(speech, labels), entry => speechEntryHeight(entry, labels), budgetUnder(speech.speaker))
  const slides: Slide[] = pages.map((page, index) => ({
    ...continued('speech', `${labels.speech}: ${speech.speaker}`, index, labels),
    layout: 'briefing',
    sources: speech.heard,
    body: el('div.slide.speech', {},
      heading(continued('speech', speech.speaker, index, labels).title, labels.speech),
      el('ul.messages', {}, page.map(({ item, closing }) => closing
        ? el('li.closing', line(item.source), el('strong.closing-label', {}, `${labels.closing}:`), ' ', el('span', fact('closing', labels.closing), item.text))
        : el('li', { ...line(item.source), ...fact('message') }, item.text))),
      footer(briefing, labels)),
  }))
  if (speech.quote) {
    const more = quotesShown(speech)
    slides.push({
      alias: 'quote',
      title: labels.quote,
      layout: 'quote',
      sources: [speech.quote, ...more].map(item => item.source),
      body: el('div.quote', {},
        el('blockquote', { ...line(speech.quote.source), ...fact('quote', labels.quote) }, mark('“', 'open'), el('p', {}, speech.quote.text, mark('”'))),
        more.length > 0 && el('ul.more-quotes', {}, more.map(item => el('li', { ...line(item.source), ...fact('quote', item.text) }, mark('“', 'open'), item.text, mark('”')))),
        el('p.attribution', {}, mark('— '), speech.speaker),
        footer(briefing, labels)),
    })
  }
  return slides
}

/**
 * A typographic mark around article text (quotation marks, the attribution's dash). It is a real
 * element, not a CSS ::before/::after, so that the editable PowerPoint export keeps it.
 */
function mark(text: string, kind?: 'open'): Element {
  return el(kind ? `span.mark.${kind}` : 'span.mark', { ariaHidden: 'true' }, text)
}

/** The quotes shown under the main one: those that fit on the quote slide with it. */
export function quotesShown(speech: Speech): Item[] {
  if (!speech.quote) return []
  const width = CANVAS.width - 160
  // The quote (at least as tall as its hanging mark), the attribution, the footer.
  let height = Math.max(estimateLines(speech.quote.text, 30, width) * 39, 68) + 22 + 24 + 48
  const shown: Item[] = []
  for (const item of speech.quotes ?? []) {
    const needed = estimateLines(item.text, 20, width - 24) * 27 + 14
    if (height + needed > CANVAS.height - 96 - 40) break
    height += needed
    shown.push(item)
  }
  return shown
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
export function driveSlides(briefing: Briefing, drives: Drives, labels: Labels): Slide[] {
  const title = drives.label ? `“${drives.label}”` : labels.points
  return paginate(drives.items, driveHeight, budgetUnder(`${title} (${labels.continued})`), 6).map((page, index) => ({
    ...continued('drives', title, index, labels),
    layout: 'briefing',
    sources: page.map(drive => drive.source),
    body: el('div.slide.drives', {},
      heading(continued('drives', title, index, labels).title, labels.points),
      el('ol.drive-list', {}, page.map(drive => el('li.drive', line(drive.source),
        el('span.drive-ordinal', {}, drive.ordinal),
        el('div.drive-body', fact('drive', drive.ordinal),
          el('p.drive-headline', {}, drive.headline),
          driveDetail(drive) && el('p.drive-detail', {}, driveDetail(drive)!))))),
      footer(briefing, labels)),
  }))
}

function statementHeight(statement: Statement, width = STATEMENT_WIDTH): number {
  // The heading (after the flag), the speaker in capitals (wider than the font size says), the message, the padding.
  const subtitle = statementSubtitle(statement)
  return estimateLines(statementHeading(statement), 20, width - 30) * 30
    + (subtitle ? estimateLines(subtitle, 17, width) * 21 + 3 : 0)
    + estimateLines(statement.message, 18, width) * 25 + 26
}

/** The card's heading: the country (with its flag) or the organisation, else the speaker as named. */
function statementHeading(statement: Statement): string {
  return statement.country ?? statement.organisation ?? statement.speaker
}

/** The line under the heading: the speaker as the article names them, when it says more than the heading. */
function statementSubtitle(statement: Statement): string | undefined {
  return statement.speaker !== statementHeading(statement) ? statement.speaker : undefined
}

/** A badge for a speaker without a country: the first letter of the heading. */
function badge(statement: Statement): Element {
  return statement.code
    ? el('span.flag', { ariaHidden: 'true' }, flagEmoji(statement.code))
    : el('span.badge', { ariaHidden: 'true' }, statementHeading(statement).replace(/^[^\p{L}]+/u, '').slice(0, 1).toUpperCase())
}

/**
 * Other speakers' statements as a two-column grid of cards, continued on `statements-2`, …
 * with the cards spread evenly; up to six that fit one slide in three columns share it.
 */
export function statementSlides(briefing: Briefing, statements: Statement[], labels: Labels): Slide[] {
  const twoColumns = paginateGrid(statements, 2, statement => statementHeight(statement))
  const dense = twoColumns.length > 1 && statements.length <= MAX_DENSE_STATEMENTS
    && fitsOnePage(statements, 3, statement => statementHeight(statement, STATEMENT_WIDTH_DENSE))
  const pages = dense ? [statements] : twoColumns
  return pages.map((page, index) => ({
    ...continued('statements', labels.statements, index, labels),
    layout: 'briefing',
    sources: page.flatMap(statement => statement.heard),
    body: el('div.slide.statements', {},
      heading(continued('statements', labels.statements, index, labels).title),
      el(dense ? 'div.statement-grid.dense' : 'div.statement-grid', {}, page.map(statement => el('article.statement', { ...line(statement.source), ...fact('statement', statement.speaker) },
        el('p.statement-country', {}, badge(statement), ` ${statementHeading(statement)}`),
        statementSubtitle(statement) && el('p.statement-office', {}, statementSubtitle(statement)!),
        el('p.statement-message', {}, statement.message)))),
      footer(briefing, labels)),
  }))
}

/** Each pledge as a fact: the amount large, who pledges and what for. */
export function pledgeSlides(briefing: Briefing, pledges: Pledge[], labels: Labels): Slide[] {
  if (pledges.length > MAX_PLEDGE_FACTS) return pledgeListSlides(briefing, pledges, labels)
  return pledges.map((pledge, index) => ({
    ...continued('pledge', labels.pledge, index, labels),
    layout: 'fact',
    sources: [pledge.source, ...(pledge.parts ?? []).map(part => part.source)],
    body: el('div.pledge', line(pledge.source),
      el('p.kicker', {}, labels.pledge),
      el('p.pledge-amount', fact('amount', pledge.pledger), pledge.amount.text),
      pledge.conversion && el('p.pledge-conversion', {}, `(${pledge.conversion.text})`),
      el('p.pledge-who', {}, pledge.code ? [el('span.flag', { ariaHidden: 'true' }, flagEmoji(pledge.code)), ` ${pledge.pledger}`] : pledge.pledger),
      pledge.by && el('p.pledge-by', {}, pledge.by),
      pledge.purpose && el('p.pledge-purpose', {}, pledge.purpose),
      pledge.parts && el('ul.pledge-parts', {}, pledge.parts.map(part => el('li', { ...line(part.source), ...fact('part', part.amount.text) }, el('strong', {}, part.amount.text), part.purpose ? ` ${part.purpose}` : ''))),
      footer(briefing, labels)),
  }))
}

/** Up to this many pledges get a slide each; more are listed in rows. */
const MAX_PLEDGE_FACTS = 2
const PLEDGE_ROW_WIDTH = CONTENT_WIDTH - 250

function pledgeRowHeight(pledge: Pledge): number {
  const details = [pledge.by, pledge.purpose].filter(Boolean).join(' · ')
  return Math.max(estimateLines(pledge.amount.text, 26, 220) * 32 + (pledge.conversion ? 20 : 0), 28 + (details ? estimateLines(details, 16, PLEDGE_ROW_WIDTH) * 22 : 0)) + 18
}

/** Several pledges as rows: the amount as written, who pledges, who announced it, and what for. */
function pledgeListSlides(briefing: Briefing, pledges: Pledge[], labels: Labels): Slide[] {
  return paginate(pledges, pledgeRowHeight, CONTENT_HEIGHT, 8).map((page, index) => ({
    ...continued('pledge', labels.pledge, index, labels),
    layout: 'briefing',
    sources: page.flatMap(pledge => [pledge.source, ...(pledge.parts ?? []).map(part => part.source)]),
    body: el('div.slide.pledges', {},
      heading(continued('pledge', labels.pledge, index, labels).title),
      el('ol.pledge-list', {}, page.map(pledge => el('li.pledge-row', line(pledge.source),
        el('div.pledge-row-amount', {},
          el('span', fact('amount', pledge.pledger), pledge.amount.text),
          pledge.conversion && el('span.pledge-row-conversion', {}, `(${pledge.conversion.text})`)),
        el('div.pledge-row-body', {},
          el('p.pledge-row-who', {}, pledge.code ? [el('span.flag', { ariaHidden: 'true' }, flagEmoji(pledge.code)), ` ${pledge.pledger}`] : pledge.pledger),
          (pledge.by || pledge.purpose) && el('p.pledge-row-detail', {}, [pledge.by, pledge.purpose].filter(Boolean).join(' · ')))))),
      footer(briefing, labels)),
  }))
}

const FIGURE_WIDTH = (CONTENT_WIDTH - 2 * 14) / 3 - 28

/** Key figures as cards of three columns: the figure as written, large, and the clause that says what it is. */
export function keyFigureSlides(briefing: Briefing, figures: KeyFigure[], labels: Labels): Slide[] {
  const height = (figure: KeyFigure): number => estimateLines(figure.figure, 30, FIGURE_WIDTH) * 38 + estimateLines(figure.context, 16, FIGURE_WIDTH) * 22 + 28
  const pages = paginateGrid(figures, 3, height)
  return pages.map((page, index) => ({
    ...continued('figures', labels.keyFigures, index, labels),
    layout: 'briefing',
    sources: page.map(figure => figure.source),
    body: el('div.slide.key-figures', {},
      heading(continued('figures', labels.keyFigures, index, labels).title),
      el('div.key-figure-grid', {}, page.map(figure => el('article.key-figure', line(figure.source),
        el('p.key-figure-value', fact('key-figure', figure.figure), figure.figure),
        el('p.key-figure-context', {}, figure.context)))),
      footer(briefing, labels)),
  }))
}

/** The sources: publisher, link, and the date when known. */
export function sourcesSlide(briefing: Briefing, link: SourceLink, labels: Labels): Slide {
  return {
    alias: 'sources',
    title: labels.sources,
    layout: 'briefing',
    sources: [link.source],
    body: el('div.slide.sources', {},
      heading(labels.sources),
      el('p.source-link', line(link.source),
        el('span.source-domain', {}, link.domain),
        el('a', { ...fact('link', 'url'), href: link.url, target: '_blank', rel: ['noopener', 'noreferrer'] }, link.url)),
      briefing.cover.date && el('p.source-date', {}, briefing.cover.date),
      footer(briefing, labels)),
  }
}
