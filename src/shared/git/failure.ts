// Says what went wrong from git's own output and the step it failed at: the codes the app and the CLI word.
// Git runs with LC_ALL=C, so its messages are the English ones matched here; anything unknown is 'failed'.
import type { GitFailureCode, GitStep } from './types'

const rules: [GitFailureCode, RegExp][] = [
  ['identity', /Please tell me who you are|empty ident name|unable to auto-detect email/i],
  ['busy', /index\.lock': File exists|rebase-merge directory|rebase-apply directory|You have not concluded your merge|middle of (a|an) (rebase|merge|am)/i],
  ['no-upstream', /has no upstream branch|no tracking information|no upstream configured/i],
  ['hook', /hook declined|\(pre-receive hook|hook .*(failed|returned)|\[remote rejected\]/i],
  [
    'auth',
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|Permission denied \(publickey|Host key verification failed|HTTP Basic: Access denied|The requested URL returned error: (401|403)|Permission to .* denied/i
  ],
  ['rejected', /\[rejected\]|non-fast-forward|fetch first|Updates were rejected/i],
  ['local-changes', /would be overwritten by (merge|checkout)|Your local changes/i],
  [
    'unreachable',
    /Could not resolve host|Connection refused|Connection timed out|Network is unreachable|unable to access|does not appear to be a git repository|Could not read from remote repository|No such device or address/i
  ]
]

export function classifyGitFailure(step: GitStep, output: string): GitFailureCode {
  for (const [code, pattern] of rules) if (pattern.test(output)) return code
  // A commit refused with none of the above is a pre-commit or commit-msg hook saying no.
  return step === 'committing' ? 'hook' : 'failed'
}
