/// The words that say whether a body named with a cluster owns it (its `parent`):
/// a phrase after the cluster's name may name what its members are, not one body that owns it.
/// ``OrganizerRule`` (Vietnamese) and ``SpanishOrganizerRule`` combine them; the example corpora
/// `Fixtures/examples/organizer.<lang>.tsv` hold what they must give.
struct OwnerCues: Sendable {
    /// Phrases inside an owner's name that make it a kind of member (folded): "Cụm thi đua Liên đoàn
    /// Lao động thành phố trực thuộc Trung ương" groups the centrally run cities' federations.
    var membersInside: [String] = []
    /// Phrases that make an owner's name a kind of member where they open inside it or right after
    /// it (folded; the rule looks one character past the name and no further): "Khối thi đua 6
    /// Công đoàn ngành Trung ương" groups the central sector unions.
    var membersFollowing: [String] = []
    /// Owner names that, whole, name no one body (folded): a bare "tỉnh", "UBND tỉnh".
    var bareOwners: [String] = []
    /// Plural place nouns: a link after them describes the places, not the cluster
    /// ("las provincias y ciudades dependientes del Gobierno central"), folded.
    var placeNouns: Set<String> = []
    /// Words after a body that join it to others: the bloc's members, not its owner ("del Frente de
    /// la Patria y las organizaciones político-sociales"), folded.
    var joinedBodies: [String] = []
    /// Abbreviations of "Trung ương" before a body's name ("T.Ư Đoàn", "TW Hội"), folded.
    var centralAbbreviations: Set<String> = []
}

extension OwnerCues {
    static let vietnamese = OwnerCues(
        membersInside: ["truc thuoc trung uong"],
        membersFollowing: ["nganh trung uong"],
        // session 14: the province's or district's Party committee without its place, the sector
        // unions without their sector ("Khối 6 Công đoàn Ngành sẽ …").
        bareOwners: ["ubnd tinh", "uy ban nhan dan tinh", "tinh", "tinh uy", "thanh uy", "huyen uy", "quan uy", "cong doan nganh"],
        centralAbbreviations: ["t.u", "tw", "tu"])

    static let spanish = OwnerCues(
        placeNouns: ["provincias", "ciudades", "distritos", "municipios", "comunas", "barrios"],
        joinedBodies: ["y las", "y los", "y otras", "y otros", "y demas", "e las"])
}
