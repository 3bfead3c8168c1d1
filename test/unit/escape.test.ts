import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { deckSlides, fixtureText } from '../helpers.js'

const deck = generateDeck(fixtureText('payloads'))
const lines = deck.markdown.split('\n')

describe('escaping article text for Slidev', () => {
  it('puts every slide body in one HTML line whose root has v-pre (no Vue compilation of {{ }})', () => {
    const bodies = lines.filter(line => line.startsWith('<div'))
    expect(bodies).toHaveLength(deckSlides(deck.markdown).length)
    for (const body of bodies) expect(body).toMatch(/^<div class="[^"]+" (?:[^>]* )?v-pre[ >]/u)
    expect(deck.markdown).toContain(
      '{{ 7*7 }} dan &#x3C;script&gt;alert("skrip")&#x3C;/script&gt; serta &#x3C;img src=x onerror=alert("gambar")&gt; harus',
    )
  })

  it('never lets article text start a line, so ---, ::slot:: and $$ blocks cannot appear', () => {
    const allowed =
      /^(?:<div |<!--$|-->$|<p class="(?:notes-heading|source-sentence)"|---$|[\w-]+:|\s+[\w-]+:|\s+- |$)/u
    expect(lines.filter(line => !allowed.test(line))).toEqual([])
  })

  it('writes > as &gt; so that no text closes the notes comment early', () => {
    for (const slide of deckSlides(deck.markdown)) expect(slide.note ?? '').not.toContain('-->')
    expect(deck.markdown).toContain('&#x3C;!-- catatan --&gt; serta --&gt; dan')
  })

  it('quotes YAML-significant titles, and Slidev reads them back exactly', () => {
    const headline = fixtureText('payloads').split('\n')[0]!.replace(/^# /u, '')
    expect(lines[2]).toBe(`title: ${JSON.stringify(headline)}`)
    expect(deckSlides(deck.markdown)[0].frontmatter.title).toBe(headline)
  })

  it('links only to http(s) sources', () => {
    expect(deck.markdown).not.toMatch(/href="(?!https?:)/u)
  })
})
