// Preloaded into the generator by the full-disk test (NODE_OPTIONS=--import): a disk that fills up.
// fs/promises writeFile of a file whose name contains FULL_DISK_AT writes part of its data, then fails
// with ENOSPC, as a full disk does.
import fs from 'node:fs/promises'
import { syncBuiltinESMExports } from 'node:module'

const writeFile = fs.writeFile
fs.writeFile = async (file, data, options) => {
  if (!String(file).includes(process.env.FULL_DISK_AT ?? '\0'))
    return writeFile(file, data, options)
  await writeFile(file, String(data).slice(0, 10), options)
  throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
    path: String(file),
  })
}
syncBuiltinESMExports()
