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
  'not-an-episode': 'このファイルはエピソードの一覧にありません (エピソードではないか、もう移動されています)。',
  'not-markdown': 'Markdown のファイルではありません。',
  'not-media': '画像や音声などのメディアファイルではありません。',
  'bad-media': 'このファイルはエピソードのフォルダに追加できません。',
  'too-large': 'ファイルが大きすぎます。',
  'image-unreadable': 'この画像は壊れているか途中で切れているため読めません (何も追加・変更していません)。',
  'svg-script': 'この SVG にはスクリプトが含まれているため追加しません。',
  'read-failed': 'ファイルを読めませんでした。',
  'read-only': 'このファイルは読み取り専用です。書き込めるようにするか、本文を別の場所に保存してください (何も変更していません)。',
  'permission-denied': 'このファイルやフォルダを変更する権限がありません (何も変更していません)。',
  'read-only-disk': 'このディスクまたはフォルダは読み取り専用です (何も変更していません)。',
  'disk-full': 'ディスクの空き容量がありません。空きを作ってからもう一度お試しください (何も変更していません)。',
  'name-too-long': 'ファイル名またはフォルダ名がこのディスクには長すぎます。短い名前にしてください。',
  'file-busy': '別のプログラムがこのファイルを使用中です。そちらで閉じてからもう一度お試しください。',
  'too-many-files': '同時に開いているファイルが多すぎます。ほかのプログラムを閉じてからもう一度お試しください。',
  'disk-error': 'ディスクの読み書きに失敗しました。ディスクを確認してからもう一度お試しください。',
  'not-utf8': 'このファイルは UTF-8 のテキストとして読めません。',
  'invalid-utf8': 'このファイルは UTF-8 のテキストとして読めません。',
  'url-refused': 'そのアドレスは開けません (http、https、mailto のみ開けます)。',
  'front-matter-invalid': 'フロントマターをフォームから変更できません。先に本文で誤りを直してください。',
  'front-matter-edit-unsafe': 'この項目をフォームから変更すると他の行まで書き換わるため、本文で直接編集してください。',
  'bad-field-path': 'その項目名はフロントマターで使えないか、その場所には値を置けません。',
  'bad-field-value': 'その値はこの項目に使えません。',
  'bad-archetype': 'サイトのアーキタイプを読めませんでした。',
  'bad-pattern': '検索する文字列または正規表現が正しくありません。',
  'changed-on-disk': '検索の後にディスク上で変更されたため、置換しませんでした。もう一度検索してください。',
  'field-unsafe': 'この項目は書かれたとおりの文字列ではないため、置換できません。本文で直接編集してください。',
  'no-match': '選んだ一致はもうこのエピソードにありません。',
  'no-replace': '元に戻せる置換がありません。',
  'search-too-slow': '検索に時間がかかりすぎたため止めました。正規表現を簡単にしてください。',
  'bad-snippet': 'そのスニペットは保存できません。',
  'export-folder': 'その書き出し先のフォルダは使えません。',
  'export-into-sources': 'その書き出し先はサイトのコンテンツやエピソードのフォルダと重なるため、書き出すとエピソードを上書きしてしまいます。サイトのコンテンツの外のフォルダを選んでください。',
  'export-link-broken': '書き出し先はリンク(シンボリックリンク)ですが、その指す先がありません。指す先のフォルダを作るか、別の書き出し先を選んでください。',
  'desktop-only': 'これはデスクトップアプリだけでできます。',
  'bad-arguments': 'コマンドの引数が正しくありません。',
  'hugo-missing': 'Hugo がインストールされていません。',
  'hugo-failed': 'Hugo を起動できませんでした。',
  'hugo-build-failed': 'Hugo がサイトを生成できませんでした。',
  'hugo-timeout': 'Hugo のサイト生成が時間内に終わりませんでした。',
  'chapters-unreadable': 'チャプターのファイルを読めませんでした。',
  'transcript-unreadable': '文字起こしのファイルを読めませんでした。',
  'timed-file-changed': 'このファイルは読み込んだあとにディスク上で変更されていたため、書き込んでいません (何も変更していません)。',
  'hugo-no-layout': 'Hugo にエピソードのページ用のレイアウトがないため、ページは「Page Not Found」になります。',
  'hugo-not-running': 'サイトのプレビューが動いていません。先に開始してください。',
  'hugo-no-page': 'Hugo はこのエピソードのページを生成しません。',
  'git-missing': 'git がインストールされていません。',
  'not-a-git-repo': 'このサイトは git のリポジトリにないため、公開先がありません。'
}

/** What to show for `err` (an error from a call, or text) in `lang`. */
export function errorText(lang: Language, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  const code = (err as { code?: unknown } | null)?.code
  if (lang === 'en' || typeof code !== 'string') return message
  const lead = Object.hasOwn(errorLeadsJa, code) ? errorLeadsJa[code as ErrorCode] : undefined
  return lead ? `${lead} (${message})` : message
}
