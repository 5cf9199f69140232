#!/usr/bin/env python3
"""Writes the soft cue sounds in resources/sounds/ (sine tones with gentle fades; no samples from anywhere)."""
import math, os, struct, wave

RATE = 22050
OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'sounds')


def tone(parts, volume=0.35):
    """parts: list of (frequency Hz, seconds); each part fades in and out so nothing clicks."""
    samples = []
    for freq, seconds in parts:
        n = int(RATE * seconds)
        fade = min(int(RATE * 0.02), n // 2)
        for i in range(n):
            env = min(1.0, i / fade if fade else 1.0, (n - i) / fade if fade else 1.0)
            decay = math.exp(-3.0 * i / n)  # a bell-like fall-off
            value = volume * env * decay * (math.sin(2 * math.pi * freq * i / RATE)
                                            + 0.3 * math.sin(4 * math.pi * freq * i / RATE))
            samples.append(int(max(-1.0, min(1.0, value)) * 32767))
    return samples


def write(name, samples):
    with wave.open(os.path.join(OUT, name), 'wb') as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(b''.join(struct.pack('<h', s) for s in samples))


os.makedirs(OUT, exist_ok=True)
write('phase.wav', tone([(660, 0.35)]))                          # a new phase begins
write('tick.wav', tone([(880, 0.08)], volume=0.18))              # 3-2-1 before a phase ends
write('done.wav', tone([(523, 0.25), (659, 0.25), (784, 0.5)]))  # the session is complete
write('ring.wav', tone([(740, 0.4), (587, 0.4)] * 3))            # heat/cold: time to switch
