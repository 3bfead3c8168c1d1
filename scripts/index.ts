// The public surface of the generator: the pipeline stages and the CLI entry.
export { compileDeck } from './compile/compile-deck.js'
export {
  briefingSlides,
  coverage,
  extractBriefing,
  generateDeck,
  missingSections,
  nothingToBrief,
} from './generate-deck.js'
export { findSpeakers } from './extract/speakers.js'
export { SECTIONS } from './sections/index.js'
export type { Briefing, SectionName } from './sections/index.js'
export { labelsFor } from './compile/labels.js'
export { findCountries } from './extract/countries.js'
export { flagEmoji } from './compile/flags.js'
export { findMoney, parseIndonesianNumber } from './extract/money.js'
export { grammarOf } from './lang/grammar.js'
export { LANGUAGES } from './lang/index.js'
export type { Language } from './lang/types.js'
export { main } from './main.js'
export { CliError, EXIT } from './errors.js'
export { parseArticle } from './parse/parse-article.js'
export { readArticle, decodeArticle, normaliseText } from './parse/read-article.js'
export { changeReport, formatReport, staleSlides, deckFacts } from './report/change-report.js'
export type {
  Statement,
  Pledge,
  Point,
  Points,
  Speech,
  Context,
  Count,
  Money,
  SourceRef,
  Article,
  ReviewItem,
  CoverageEntry,
} from './model.js'
