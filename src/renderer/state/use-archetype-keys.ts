// The front matter keys of the archetype for the open episode's section, for key completion (read once per episode).
import { useEffect, useRef } from 'react'
import { api } from '../api'

export function useArchetypeKeys(episodePath: string | null): () => readonly string[] {
  const keys = useRef<readonly string[]>([])
  useEffect(() => {
    keys.current = []
    if (!episodePath) return
    let cancelled = false
    api.episode.frontMatterKeys({ path: episodePath }).then(
      (list) => !cancelled && (keys.current = list),
      () => undefined
    )
    return () => {
      cancelled = true
    }
  }, [episodePath])
  return () => keys.current
}
