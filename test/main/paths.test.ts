// Path confinement: everything from outside is resolved inside the workspace or refused with a clear message.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveInside } from '../../src/main/services/paths'

/** The workspace-relative, forward-slash form of a resolved path. */
const toRelative = (root: string, abs: string) => relative(realpathSync(root), abs).split(sep).join('/')

let root: string
let outside: string

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'shownotes-paths-'))
  root = join(base, 'site')
  outside = join(base, 'secrets')
  mkdirSync(join(root, 'content/talk/0001'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(root, 'content/talk/0001/index.md'), '---\ntitle: x\n---\n')
  writeFileSync(join(outside, 'passwd'), 'secret')
  symlinkSync(outside, join(root, 'content/escape'))
  symlinkSync(join(outside, 'passwd'), join(root, 'content/talk/0001/link.md'))
  symlinkSync(join(root, 'content/talk/0001/index.md'), join(root, 'content/inside-link.md'))
  symlinkSync(join(outside, 'not-yet.md'), join(root, 'content/dangling.md'))
})

describe('resolveInside', () => {
  it('resolves workspace-relative paths, including files that do not exist yet', () => {
    expect(toRelative(root, resolveInside(root, 'content/talk/0001/index.md'))).toBe('content/talk/0001/index.md')
    expect(toRelative(root, resolveInside(root, 'content/talk/0002/index.md'))).toBe('content/talk/0002/index.md')
    expect(toRelative(root, resolveInside(root, 'content/talk/../talk/0001/index.md'))).toBe('content/talk/0001/index.md')
  })

  it('follows a symlink that stays inside the workspace', () => {
    expect(toRelative(root, resolveInside(root, 'content/inside-link.md'))).toBe('content/talk/0001/index.md')
  })

  it.each([
    ['a parent escape', '../secrets/passwd', /outside the workspace/],
    ['a deep parent escape', 'content/../../secrets/passwd', /outside the workspace/],
    ['an absolute path', '/etc/passwd', /absolute path/],
    ['a Windows drive path', 'C:\\Windows\\win.ini', /absolute path/],
    ['a symlinked folder leading out', 'content/escape/passwd', /through a link/],
    ['a symlinked file leading out', 'content/talk/0001/link.md', /through a link/],
    ['a new file under a symlink leading out', 'content/escape/new.md', /through a link/],
    ['a dangling symlink pointing out', 'content/dangling.md', /through a link/],
    ['a NUL byte', 'content/talk/0001/index.md\0.png', /NUL/],
    ['an empty path', '', /required/]
  ])('refuses %s', (_name, path, message) => {
    expect(() => resolveInside(root, path)).toThrowError(message)
  })
})
