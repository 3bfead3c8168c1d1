import { expect, it } from 'vitest'
import * as api from '../../scripts/index.js'

it('exposes the pipeline stages and the CLI entry, nothing else', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CliError', 'EXIT', 'SECTIONS', 'briefingSlides', 'changeReport', 'compileDeck', 'coverage', 'deckFacts', 'decodeArticle',
    'extractBriefing', 'extractWithReview', 'findCountries', 'findMoney', 'findSpeakers', 'flagEmoji', 'formatReport', 'generateDeck',
    'labelsFor', 'main', 'missingSections', 'normaliseText', 'parseArticle', 'parseIndonesianNumber', 'readArticle', 'staleSlides',
  ])
})
