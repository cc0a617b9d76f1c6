// The seeded generator lives in `ConversationModel`, where the library's permutation tests and samples use it;
// tests get it through TestSupport without importing the model.
@_exported import struct ConversationModel.SplitMix64
