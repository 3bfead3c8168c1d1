// The sections of the briefing, in presenting order: one entry per section, in the manner of
// mdast-util-to-markdown's handler map. The model's extraction, the "missing section" warnings, the slide
// order and the coverage report all read this list; adding a section means one entry here, its
// extractor, and its slides.
import type { Labels } from './compile/labels.js'
import type { Slide } from './compile/slides.js'
import { labelsFor } from './compile/labels.js'
import { contextSlide, driveSlides, keyFigureSlides, pledgeSlides, quotesShown, sourcesSlide, speechShown, speechSlides, statementSlides } from './compile/slides.js'
import { extractContext } from './extract/context.js'
import { extractDrives } from './extract/enumerations.js'
import { extractKeyFigures } from './extract/key-figures.js'
import { extractPledges, isPledge } from './extract/pledges.js'
import type { Speakers } from './extract/speakers.js'
import { extractSourceLink } from './extract/source-link.js'
import { extractSpeech } from './extract/speech.js'
import { extractStatements } from './extract/statements.js'
import type { Article, Briefing, Doubt, ReviewItem, Sentence, SourceRef } from './model.js'
import type { Grammar } from './lang/grammar.js'

/** What every extractor may read: the article, its speakers, and the sections extracted before it. */
export interface ExtractionContext {
  grammar: Grammar
  article: Article
  speakers: Speakers
  /** Items the extraction was unsure of: they go to the review list, not to a slide. */
  review: ReviewItem[]
  /** The value of another section (extracted on first use). */
  section: <K extends SectionKey>(key: K) => Briefing[K]
}

/** The sections' names, as in warnings, `--json` and `--strict`, in presenting order. */
export type SectionName = 'context' | 'speech' | 'drives' | 'statements' | 'pledge' | 'figures' | 'sources'

type SectionKey = 'context' | 'speech' | 'drives' | 'statements' | 'pledges' | 'figures' | 'sourceLink'

/** One section of the briefing: how it is found, when it is empty, and how it is shown. */
export interface SectionDefinition<K extends SectionKey = SectionKey> {
  /** The name in warnings, `--json` and `--strict`. */
  name: SectionName
  /** Where the model keeps it. */
  key: K
  /** What the extractor looks for: printed when the section is missing. */
  lookedFor: string
  /** True when the section is content about the event (the sources are not). */
  content: boolean
  /** True when an article without it lacks nothing: no warning, not in the missing list. */
  optional?: boolean
  extract: (context: ExtractionContext) => Briefing[K]
  isEmpty: (value: Briefing[K]) => boolean
  slides: (briefing: Briefing, value: NonNullable<Briefing[K]>, labels: Labels) => Slide[]
  /** The sentences whose words the slides show (the rest of the section's sentences are in the notes). */
  shown: (value: NonNullable<Briefing[K]>) => SourceRef[]
}

function define<K extends SectionKey>(section: SectionDefinition<K>): SectionDefinition<K> {
  return section
}

/** A doubt of a section's extractor as an item of the review list. */
export function reviewItem(section: string, doubt: Doubt): ReviewItem {
  return { section, reason: doubt.reason, line: doubt.source.line, column: doubt.source.column, sentence: doubt.source.sentence }
}

/** A test for sentences that some items come from. */
function inSentences(refs: SourceRef[] | undefined): (sentence: Sentence) => boolean {
  const keys = new Set((refs ?? []).map(ref => ref.sentence))
  return sentence => keys.has(sentence.sentence)
}

/** The sections, in presenting order. */
export const SECTIONS = [
  define({
    name: 'context',
    key: 'context',
    lookedFor: 'a sentence about who attended (hadir/menghadiri/diikuti) or counts such as "lebih dari 40 negara"',
    content: true,
    extract: ({ grammar, article }) => extractContext(grammar, article.sentences),
    isEmpty: value => !value,
    slides: (briefing, value, labels) => [contextSlide(briefing, value, labels)],
    shown: value => [...value.figures.map(figure => figure.source), ...value.attendees.map(item => item.source)],
  }),
  define({
    name: 'speech',
    key: 'speech',
    lookedFor: 'statements attributed to one speaker (X mengatakan bahwa …, "…," kata X, Menurut X, …)',
    content: true,
    extract: ({ grammar, speakers, section }) => extractSpeech(grammar, speakers.main, inSentences(section('drives')?.items.map(item => item.source))),
    isEmpty: value => !value,
    slides: (briefing, value, labels) => speechSlides(briefing, value, labels),
    shown: value => [...speechShown(value, labelsFor()).map(entry => entry.item), ...(value.quote ? [value.quote] : []), ...quotesShown(value)].map(item => item.source),
  }),
  define({
    name: 'drives',
    key: 'drives',
    lookedFor: 'enumerated points (Pertama, … Kedua, …; (1) … (2); 1./2. or a)/b) lines; "tiga langkah, yaitu A, B, dan C")',
    content: true,
    extract: ({ grammar, article, review, speakers }) => {
      const doubts: Doubt[] = []
      const mainSays = new Set(speakers.main?.attributions.map(attribution => attribution.sentence))
      const drives = extractDrives(grammar, article.sentences, article.paragraphs, doubts, sentence => mainSays.has(sentence))
      review.push(...doubts.map(doubt => reviewItem('drives', doubt)))
      return drives
    },
    isEmpty: value => !value,
    slides: (briefing, value, labels) => driveSlides(briefing, value, labels),
    shown: value => value.items.map(item => item.source),
  }),
  define({
    name: 'statements',
    key: 'statements',
    lookedFor: 'statements attributed to speakers other than the main one (an office, a name, an organisation or a country)',
    content: true,
    extract: ({ grammar, speakers, section }) => {
      const elsewhere = inSentences([...(section('drives')?.items.map(item => item.source) ?? []), ...section('pledges').map(pledge => pledge.source)])
      return extractStatements(speakers.speakers, speakers.main, sentence => elsewhere(sentence) || isPledge(grammar, sentence.sentence))
    },
    isEmpty: value => value.length === 0,
    slides: (briefing, value, labels) => statementSlides(briefing, value, labels),
    shown: value => value.map(statement => statement.source),
  }),
  define({
    name: 'pledge',
    key: 'pledges',
    lookedFor: 'a pledging verb (menjanjikan, berkomitmen memberikan …) with an amount (e.g. "$12,5 juta", "USD75 juta") and who pledges it',
    content: true,
    extract: ({ grammar, article, speakers, review }) => {
      const doubts: Doubt[] = []
      const attributions = speakers.speakers.flatMap(speaker => speaker.attributions)
      const pledges = extractPledges(grammar, article.sentences, attributions, speakers.speakers, doubts)
      review.push(...doubts.map(doubt => reviewItem('pledge', doubt)))
      return pledges
    },
    isEmpty: value => value.length === 0,
    slides: (briefing, value, labels) => pledgeSlides(briefing, value, labels),
    shown: value => value.flatMap(pledge => [pledge.source, ...(pledge.parts ?? []).map(part => part.source)]),
  }),
  define({
    name: 'figures',
    key: 'figures',
    lookedFor: 'amounts, percentages and counts (e.g. "40 paket", "2,5%"), those of the lead and the main speaker first',
    content: true,
    optional: true,
    extract: ({ grammar, article, speakers, section, review }) => {
      const lead = new Set(article.sentences.filter(sentence => sentence.paragraph <= (article.sentences[0]?.paragraph ?? 0) + 2))
      // What the main speaker says in their own words may refer to anything: their reported statements count.
      const said = new Set(speakers.main?.attributions.filter(attribution => attribution.form !== 'continued').map(attribution => attribution.sentence))
      const pledged = section('pledges').map(pledge => pledge.source)
      // An amount left for review (pledged, but by whom?) goes on no slide, not even as a figure.
      const pledgeSentences = new Set([...pledged.map(source => source.sentence), ...review.filter(item => item.section === 'pledge').map(item => item.sentence)])
      const exclude = [...(section('context')?.figures.map(figure => figure.source) ?? []), ...pledged]
      return extractKeyFigures(grammar, article.sentences.filter(sentence => !pledgeSentences.has(sentence.sentence)), sentence => lead.has(sentence) ? 0 : said.has(sentence) ? 1 : 2, exclude)
    },
    isEmpty: value => value.length === 0,
    slides: (briefing, value, labels) => keyFigureSlides(briefing, value, labels),
    shown: value => value.map(figure => figure.source),
  }),
  define({
    name: 'sources',
    key: 'sourceLink',
    lookedFor: 'a line "Sumber: https://…"',
    content: false,
    extract: ({ grammar, article }) => extractSourceLink(grammar, article.paragraphs),
    isEmpty: value => !value,
    slides: (briefing, value, labels) => [sourcesSlide(briefing, value, labels)],
    shown: value => [value.source],
  }),
]

