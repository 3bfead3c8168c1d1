// The review page: the article with each sentence coloured by where it ended up (on a slide, only in
// the notes, unused), the review list, the deck's facts and a preview of the deck. It is one static page:
// the article and the deck come as JSON (/state) and are put in with textContent, never as markup, and
// every change goes to the edits file through POST /edits with the page's token.

/** The review page, with the token that its writes must carry. */
export function reviewPage(token: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="review-token" content="${token}">
<title>Review the briefing</title>
<style>
  :root { --navy: #0b2545; --accent: #b3122e; --paper: #faf7f2; --rule: #d9d4ca; --muted: #5b6472; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #14213d; background: var(--paper); }
  header { padding: 10px 18px; background: var(--navy); color: #fff; display: flex; gap: 18px; align-items: baseline; flex-wrap: wrap; }
  header h1 { font-size: 18px; margin: 0; }
  header .legend span { padding: 1px 6px; margin-right: 6px; border-radius: 3px; color: #14213d; }
  main { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 16px; padding: 16px; }
  section { background: #fff; border: 1px solid var(--rule); padding: 12px 14px; }
  h2 { font-size: 15px; margin: 0 0 8px; color: var(--navy); }
  .paragraph { margin: 0 0 10px; }
  .sentence { padding: 1px 2px; border-radius: 3px; }
  .slides { background: #d8efdc; }
  .notes { background: #f8e7b9; }
  .unused { background: #ececec; }
  .line { color: var(--muted); font-size: 12px; margin-right: 4px; }
  button, select { font: inherit; }
  button { border: 1px solid var(--navy); background: #fff; color: var(--navy); padding: 1px 8px; border-radius: 3px; cursor: pointer; }
  button:focus-visible, select:focus-visible, .sentence:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
  .add { margin-left: 4px; font-size: 12px; }
  #toolbar { position: sticky; top: 0; background: #fff; padding: 6px 0; border-bottom: 1px solid var(--rule); margin-bottom: 8px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
  #status { color: var(--muted); }
  #status.error { color: var(--accent); font-weight: 600; }
  ul { padding-left: 18px; margin: 0; }
  li { margin: 0 0 6px; }
  iframe { width: 100%; aspect-ratio: 980 / 552; border: 1px solid var(--rule); background: #fff; }
  .facts li { display: flex; gap: 8px; align-items: baseline; }
  .facts .section { color: var(--muted); font-size: 12px; min-width: 72px; }
  code { font-size: 12px; overflow-wrap: anywhere; }
</style>
</head>
<body>
<header>
  <h1>Review the briefing</h1>
  <span id="source"></span>
  <span class="legend"><span class="slides">on a slide</span><span class="notes">only in the notes</span><span class="unused">unused</span></span>
</header>
<main>
  <section aria-labelledby="article-heading">
    <h2 id="article-heading">The article</h2>
    <div id="toolbar">
      <label for="section">Add the selected text to</label>
      <select id="section"></select>
      <button id="add-selection" type="button">Add selection</button>
      <span id="status" role="status" aria-live="polite"></span>
    </div>
    <div id="article"></div>
  </section>
  <div>
    <section aria-labelledby="deck-heading">
      <h2 id="deck-heading">The deck</h2>
      <div id="preview"></div>
    </section>
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">On the slides</h2>
      <ul id="facts" class="facts"></ul>
    </section>
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">To review</h2>
      <ul id="review"></ul>
    </section>
  </div>
</main>
<script>
const token = document.querySelector('meta[name="review-token"]').content
const status = document.getElementById('status')
const sectionSelect = document.getElementById('section')
let state

function say(text, error) {
  status.textContent = text
  status.className = error ? 'error' : ''
}

function node(tag, props, ...children) {
  const element = document.createElement(tag)
  for (const [key, value] of Object.entries(props || {})) {
    if (key === 'class') element.className = value
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value)
    else element.setAttribute(key, value)
  }
  for (const child of children) element.append(child)
  return element
}

async function write(change) {
  say('Saving…')
  const response = await fetch('/edits', { method: 'POST', headers: { 'content-type': 'application/json', 'x-review-token': token }, body: JSON.stringify(change) })
  const answer = await response.json().catch(() => ({ error: 'no answer' }))
  if (!response.ok) return say(answer.error || 'not saved', true)
  say('Saved to ' + answer.file + '; the deck is regenerated')
  render(answer.state)
  refreshPreview()
}

function refreshPreview() {
  const frame = document.querySelector('#preview iframe')
  if (frame) setTimeout(() => { frame.src = frame.src }, 600)
}

function render(next) {
  state = next
  document.getElementById('source').textContent = state.source + ' · ' + state.edits
  const chosen = sectionSelect.value
  sectionSelect.replaceChildren(...state.addable.map(name => node('option', { value: name }, name)))
  if (state.addable.includes(chosen)) sectionSelect.value = chosen
  const article = document.getElementById('article')
  const paragraphs = []
  let current
  for (const sentence of state.sentences) {
    if (!current || current.paragraph !== sentence.paragraph) {
      current = { paragraph: sentence.paragraph, element: node('p', { class: 'paragraph' }) }
      paragraphs.push(current.element)
    }
    const label = sentence.status === 'slides' ? 'on a slide' : sentence.status === 'notes' ? 'only in the notes' : 'unused'
    current.element.append(
      node('span', { class: 'line' }, String(sentence.line)),
      node('span', { class: 'sentence ' + sentence.status, 'data-line': String(sentence.line), tabindex: '0', title: label, 'aria-label': label + ': ' + sentence.sentence }, sentence.sentence),
      node('button', { type: 'button', class: 'add', 'aria-label': 'Add the sentence of line ' + sentence.line + ' to the chosen section', onclick: () => write({ action: 'add', section: sectionSelect.value, text: sentence.sentence }) }, '+'),
      ' ',
    )
  }
  article.replaceChildren(...paragraphs)
  document.getElementById('facts').replaceChildren(...state.facts.map(fact => node('li', {},
    node('span', { class: 'section' }, fact.section),
    node('span', {}, fact.text),
    node('button', { type: 'button', 'aria-label': 'Hide "' + fact.text + '" from the slides', onclick: () => write({ action: 'hide', text: fact.anchor }) }, 'Hide'))))
  document.getElementById('review').replaceChildren(...(state.review.length ? state.review : [{ text: 'Nothing left for review.' }]).map(item => node('li', {},
    node('span', {}, (item.line ? 'line ' + item.line + ': ' : '') + item.text),
    ...(item.edit ? [' ', node('code', {}, item.edit)] : []))))
  const preview = document.getElementById('preview')
  if (state.deckUrl && !preview.querySelector('iframe')) preview.replaceChildren(node('iframe', { src: state.deckUrl, title: 'The deck', allow: 'screen-wake-lock; fullscreen' }))
  else if (!state.deckUrl) preview.replaceChildren(node('p', {}, 'The preview shows here while npm run dev runs.'))
}

document.getElementById('add-selection').addEventListener('click', () => {
  const text = String(window.getSelection() || '').trim()
  if (!text) return say('Select a piece of the article first', true)
  write({ action: 'add', section: sectionSelect.value, text })
})

fetch('/state')
  .then(async response => {
    const answer = await response.json()
    if (!response.ok) throw new Error(answer.error)
    render(answer)
  })
  .catch(error => say(error.message || 'The review server does not answer', true))
</script>
</body>
</html>
`
}
