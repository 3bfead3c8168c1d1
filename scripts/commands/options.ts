import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import { CliError, EXIT } from '../errors.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** Parse a command's options strictly; an unknown or malformed option is a usage error (exit 2). */
export function parseOptions<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nRun with --help for usage.`, EXIT.usage)
  }
}
