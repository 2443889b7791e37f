// Replace across episodes as one operation: each file re-read and refused when it changed on disk since the search,
// planned with the same pure planner the window uses, saved atomically through the workspace; then one Undo that
// puts back every file nobody changed since.
import { randomUUID } from 'node:crypto'
import type { ReplaceSummary } from '../../shared/api'
import { planReplace, type SearchQuery } from '../../shared/search'
import { UserError } from '../../shared/user-error'
import type { Workspace } from './workspace'

export interface ReplaceFile {
  path: string
  /** The file's hash when it was searched. */
  hash: string
  ticked: number[]
}

type Refusal = ReplaceSummary['refused'][number]

const CHANGED = 'This episode changed on disk since the search (a co-host, git or another editor); search again to replace in it.'

export class SiteReplace {
  /** The last replace's files as they were before it, and the hash each was written with. */
  private last: { replaceId: string; files: { path: string; before: string; afterHash: string }[] } | null = null

  constructor(private readonly ws: () => Workspace) {}

  async apply(query: SearchQuery, replacement: string, files: ReplaceFile[]): Promise<ReplaceSummary> {
    const replaceId = randomUUID()
    const summary: ReplaceSummary = { replaceId, replaced: [], refused: [] }
    const undo: { path: string; before: string; afterHash: string }[] = []
    for (const file of files) {
      const refused = (code: string, message: string) => summary.refused.push({ path: file.path, code, message } satisfies Refusal)
      try {
        const current = await this.ws().readEpisode(file.path)
        if (current.hash !== file.hash) {
          refused('changed-on-disk', CHANGED)
          continue
        }
        const plan = planReplace(current.text, query, replacement, file.ticked)
        if (!plan.ok) {
          refused(plan.code, plan.message)
          continue
        }
        // The hash is checked again as the file is written: a change in between is refused, never overwritten.
        const saved = await this.ws().saveEpisode(current.path, plan.text, current.hash)
        if (!saved.ok) {
          refused('changed-on-disk', CHANGED)
          continue
        }
        undo.push({ path: current.path, before: current.text, afterHash: saved.hash })
        summary.replaced.push({ path: current.path, count: plan.count })
      } catch (err) {
        if (!(err instanceof UserError)) throw err
        refused(err.code, err.message)
      }
    }
    if (undo.length) this.last = { replaceId, files: undo }
    return summary
  }

  /** Puts back every file of the replace `replaceId` that has not changed since; the others are listed as refused. */
  async undo(replaceId: string): Promise<{ restored: string[]; refused: Refusal[] }> {
    const last = this.last
    if (!last || last.replaceId !== replaceId) throw new UserError('There is no replace to undo (only the last one can be undone).', 'no-replace')
    this.last = null
    const restored: string[] = []
    const refused: Refusal[] = []
    for (const f of last.files) {
      try {
        // Written only when the file is still the one the replace wrote (its hash): a later change is never lost.
        const saved = await this.ws().saveEpisode(f.path, f.before, f.afterHash)
        if (saved.ok) restored.push(f.path)
        else refused.push({ path: f.path, code: 'changed-on-disk', message: 'This episode changed since the replace, so it was left as it is.' })
      } catch (err) {
        if (!(err instanceof UserError)) throw err
        refused.push({ path: f.path, code: err.code, message: err.message })
      }
    }
    return { restored, refused }
  }
}
