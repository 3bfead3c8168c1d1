/** Exit codes of every command: documented in the README. */
export const EXIT = { ok: 0, content: 1, usage: 2 } as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** An error the user can act on; `code` is the exit code it maps to. */
export class CliError extends Error {
  readonly code: ExitCode

  constructor(message: string, code: ExitCode = EXIT.content) {
    super(message)
    this.name = 'CliError'
    this.code = code
  }
}
