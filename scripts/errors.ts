/**
 * Exit codes of every command, documented in the README. 1 is the article's problem,
 * 2 the command line's, 3 and above the machine's (as marp-cli gives each its own code).
 */
export const EXIT = {
  ok: 0,
  /** The article or its content: unreadable, empty, nothing to brief, a section missing under --strict. */
  content: 1,
  /** The command line: an unknown option or value. */
  usage: 2,
  /** No Chromium to render with. */
  noBrowser: 3,
  /** Slidev or Chromium failed or crashed while building or printing. */
  crashed: 4,
  /** An output path cannot be written (permissions, a file where a folder should be, a full disk). */
  output: 5,
} as const

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

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'its folder cannot be created',
  ELOOP: 'a loop of symbolic links',
  EBUSY: 'it is in use',
  ETXTBSY: 'it is a program that is running',
  EFBIG: 'the file is too large for the file system',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'an input/output error',
  EXDEV: "it is on another file system than its folder's temporary file",
}

/** True for an error of the file system (it has an `errno` code and the call that failed). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException
  return typeof code === 'string' && /^E[A-Z]+$/u.test(code) && typeof syscall === 'string'
}

/** An output path that cannot be written, as a one-line error with the fix (exit 5); other errors unchanged. */
export function outputError(path: string, error: unknown): unknown {
  if (error instanceof CliError) return error
  const code = (error as NodeJS.ErrnoException)?.code
  if (!code || !(code in WRITE_PROBLEMS || isFileSystemError(error))) return error
  const problem = WRITE_PROBLEMS[code] ?? 'the file system refused'
  return new CliError(
    `cannot write ${path}: ${problem} (${code}); choose another output path, or fix the folder's permissions`,
    EXIT.output,
  )
}

/** Any other file system error (a cache folder, a log), as one line (exit 5). */
export function fileSystemError(error: NodeJS.ErrnoException): CliError {
  const problem = WRITE_PROBLEMS[error.code ?? ''] ?? 'the file system refused'
  const path = error.path ?? (error as { dest?: string }).dest
  return new CliError(
    `cannot ${error.syscall}${path ? ` ${path}` : ''}: ${problem} (${error.code})`,
    EXIT.output,
  )
}
