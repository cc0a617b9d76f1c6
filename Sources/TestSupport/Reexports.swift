import ConversationModel

/// The seeded generator lives in `ConversationModel`, where the library's permutation tests use it; tests
/// reach it through here.
public typealias SplitMix64 = ConversationModel.SplitMix64
