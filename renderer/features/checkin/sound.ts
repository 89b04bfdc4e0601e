/**
 * Distinct tones for the door: one short high beep for a check-in, two mid beeps for "already
 * checked in", a low buzz for an unknown code, a falling pair for one kept to send later — so the operator can keep eyes on the delegate.
 * Generated with Web Audio: no sound files to ship, nothing fetched.
 */
export type Cue = 'ok' | 'already' | 'unknown' | 'queued';

const PATTERNS: Record<Cue, { freq: number; start: number; dur: number; type: OscillatorType }[]> = {
  ok: [{ freq: 1320, start: 0, dur: 0.09, type: 'sine' }],
  already: [
    { freq: 660, start: 0, dur: 0.1, type: 'square' },
    { freq: 660, start: 0.16, dur: 0.1, type: 'square' },
  ],
  unknown: [{ freq: 180, start: 0, dur: 0.45, type: 'sawtooth' }],
  queued: [
    { freq: 880, start: 0, dur: 0.12, type: 'triangle' },
    { freq: 440, start: 0.15, dur: 0.2, type: 'triangle' },
  ],
};

let context: AudioContext | null = null;

export function playCue(cue: Cue): void {
  try {
    const Ctor = globalThis.AudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    const now = context.currentTime;
    for (const p of PATTERNS[cue]) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = p.type;
      osc.frequency.value = p.freq;
      gain.gain.setValueAtTime(0.18, now + p.start);
      gain.gain.exponentialRampToValueAtTime(0.001, now + p.start + p.dur);
      osc.connect(gain).connect(context.destination);
      osc.start(now + p.start);
      osc.stop(now + p.start + p.dur + 0.02);
    }
  } catch {
    // no audio device: the colour still tells
  }
}
