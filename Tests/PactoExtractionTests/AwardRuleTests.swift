import PactoModel
import Testing

/// Awards presented, decided or proposed with named recipients.
struct AwardRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var kind: Award.Kind
        var issuer: String?
        var recipients: [String]
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Ngày 5/3, Cụm thi đua số 3 tổng kết năm 2022. Hội nghị đã trao Bằng khen của Bộ Tư pháp cho Sở Tư pháp tỉnh Hà Nam và Sở Tư pháp tỉnh Nam Định.",
             kind: .certificateOfMerit, issuer: "Bộ Tư pháp", recipients: ["Sở Tư pháp tỉnh Hà Nam", "Sở Tư pháp tỉnh Nam Định"]),
        Case(text: "Ngày 5/3, Cụm thi đua số 3 tổng kết năm 2022 và thống nhất đề nghị Chính phủ tặng Cờ thi đua cho Công an tỉnh Lạng Sơn.",
             kind: .emulationFlag, issuer: "Chính phủ", recipients: ["Công an tỉnh Lạng Sơn"]),
        Case(text: "Ngày 5/3, Khối thi đua số 2 tổng kết năm 2022. Dịp này, UBND tỉnh trao tặng Cờ thi đua cho 02 tập thể (Sở Y tế, Sở Tài chính).",
             kind: .emulationFlag, issuer: nil, recipients: ["Sở Y tế", "Sở Tài chính"]),
        Case(text: "Ngày 5/3, Cụm thi đua số 4 tổng kết năm 2022; Trường THPT Chu Văn An được suy tôn danh hiệu “Cờ thi đua của UBND tỉnh”.",
             kind: .emulationFlag, issuer: nil, recipients: ["Trường THPT Chu Văn An"]),
        Case(text: "Ngày 5/3, Cụm thi đua số 4 tổng kết năm 2022. Hội nghị bình xét, đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho các đơn vị: Sở Nội vụ; Sở Tư pháp; Thanh tra tỉnh.",
             kind: .certificateOfMerit, issuer: "Thủ tướng Chính phủ", recipients: ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"]),
        Case(text: "Ngày 28/12, Khối thi đua số 3 tổng kết năm 2023. Sở Y tế được suy tôn là đơn vị dẫn đầu, được đề nghị tặng Cờ thi đua của UBND tỉnh.",
             kind: .emulationFlag, issuer: "UBND tỉnh", recipients: ["Sở Y tế"]),
        Case(text: "Ngày 28/12, Khối thi đua số 3 tổng kết năm 2023; 02 đơn vị gồm: Sở Nội vụ; Sở Tư pháp được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.",
             kind: .certificateOfMerit, issuer: "Chủ tịch UBND tỉnh", recipients: ["Sở Nội vụ", "Sở Tư pháp"]),
        Case(text: "Ngày 8/3, Cụm thi đua các tỉnh Bắc Trung Bộ tổng kết năm 2023; hội nghị suy tôn tỉnh Nghệ An là đơn vị dẫn đầu Cụm, đề nghị Chính phủ tặng Cờ thi đua.",
             kind: .emulationFlag, issuer: "Chính phủ", recipients: ["tỉnh Nghệ An"]),
        Case(text: "Ngày 8/3, Cụm thi đua các tỉnh Bắc Trung Bộ tổng kết năm 2023 và đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tỉnh Hà Tĩnh và tỉnh Quảng Bình.",
             kind: .certificateOfMerit, issuer: "Thủ tướng Chính phủ", recipients: ["tỉnh Hà Tĩnh", "tỉnh Quảng Bình"]),
    ])
    func vietnamese(_ example: Case) throws {
        let event = try #require(Sample.event(example.text))
        let award = try #require(event.awards.first)
        #expect(award.kind == example.kind)
        #expect(example.issuer == nil || award.issuer == example.issuer)
        #expect(award.recipients == example.recipients)
    }

    @Test(arguments: [
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua; năm qua có 4 đơn vị được tặng Cờ thi đua của Bộ Công an.",
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua; nhiều tập thể, cá nhân đã được tặng bằng khen và cờ thi đua.",
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua; Đại hội tặng bằng khen cho 30 tập thể.",
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua và thông qua tiêu chí xét tặng Cờ thi đua.",
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua; có 01 đơn vị được UBND tỉnh tặng Bằng khen.",
    ])
    func noNamedRecipients(text: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.awards.isEmpty, "\(event.awards)")
        #expect(!event.activities.contains(.awardPresentation))
    }

    @Test func presentationIsAnActivityProposalIsNot() throws {
        let presented = try #require(Sample.event("Ngày 5/3, Cụm thi đua số 3 tổng kết năm 2022 và trao Cờ thi đua cho Sở Y tế."))
        #expect(presented.activities.contains(.awardPresentation))
        let proposed = try #require(Sample.event("Ngày 5/3, Cụm thi đua số 3 tổng kết năm 2022 và đề nghị tặng Cờ thi đua cho Sở Y tế."))
        #expect(!proposed.activities.contains(.awardPresentation))
        #expect(proposed.awards.first?.recipients == ["Sở Y tế"])
    }
}
