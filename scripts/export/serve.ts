import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
}

/** The file a request asks for inside `dist`, or undefined for a path that is malformed or leaves it. */
export function requestedFile(dist: string, url: string | undefined): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)
  } catch {
    return undefined // a malformed %-escape
  }
  if (path.includes('\0')) return undefined
  const root = resolve(dist)
  const file = resolve(root, `.${path}`)
  return file === root || file.startsWith(root + sep) ? file : undefined
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    info => info.isFile(),
    () => false,
  )
}

/** Serve a built deck on 127.0.0.1 (a free port) with the SPA fallback Slidev's router needs. */
export async function serveDist(
  dist: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let file = requestedFile(dist, request.url)
    if (!file) {
      response.writeHead(400).end()
      return
    }
    // A route of the deck (/3, /print) is the single page's.
    if (!extname(file) || !(await isFile(file))) file = join(dist, 'index.html')
    const body = await readFile(file)
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(request.method === 'HEAD' ? undefined : body)
  }
  const server: Server = createServer((request, response) => {
    answer(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
