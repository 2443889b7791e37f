// A failed call's words in the UI language. The services write English sentences with the particulars (a name, a
// path, a size) and a stable code; in Japanese, a sentence for the code comes first and the service's own words
// follow in brackets, so nothing particular is lost. Every code of src/shared/error-codes.ts has a lead (a missing
// one fails to compile); unknown codes and plain text stay as written.
import type { ErrorCode } from '../shared/error-codes'
import type { Language } from './i18n'

export const errorLeadsJa: Record<ErrorCode, string> = {
  offline: 'Shownotes のサーバーに接続できません。`shownotes serve` が動いているか確かめてください。',
  internal: '予期しないエラーが起きました。',
  'unknown-method': 'Shownotes が知らない呼び出しです。ページを再読み込みしてください。',
  'invalid-arguments': 'Shownotes への呼び出しの値が正しくありません。',
  'sender-refused': 'Shownotes のウィンドウ以外からの呼び出しは受け付けません。',
  'user-error': '操作を完了できませんでした。',
  'no-workspace': 'フォルダが開かれていません。',
  'not-found': 'ファイルまたはフォルダが見つかりません。',
  'path-refused': '開いているフォルダの外にあるため、その場所は使えません。',
  exists: '同じ名前のものがすでにあります。',
  'bad-name': 'その名前は使えません。',
  'not-a-folder': 'フォルダではありません。',
  'not-a-file': 'ファイルではありません。',
  'not-a-bundle': 'エピソードのフォルダ (ページバンドル) ではありません。',
  'not-markdown': 'Markdown のファイルではありません。',
  'not-media': '画像や音声などのメディアファイルではありません。',
  'bad-media': 'このファイルはエピソードのフォルダに追加できません。',
  'too-large': 'ファイルが大きすぎます。',
  'read-failed': 'ファイルを読めませんでした。',
  'not-utf8': 'このファイルは UTF-8 のテキストとして読めません。',
  'invalid-utf8': 'このファイルは UTF-8 のテキストとして読めません。',
  'url-refused': 'そのアドレスは開けません (http、https、mailto のみ開けます)。',
  'front-matter-invalid': 'フロントマターをフォームから変更できません。先に本文で誤りを直してください。',
  'front-matter-edit-unsafe': 'この項目をフォームから変更すると他の行まで書き換わるため、本文で直接編集してください。',
  'bad-field-path': 'その項目名はフロントマターで使えないか、その場所には値を置けません。',
  'bad-field-value': 'その値はこの項目に使えません。',
  'bad-archetype': 'サイトのアーキタイプを読めませんでした。',
  'export-folder': 'その書き出し先のフォルダは使えません。',
  'bad-arguments': 'コマンドの引数が正しくありません。',
  'hugo-missing': 'Hugo がインストールされていません。',
  'hugo-failed': 'Hugo を起動できませんでした。',
  'hugo-build-failed': 'Hugo がサイトを生成できませんでした。',
  'hugo-timeout': 'Hugo のサイト生成が時間内に終わりませんでした。',
  'hugo-not-running': 'サイトのプレビューが動いていません。先に開始してください。',
  'hugo-no-page': 'Hugo はこのエピソードのページを生成しません。'
}

/** What to show for `err` (an error from a call, or text) in `lang`. */
export function errorText(lang: Language, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  const code = (err as { code?: unknown } | null)?.code
  if (lang === 'en' || typeof code !== 'string') return message
  const lead = Object.hasOwn(errorLeadsJa, code) ? errorLeadsJa[code as ErrorCode] : undefined
  return lead ? `${lead} (${message})` : message
}
