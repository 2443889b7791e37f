// Why a chapter or transcript file could not be read, in the window's language: `labels.txt: line 4: the time is
// not readable here` from the reader's line and reason code.
import type { TimedFileError, TimedFileReason } from '../../shared/chapters/model'
import { useI18n, type MessageKey } from '../i18n'

const reasonKeys: Record<TimedFileReason, MessageKey> = {
  'unknown-format': 'timed.reason.unknown-format',
  empty: 'timed.reason.empty',
  'bad-time': 'timed.reason.bad-time',
  'no-title': 'timed.reason.no-title',
  'bad-json': 'timed.reason.bad-json',
  'bad-shape': 'timed.reason.bad-shape',
  'bad-xml': 'timed.reason.bad-xml',
  'end-before-start': 'timed.reason.end-before-start',
  'no-header': 'timed.reason.no-header'
}

export function useTimedFileWords(): (file: string, error: TimedFileError) => string {
  const { t } = useI18n()
  return (file, error) => t(error.line ? 'timed.unreadable.line' : 'timed.unreadable', { file, line: error.line, reason: t(reasonKeys[error.reason]) })
}
