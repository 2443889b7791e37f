// What a failed publish or pull means, in English and Japanese: the app shows these (in the window's language) with
// git's own output beneath; the CLI prints the English. Typed tables, so a missing translation fails to compile.
import type { GitFailureCode, GitStep } from './types'

export type GitLanguage = 'en' | 'ja'

const credentialsEn =
  'Shownotes uses git’s own credentials and never asks for a password. Set up an SSH key (ssh-add) or a credential helper (the Git Credential Manager, or `gh auth setup-git` for GitHub), check that `git push` works in a terminal, then publish again.'
const credentialsJa =
  'Shownotes は git の認証情報をそのまま使い、パスワードを尋ねることはありません。SSH 鍵 (ssh-add) か認証ヘルパー (Git Credential Manager、GitHub なら `gh auth setup-git`) を設定し、ターミナルで `git push` が通ることを確かめてから、もう一度公開してください。'

const failures: Record<GitLanguage, Record<GitFailureCode, string>> = {
  en: {
    'no-upstream': 'This branch has no upstream on the remote, so there is nowhere to publish to. Push it once from a terminal with `git push -u origin BRANCH`, then publish again.',
    detached: 'The site is not on a branch (a detached HEAD). Check out the branch you publish from, then try again.',
    busy: 'A rebase or merge is unfinished in this repository (or another git command is running). Finish or abort it in a terminal (`git status` says how), then try again.',
    auth: `The remote refused to let git sign in (authentication failed). ${credentialsEn}`,
    unreachable: 'Git could not reach the remote (no network, or a wrong address). Check your connection and the remote’s address (`git remote -v`), then try again.',
    rejected: 'The remote refused the push because it has changes you do not have yet (not a fast-forward). Nothing was forced: publish again to bring them in first.',
    hook: 'A git hook refused the change (a check on this computer or on the remote said no). Its output below says why; fix that and publish again.',
    identity: 'Git does not know who you are, so it cannot make the commit. Run `git config --global user.name "Your Name"` and `git config --global user.email you@example.com` in a terminal, then publish again.',
    conflict: 'A co-host changed the same lines of {files}. Nothing was published; your text is still in your file. Compare both versions, keep the right text, then publish again.',
    'conflict-commits': 'Commits on this computer that are not pushed yet clash with what a co-host published in {files}. Nothing was published and nothing changed. Bring them together in a terminal (git pull, fix the files, then git rebase --continue or git commit), then publish again.',
    'local-changes': 'The published changes touch files you changed on this computer and git would not overwrite them. Git’s output below names them.',
    failed: 'Git could not finish. Its output below says why.'
  },
  ja: {
    'no-upstream': 'このブランチにはリモートの上流ブランチがないため、公開先がありません。ターミナルで一度 `git push -u origin ブランチ名` を実行してから、もう一度公開してください。',
    detached: 'サイトがブランチ上にありません (detached HEAD)。公開に使うブランチをチェックアウトしてから、もう一度お試しください。',
    busy: 'このリポジトリでは rebase か merge が途中のままです (または別の git コマンドが実行中です)。ターミナルで完了するか中止してから (`git status` に方法が出ます)、もう一度お試しください。',
    auth: `リモートが git のサインインを拒否しました (認証に失敗しました)。${credentialsJa}`,
    unreachable: 'git がリモートに接続できませんでした (ネットワークがないか、アドレスが違います)。接続とリモートのアドレス (`git remote -v`) を確かめて、もう一度お試しください。',
    rejected: 'リモートに手元にない変更があるため、プッシュが拒否されました (fast-forward ではありません)。強制プッシュはしていません。もう一度公開すると、先にその変更を取り込みます。',
    hook: 'git のフック (この PC かリモートのチェック) が変更を拒否しました。理由は下の出力にあります。直してからもう一度公開してください。',
    identity: 'git にあなたの名前とメールが設定されていないため、コミットできません。ターミナルで `git config --global user.name "名前"` と `git config --global user.email you@example.com` を実行してから、もう一度公開してください。',
    conflict: '共同ホストが {files} の同じ行を変更していました。何も公開していません。あなたのテキストはファイルに残っています。両方を比較して正しいテキストにしてから、もう一度公開してください。',
    'conflict-commits': 'この PC のまだプッシュしていないコミットが、共同ホストが公開した {files} の変更と衝突しています。何も公開せず、何も変更していません。ターミナルで統合してから (git pull のあとファイルを直し、git rebase --continue か git commit)、もう一度公開してください。',
    'local-changes': '取り込む変更が、この PC で変更したファイルに触れるため、git は上書きしませんでした。該当するファイルは下の git の出力にあります。',
    failed: 'git が最後まで実行できませんでした。理由は下の出力にあります。'
  }
}

const steps: Record<GitLanguage, Record<GitStep, string>> = {
  en: { saving: 'Saving…', fetching: 'Fetching the published changes…', integrating: 'Bringing them in…', committing: 'Committing the episode…', pushing: 'Pushing…' },
  ja: { saving: '保存しています…', fetching: '公開済みの変更を取得しています…', integrating: '変更を取り込んでいます…', committing: 'エピソードをコミットしています…', pushing: 'プッシュしています…' }
}

/** The sentence for a failure; `files` fills {files} (conflicts). */
export function gitFailureText(lang: GitLanguage, code: GitFailureCode, files: readonly string[] = []): string {
  return failures[lang][code].replace('{files}', files.join(', ') || '—')
}

export function gitStepText(lang: GitLanguage, step: GitStep): string {
  return steps[lang][step]
}
