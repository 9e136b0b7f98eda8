import PactoModel

/// The words the pages show for the record's vocabulary: Vietnamese first,
/// Spanish and English after it where a reader of either needs them.
enum Labels {
    /// A label in the three languages.
    struct Trilingual: Sendable, Hashable {
        var vi: String
        var es: String
        var en: String
    }

    static func activity(_ activity: Activity) -> Trilingual {
        switch activity {
        case .pactSigning: Trilingual(vi: "Ký kết giao ước thi đua", es: "firma del pacto", en: "pact signing")
        case .movementLaunch: Trilingual(vi: "Phát động phong trào", es: "lanzamiento del movimiento", en: "movement launch")
        case .midyearReview: Trilingual(vi: "Sơ kết 6 tháng", es: "balance semestral", en: "mid-year review")
        case .annualReview: Trilingual(vi: "Tổng kết năm", es: "balance anual", en: "annual review")
        case .planDeployment: Trilingual(vi: "Triển khai kế hoạch", es: "despliegue del plan", en: "plan deployment")
        case .awardPresentation: Trilingual(vi: "Trao khen thưởng", es: "entrega de premios", en: "award presentation")
        case .leadershipHandover: Trilingual(vi: "Bàn giao cụm trưởng", es: "traspaso de la jefatura", en: "leadership handover")
        }
    }

    static func language(_ language: Language) -> Trilingual {
        switch language {
        case .vietnamese: Trilingual(vi: "Tiếng Việt", es: "vietnamita", en: "Vietnamese")
        case .spanish: Trilingual(vi: "Tiếng Tây Ban Nha", es: "español", en: "Spanish")
        case .english: Trilingual(vi: "Tiếng Anh", es: "inglés", en: "English")
        case .undetermined: Trilingual(vi: "Chưa xác định", es: "sin determinar", en: "undetermined")
        }
    }

    static func dayPart(_ part: DayPart) -> String {
        switch part {
        case .morning: "sáng"
        case .noon: "trưa"
        case .afternoon: "chiều"
        case .evening: "tối"
        }
    }

    static func role(_ role: Person.Role) -> String {
        switch role {
        case .chair: "chủ trì / preside"
        case .signatory: "ký kết / firma"
        case .speaker: "phát biểu / interviene"
        case .attendee: "dự / asiste"
        }
    }

    static func award(_ kind: Award.Kind) -> String {
        switch kind {
        case .certificateOfMerit: "Bằng khen / diploma al mérito"
        case .emulationFlag: "Cờ thi đua / bandera de emulación"
        case .other: "Khen thưởng khác / otro"
        }
    }

    /// The event fields of the JSON contract, in the order a page lists them.
    static let fields: [(name: String, label: Trilingual)] = [
        ("activities", Trilingual(vi: "Hoạt động", es: "actividad", en: "activities")),
        ("date", Trilingual(vi: "Ngày", es: "fecha", en: "date")),
        ("dayPart", Trilingual(vi: "Buổi", es: "parte del día", en: "time of day")),
        ("location", Trilingual(vi: "Địa điểm", es: "lugar", en: "location")),
        ("organizer", Trilingual(vi: "Cụm / Khối", es: "grupo / bloque", en: "cluster / bloc")),
        ("year", Trilingual(vi: "Năm thi đua", es: "año", en: "year")),
        ("memberCount", Trilingual(vi: "Số thành viên", es: "número de miembros", en: "member count")),
        ("members", Trilingual(vi: "Thành viên", es: "miembros", en: "members")),
        ("head", Trilingual(vi: "Cụm trưởng / Khối trưởng", es: "jefe", en: "head")),
        ("deputyHead", Trilingual(vi: "Cụm phó / Khối phó", es: "subjefe", en: "deputy head")),
        ("theme", Trilingual(vi: "Chủ đề", es: "lema", en: "theme")),
        ("people", Trilingual(vi: "Người tham dự", es: "personas", en: "people")),
        ("awards", Trilingual(vi: "Khen thưởng", es: "premios", en: "awards")),
        ("criteriaCount", Trilingual(vi: "Số tiêu chí", es: "número de criterios", en: "criteria")),
    ]
}
