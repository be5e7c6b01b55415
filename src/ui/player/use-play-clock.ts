// Drives Play: while the player is playing, one step every 1/speed seconds, on animation frames so a
// hidden tab does not play on in the background.
import { useEffect } from 'react';
import { appStore, useAppStore } from '../store/index.ts';

export function usePlayClock(): void {
  const playing = useAppStore((s) => s.playerPlaying);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let owed = 0;
    const tick = (now: number) => {
      const s = appStore.getState();
      if (!s.playerPlaying) return;
      owed += ((now - last) / 1000) * s.playerSpeed;
      last = now;
      // At most a few steps per frame: a slow frame must not make the player leap.
      for (let n = 0; owed >= 1 && n < 4; n++, owed--) appStore.getState().playerTick();
      owed = Math.min(owed, 1);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
