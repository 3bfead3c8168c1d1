// Ctrl-C and kill: a command that runs until stopped (watch, dev) stops cleanly on the first
// signal; any other command stops at once. Either way the temporary files it was writing are
// removed, and a second signal stops the process whatever it is doing.
import { removeTracked } from './temporaries.js'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
type StopSignal = (typeof SIGNALS)[number]

/** The shell's exit status for a process stopped by a signal: 128 + its number. */
export const SIGNAL_EXIT: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }

const stoppers = new Set<() => void>()
let received: StopSignal | undefined
let installed = false
let say: (text: string) => void = text => process.stderr.write(text)

function handle(signal: StopSignal): void {
  if (received !== undefined || stoppers.size === 0) {
    removeTracked()
    if (received === undefined) say(`\ninterrupted (${signal}): nothing was left half written\n`)
    process.exit(SIGNAL_EXIT[signal])
  }
  // The first signal to a command that runs until stopped: it stops cleanly, the write in progress
  // ends.
  received = signal
  for (const stop of stoppers) stop()
  // Whatever might still hold the process (a child that does not stop) does not keep it past this.
  setTimeout(() => process.exit(0), 3000).unref()
}

/** Handle the stop signals from now on (the CLI's entry does it first, so that no Ctrl-C is lost). */
export function installSignals(write?: (text: string) => void): void {
  if (write) say = write
  if (installed) return
  installed = true
  for (const signal of SIGNALS) process.on(signal, () => handle(signal))
  // A stop that lets the work end may still exit before a write does: what it was writing goes.
  process.on('exit', removeTracked)
}

/** Run `stop` on the first stop signal, instead of exiting; returns a function that takes it back. */
export function onStop(stop: () => void): () => void {
  installSignals()
  stoppers.add(stop)
  return () => {
    stoppers.delete(stop)
  }
}

/** The signal that stopped the command, if one did. */
export function stopSignal(): StopSignal | undefined {
  return received
}
