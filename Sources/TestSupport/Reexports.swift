// The project's seeded generator lives in `SeededRandom`; tests get it through TestSupport.
@_exported import struct SeededRandom.SplitMix64
