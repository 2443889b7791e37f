// The publishing checks' words in the UI language. English is the shared table's (what `shownotes check` prints);
// Japanese is here, one entry per message code and per quick-fix code (a missing one fails to compile). Words that
// came with no code (the site config's) are shown as written.
import { checkFixes, fillTemplate, isCheckMessageCode, type CheckFixCode, type CheckMessageCode, type MessageParams } from '../shared/checks/messages'
import type { Language } from './i18n'

export const checkMessagesJa: Record<CheckMessageCode, string> = {
  'title-missing.empty': 'タイトルが空です。エピソード一覧やポッドキャストアプリで名前のないエピソードとして表示されます。',
  'title-missing.absent': 'このエピソードにはタイトルがありません。フロントマターに title を追加してください。',
  'date-missing': 'このエピソードには日付がありません。Hugo は日付のあるエピソードの後ろに並べ、サイトにも日付が表示されません。',
  'date-invalid': '{field} は Hugo が日付として読めない値です ({value})。2025-01-10T20:00:00+09:00 や 2025-01-10 のように書いてください。',
  'publish-date-before-date': 'publishDate ({publishDate}) が date ({date}) より前です。エピソードの日付より先にページがサイトに出ます。',
  'publish-date-future': 'このエピソードは予約済みです。{when} に公開されます (それまで Hugo はサイトに含めません)。',
  'summary-empty': '概要 (summary) が空です。一覧やリンクのプレビューには本文の書き出しが代わりに表示されます。一、二文で書いてください。',
  'summary-too-long': '概要が {length} 文字あり、上限の {limit} 文字を超えています。一覧やリンクのプレビューで途中で切れます。あと {over} 文字短くしてください。',
  'figure-missing-image.figure': '図 "{src}" がこのエピソードのフォルダにありません。ページでは画像が表示されません。',
  'figure-missing-image.figure-guess': '図 "{src}" がこのエピソードのフォルダにありません。ページでは画像が表示されません。"{guess}" のことですか?',
  'figure-missing-image.image': '画像 "{src}" がこのエピソードのフォルダにありません。ページでは画像が表示されません。',
  'figure-missing-image.image-guess': '画像 "{src}" がこのエピソードのフォルダにありません。ページでは画像が表示されません。"{guess}" のことですか?',
  'figure-missing-image.video': '動画 "{src}" がこのエピソードのフォルダにありません。ページのプレーヤーは再生できません。',
  'figure-missing-image.video-guess': '動画 "{src}" がこのエピソードのフォルダにありません。ページのプレーヤーは再生できません。"{guess}" のことですか?',
  'figure-missing-image.audio': '音声 "{src}" がこのエピソードのフォルダにありません。ページのプレーヤーは再生できません。',
  'figure-missing-image.audio-guess': '音声 "{src}" がこのエピソードのフォルダにありません。ページのプレーヤーは再生できません。"{guess}" のことですか?',
  'figure-caption-placeholder': 'キャプション "{caption}" は画像のファイル名から作られたものです。画像の下とエピソードの説明文にそのまま表示されます。キャプションを書くか、空にしてください。',
  'shortcode-unknown': 'ショートコード "{name}" は Hugo にもテーマにもこのサイトにも定義されていないため、Hugo はページをビルドできません。サイトで定義している場合は .shownotes.yaml の shortcodes に追加してください。',
  'shortcode-unknown.guess': 'ショートコード "{name}" は Hugo にもテーマにもこのサイトにも定義されていないため、Hugo はページをビルドできません。"{guess}" のことですか?',
  'shortcode-param.missing': 'フロントマターに {{< param >}} の "{key}" がありません。',
  'shortcode-param.no-name': '{{< param >}} にはフロントマターのフィールド名が必要です。',
  'shortcode-unclosed': 'ショートコード "{name}" が閉じられていません。内容の後に {closing} を追加してください。',
  'shortcode-mismatched.self-closed': '"{name}" は中身を取らないため、Hugo は閉じる "/" を受け付けません。{tag} と書いてください。',
  'shortcode-mismatched.no-content': '"{name}" は中身を取らないため、Hugo はこの閉じタグを受け付けません。',
  'shortcode-mismatched.no-opening': '閉じタグ {closing} の前に、対応する開きタグ {opening} がありません。',
  'shortcode-syntax.escaped-unclosed': 'エスケープされたショートコード "{open}" が "{close}" で閉じられていません。',
  'shortcode-syntax.tag-unclosed': 'ショートコードのタグが "{close}" で閉じられていません。',
  'shortcode-syntax.two-slashes': 'ショートコードの閉じタグにスラッシュが 2 つあります。',
  'shortcode-syntax.slash-place': 'ショートコードのタグの "/" は "{close}" の直前に置いてください。',
  'shortcode-syntax.name-start': 'ショートコード名は文字か数字で始めてください ("{char}" ではなく)。',
  'shortcode-syntax.closing-params': 'ショートコードの閉じタグにはパラメータを書けません。{tag} と書いてください。',
  'shortcode-syntax.after-slash': 'ショートコードのタグでは "/" の後に何も書けません。',
  'shortcode-syntax.quote-unclosed': '"{name}" の引用符で囲んだパラメータが閉じられていません。',
  'shortcode-syntax.backtick-unclosed': '"{name}" のバッククォートで囲んだパラメータが閉じられていません。',
  'shortcode-syntax.value-unclosed': '"{name}" の "{param}" の値が閉じられていません。',
  'shortcode-syntax.quote-missing': '"{name}" の "{param}" の値に閉じる引用符がないようです。',
  'shortcode-syntax.mixed': '"{name}" に名前付きパラメータと位置パラメータが混在しています。Hugo はどちらか一方しか受け付けません。',
  'shortcode-syntax.unexpected': 'ショートコード "{name}" に予期しない "{char}" があります。英数字、"-"、"." 以外を含むパラメータは引用符で囲んでください。',
  'shortcode-syntax.no-name': 'このショートコードのタグには名前がありません。',
  'shortcode-too-deep': 'ここではショートコードが {limit} 段より深く入れ子になっているため、Shownotes はこの "{name}" を対にせず、タグを書かれたとおりに表示します。',
  // The front matter reader's sentences carry the parser's English details: a Japanese sentence leads, they follow.
  'front-matter-syntax': 'フロントマターの書き方に誤りがあるため、Hugo はこのページを読めません。({detail})',
  'front-matter-duplicate-key': 'フロントマターに同じ名前の項目が二つあります。({detail})',
  'front-matter-unclosed': 'フロントマターを閉じる行 (--- または +++) がありません。({detail})',
  'front-matter-unsupported-language': 'このフロントマターの形式は読めません。YAML、TOML、JSON のいずれかで書いてください。({detail})',
  'front-matter-too-deep': 'フロントマターの入れ子が深すぎるため、Shownotes は読みません。({detail})',
  'front-matter-aliases': 'フロントマターの YAML エイリアス (*name) が展開すると大きすぎるため、Shownotes は読みません。({detail})',
  'front-matter-not-a-map': 'フロントマターが「名前: 値」の項目の並びになっていません。({detail})',
  'text-invalid-utf8': 'このファイルには UTF-8 として読めないバイトがあります。({detail})',
  'link-anchor-missing': 'このページには ID が "{id}" の見出しがないため、リンク "{url}" はどこにも飛びません。',
  'link-anchor-missing.guess': 'このページには ID が "{id}" の見出しがないため、リンク "{url}" はどこにも飛びません。"#{guess}" のことですか?',
  'link-empty.link': 'リンク "{text}" にアドレスがありません。クリックしても何も起きません。括弧の中に URL を書くか、リンクを外してください。',
  'link-empty.image': '画像 "{text}" にアドレスがありません。括弧の中にファイル名を書いてください。',
  'link-broken.status': 'リンク "{url}" は HTTP {status} を返します。読者にはページの代わりにエラーが表示されます。',
  'link-broken.dns': 'リンク "{url}" はどこにもつながりません。ホスト "{host}" が存在しません (DNS の名前解決に失敗しました)。',
  'link-broken.refused': 'リンク "{url}" のサーバーが接続を拒否しました。そこでは何も応答していません。',
  'link-broken.tls': 'リンク "{url}" は安全な接続に失敗します (TLS: {detail})。ブラウザはページの代わりに警告を表示します。',
  'link-broken.timeout': 'リンク "{url}" は {seconds} 秒以内に応答しませんでした。',
  'link-broken.too-many-redirects': 'リンク "{url}" は {limit} 回を超えてリダイレクトします。ブラウザは途中であきらめます。',
  'link-broken.redirect-loop': 'リンク "{url}" はリダイレクトが循環していて、ページにたどり着きません。',
  'link-broken.private-redirect': 'リンク "{url}" は公開サイトからプライベートネットワークのアドレス ({to}) へリダイレクトします。Shownotes はたどらず、読者もたどり着けません。',
  'link-broken.bad-redirect': 'リンク "{url}" は Web のアドレスではない "{to}" へリダイレクトします。',
  'link-broken.network': 'リンク "{url}" に接続できませんでした ({detail})。',
  'link-redirected': 'リンク "{url}" は "{to}" に恒久的に移動しました。新しいアドレスにリンクしてください。',
  'iframe-unknown-host': '"{host}" のプレーヤーは許可されたプレーヤーのホストに含まれていないため、プレビューと書き出しでは除かれます。信頼できる場合は .shownotes.yaml の iframeHosts に追加してください。',
  'bundle-file-unused': 'このエピソードのフォルダのファイル "{file}" は本文で使われていません。リンクするか、公開前に削除してください。',
  'figure-has-location': '写真 "{file}" には撮影場所 (GPS) が記録されています。画像を開いた聞き手は誰でもその場所を読み取れます。公開前に位置情報を削除してください。',
  'figure-too-large': '写真 "{file}" は {width}×{height} ピクセルで、長辺の上限 {limit} を超えています。ページが重くなり、サイトのリポジトリもずっと大きくなります。',
  'template-placeholder.action': '"{action}" はアーキタイプからページを作るときにだけ Hugo が埋めるテンプレートの記述です。ここではそのまま公開されます。実際の値に置き換えてください。',
  'template-placeholder.player-comment': 'テンプレートの「プレーヤーをここに貼る」コメントが残っています。プレーヤーはもうあるので削除できます。',
  'template-placeholder.player-missing': 'テンプレートの「プレーヤーをここに貼る」コメントが残っていて、プレーヤーがありません。エピソードの埋め込みコードを貼ってください。',
  'template-placeholder.word': '"{word}" が残っています。エピソードが書きかけに見えます。本文を書くか削除してください。',
  'template-placeholder.field-word': '{field}: "{word}" が残っています。エピソードが書きかけに見えます。本文を書くか削除してください。',
  'template-placeholder.empty-item': 'テンプレートの空のリスト項目が残っています。トピックを書くか、行を削除してください。',
  'chapters-first-not-zero': '最初のチャプターが 0:00 ではなく {stamp} から始まっています。0:00 から始まらないチャプター一覧は YouTube や Spotify で無視されます。',
  'chapters-too-few': 'チャプターの行が {count} つしかありません。YouTube は 3 つ以上あるときだけチャプターを表示します。',
  'chapters-too-close': 'このチャプターは「{title}」の {seconds} 秒後に始まっています。10 秒未満のチャプターがあると YouTube は一覧を無視し、聞き手もそこへ飛べません。',
  'chapters-out-of-order': 'このチャプター ({stamp}) は上のチャプター ({previous}) より前から始まっています。プレーヤーが逆向きに飛びます。',
  'chapters-beyond-end': 'このチャプター ({stamp}) は録音の終わり ({length}) より後から始まっています。プレーヤーはそこへ行けません。'
}

export const checkFixesJa: Record<CheckFixCode, string> = {
  'title-missing.heading': '最初の見出しをタイトルにする: "{heading}"',
  'date-missing.now': '日付を今にする ({date})',
  'publish-date-before-date.date': 'publishDate を date と同じにする ({date})',
  'figure-missing-image.use': '"{file}" を使う',
  'figure-has-location.strip': '"{file}" から位置情報を削除',
  'figure-too-large.shrink': '"{file}" を {limit} ピクセルに縮小',
  'shortcode-unknown.rename': '"{guess}" に変える',
  'link-anchor-missing.guess': '#{guess} にリンクする',
  'link-empty.keep-text': '"{text}" を普通の文字として残す',
  'link-empty.remove': '空のリンクを削除',
  'link-redirected.replace': '"{to}" を使う',
  'template-placeholder.remove-comment': 'コメントを削除',
  'template-placeholder.remove-item': '空のリスト項目を削除',
  'chapters-first-not-zero.intro': '最初のチャプターとして「0:00 Intro」を追加',
  'chapters-out-of-order.sort': 'チャプターを時間順に並べ替え'
}

/** What the window knows of a problem: its rule, its English words, and the code and parameters when they came along. */
export interface CheckWords {
  rule: string | null
  message: string
  code?: string
  params?: MessageParams
}

/** The problem's message in `lang`; English as the checks wrote it, and as-is for words the table does not know. */
export function checkText(lang: Language, item: CheckWords): string {
  if (lang === 'en' || !isCheckMessageCode(item.code)) return item.message
  return fillTemplate(checkMessagesJa[item.code], item.params ?? {})
}

/** A quick fix's label in `lang`. */
export function fixText(lang: Language, rule: string | null, fix: { label: string; code?: string; params?: MessageParams }): string {
  if (lang === 'en' || !rule || !fix.code || !Object.hasOwn(checkFixes, fix.code)) return fix.label
  return fillTemplate(checkFixesJa[fix.code as CheckFixCode], fix.params ?? {})
}
