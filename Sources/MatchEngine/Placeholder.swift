// MatchEngine
