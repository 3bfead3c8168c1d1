// Preloaded into the generator by the signal and watch tests (NODE_OPTIONS=--import): a slow disk.
// Every fs/promises writeFile writes half its data, pauses, then writes the rest, so that a
// signal at a chosen moment lands in the middle of a write. The file is opened once, as a real
// write opens it: a file removed during the pause is not made again by the second half.
import fs from 'node:fs/promises'
import { syncBuiltinESMExports } from 'node:module'

fs.writeFile = async (file, data, options) => {
  const bytes = Buffer.from(data)
  const half = Math.floor(bytes.length / 2)
  const flag = (typeof options === 'object' && options?.flag) || 'w'
  const handle = await fs.open(file, flag)
  try {
    await handle.write(bytes.subarray(0, half))
    await new Promise(resolve => setTimeout(resolve, Number(process.env.SLOW_DISK_MS ?? 200)))
    await handle.write(bytes.subarray(half))
  } finally {
    await handle.close()
  }
}
syncBuiltinESMExports()
