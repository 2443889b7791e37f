// The recording's position for panels that follow it (the cue or chapter being heard), read from the Listen
// panel's player as it plays; null while no recording is loaded.
import { useEffect, useState } from 'react'
import { player } from './player'

/** Seconds into the recording while the Listen panel has one (null otherwise), updated as it plays or seeks. */
export function usePlayerTime(): number | null {
  const [time, setTime] = useState<number | null>(null)
  useEffect(() => {
    let audio: HTMLAudioElement | null = null
    const tick = () => setTime(player.ready() ? player.time() : null)
    const follow = () => {
      audio?.removeEventListener('timeupdate', tick)
      audio = player.audio
      audio?.addEventListener('timeupdate', tick)
      tick()
    }
    follow()
    const off = player.subscribe(follow)
    return () => (off(), audio?.removeEventListener('timeupdate', tick))
  }, [])
  return time
}
