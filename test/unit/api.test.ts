import { expect, it } from 'vitest'
import * as api from '../../scripts/index.js'

it('exposes the pipeline stages and the CLI entry, nothing else', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CliError',
    'EXIT',
    'LANGUAGES',
    'SECTIONS',
    'briefingSlides',
    'changeReport',
    'compileDeck',
    'coverage',
    'deckFacts',
    'decodeArticle',
    'extractBriefing',
    'findCountries',
    'findMoney',
    'findSpeakers',
    'flagEmoji',
    'formatReport',
    'generateDeck',
    'grammarOf',
    'labelsFor',
    'main',
    'missingSections',
    'normaliseText',
    'nothingToBrief',
    'parseArticle',
    'parseIndonesianNumber',
    'readArticle',
    'staleSlides',
  ])
})
