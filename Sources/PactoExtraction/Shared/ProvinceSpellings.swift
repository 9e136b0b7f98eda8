import PactoModel

/// The spellings of provinces that do not hold the province's name
/// ("TP.HCM", "Hanoi", "Daklak": the gazetteer's aliases and Spanish forms),
/// and award recipients named with them.
enum ProvinceSpellings {
    /// Each such spelling, by folded key, with its province's name.
    static let byKey: [String: String] = {
        var spellings: [String: String] = [:]
        let provinces = Gazetteer.standard.provinces.map { ($0.name, $0.aliases + $0.es) }
            + Gazetteer.standard.provinces2025.map { ($0.name, $0.aliases + $0.es) }
        for (name, forms) in provinces {
            for form in forms where !Folding.key(form).contains(Folding.key(name)) && spellings[Folding.key(form)] == nil {
                spellings[Folding.key(form)] = name
            }
        }
        return spellings
    }()

    /// Each recipient whose name ends with one of these spellings ("Sở Tư
    /// pháp TP.HCM", "Departamento de Justicia de Hanói"), with the spelling
    /// replaced by the province's canonical name at `date`: recipients name
    /// provinces canonically.
    static func withProvinceNames(_ award: Award, gazetteer: Gazetteer, date: Stamp?) -> Award {
        var award = award
        award.recipients = award.recipients.map { recipient in
            let words = recipient.split(separator: " ")
            for count in stride(from: min(3, words.count), through: 1, by: -1) {
                guard let province = byKey[Folding.key(words.suffix(count).joined(separator: " "))] else { continue }
                return (words.dropLast(count) + [Substring(gazetteer.canonical(province, on: date))]).joined(separator: " ")
            }
            return recipient
        }
        return award
    }
}
