import { expect, it } from 'vitest'
import * as api from '../../scripts/index.js'

it('exposes the pipeline stages and the CLI entry, nothing else', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CliError', 'EXIT', 'briefingSlides', 'changeReport', 'compileDeck', 'deckFacts', 'decodeArticle',
    'extractBriefing', 'findCountries', 'findMoney', 'flagEmoji', 'formatReport', 'generateDeck', 'main',
    'missingSections', 'normaliseText', 'parseArticle', 'parseIndonesianNumber', 'readArticle', 'staleSlides',
  ])
})
