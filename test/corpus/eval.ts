// npm run eval: the generator on every corpus article, per article and in total.
// Options: --verbose (list the missed facts), a slug (one article).
import { corpusSlugs, EARLIER, evaluateArticle, totals } from './evaluate.js'

// Piped into `head`: the reader went away, and so does the report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const args = process.argv.slice(2)
const verbose = args.includes('--verbose') || args.includes('-v')
const only = args.filter(arg => !arg.startsWith('-'))
const unknown = only.filter(slug => !corpusSlugs().includes(slug))
if (unknown.length > 0) {
  process.stderr.write(`Unknown corpus article: ${unknown.join(', ')} (see test/corpus/)\n`)
  process.exit(2)
}

const results = (only.length > 0 ? only : corpusSlugs()).map(evaluateArticle)
const width = Math.max(...results.map(result => result.slug.length))
process.stdout.write(`${'article'.padEnd(width)}  deck  facts found  recall  false facts\n`)
for (const result of results) {
  const recall = result.expected === 0 ? 1 : result.found / result.expected
  process.stdout.write(
    `${result.slug.padEnd(width)}  ${result.deck ? 'yes ' : 'NO  '}  ${`${result.found}/${result.expected}`.padStart(11)}  ${`${Math.round(recall * 100)} %`.padStart(6)}  ${String(result.falseFacts.length).padStart(11)}\n`,
  )
  for (const fact of result.falseFacts)
    process.stdout.write(`    FALSE ${fact.family}: "${fact.text}" (${fact.why})\n`)
  if (result.error) process.stdout.write(`    error: ${result.error}\n`)
  if (verbose)
    for (const fact of result.missed)
      process.stdout.write(`    missed ${fact.family}: "${fact.text}"\n`)
}
const line = (name: string, group: typeof results): string => {
  const total = totals(group)
  return `${name}: ${total.decks}/${total.articles} decks, ${total.found}/${total.expected} facts found (recall ${(total.recall * 100).toFixed(1)} %), ${total.falseFacts} false facts\n`
}
// Each batch of articles, in the order they were collected: the recall of a batch scored before any
// rule was changed for it is the figure that tells how the tool does on articles it has not seen.
const batches = [...new Set(results.map(result => result.batch))].sort((a, b) =>
  a === EARLIER ? -1 : b === EARLIER ? 1 : a.localeCompare(b),
)
process.stdout.write('\n')
if (batches.length > 1)
  for (const batch of batches)
    process.stdout.write(
      line(
        `batch ${batch}`,
        results.filter(result => result.batch === batch),
      ),
    )
process.stdout.write(line('total', results))
const total = totals(results)
process.exitCode = total.falseFacts > 0 ? 1 : 0
