// The snippets of the open site and the user's own, read when a folder opens and after one is saved; the editor
// reads them through a ref when completing, so a new list never needs a new editor.
import { useCallback, useEffect, useState } from 'react'
import type { Snippet } from '../../shared/snippets/snippet'
import { api } from '../api'

export function useSnippets(root: string | null, onError: (err: unknown) => void) {
  const [snippets, setSnippets] = useState<Snippet[]>([])
  const refresh = useCallback(() => {
    api.snippets.list({}).then(setSnippets, () => setSnippets([]))
  }, [])
  useEffect(() => {
    if (root) refresh()
  }, [root, refresh])
  const save = useCallback(
    async (name: string, body: string): Promise<Snippet | null> => {
      try {
        const saved = await api.snippets.save({ name, body })
        refresh()
        return saved
      } catch (err) {
        onError(err)
        return null
      }
    },
    [refresh, onError]
  )
  return { snippets, save, refresh }
}
