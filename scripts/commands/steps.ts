import type { Steps } from '../export/export-deck.js'
import type { Io } from '../io.js'

/**
 * Numbered steps on stderr: `[2/4] Building the static deck…` when a step starts and
 * `      done in 4.1 s: …` when it ends, so that a long step shows what is happening
 * and the whole run stays a few lines.
 */
export function stepsOn(io: Io, total: number): Steps {
  let number = 0
  let started = 0
  return {
    start(label) {
      number++
      started = Date.now()
      io.stderr(`[${number}/${total}] ${label}…\n`)
    },
    done(detail) {
      io.stderr(
        `      done in ${((Date.now() - started) / 1000).toFixed(1)} s${detail ? `: ${detail}` : ''}\n`,
      )
    },
  }
}
