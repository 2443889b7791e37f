// What the window is told after an export from the app: how many episodes were written, every output file, the
// episodes that failed and the ones with warnings (platform limits included), paths relative to the site.
import { relative, sep } from 'node:path'
import type { ExportSummary } from '../../shared/api'
import { exportNotes, type ExportRun } from './export-run'

export function exportSummary(run: Pick<ExportRun, 'results'>, root: string, outDir: string): ExportSummary {
  const rel = (file: string) => relative(root, file).split(sep).join('/')
  const summary: ExportSummary = { outDir, written: 0, outputs: [], failed: [], warnings: [] }
  for (const r of run.results) {
    if (r.kind === 'error') summary.failed.push({ path: rel(r.file), message: r.message })
    if (r.kind !== 'export') continue
    if (r.outputs.length) summary.written++
    summary.outputs.push(...r.outputs)
    const notes = exportNotes(r)
    if (notes.length) summary.warnings.push({ path: rel(r.file), messages: notes })
  }
  return summary
}
