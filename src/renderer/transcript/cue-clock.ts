// A cue's time as the list shows it: `12:34`, `1:02:03` past an hour (the file keeps the milliseconds).
import { writeStamp } from '../../shared/chapters/stamp-lines'

export const cueClock = (seconds: number): string => writeStamp(seconds, { hours: 'never' })
