// Preloaded into the generator by the SIGKILL test (NODE_OPTIONS=--import): a slow disk.
// Every fs/promises writeFile writes half its data, pauses, then writes the rest, so that a
// kill at a random moment often lands in the middle of a write.
import fs from 'node:fs/promises'
import { syncBuiltinESMExports } from 'node:module'

const writeFile = fs.writeFile
fs.writeFile = async (file, data, options) => {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data)
  const half = Math.floor(bytes.length / 2)
  await writeFile(file, bytes.subarray(0, half), options)
  await new Promise(resolve => setTimeout(resolve, Number(process.env.SLOW_DISK_MS ?? 200)))
  await fs.appendFile(file, bytes.subarray(half))
}
syncBuiltinESMExports()
