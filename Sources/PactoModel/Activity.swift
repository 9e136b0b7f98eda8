/// What a meeting does; one meeting often does several.
public enum Activity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case pactSigning = "pact-signing"
    case movementLaunch = "movement-launch"
    case midyearReview = "midyear-review"
    case annualReview = "annual-review"
    case planDeployment = "plan-deployment"
    case awardPresentation = "award-presentation"
    case leadershipHandover = "leadership-handover"

    public static func < (lhs: Activity, rhs: Activity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// The part of the day a meeting was held in.
public enum DayPart: String, Sendable, Hashable, Codable, CaseIterable {
    case morning
    case noon
    case afternoon
    case evening
}
