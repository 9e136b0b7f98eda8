import PactoModel

/// The words that open a list of members and state their number, in
/// Spanish. ``SpanishMemberRule`` combines them; the example corpus
/// `Fixtures/examples/members.es.tsv` holds what they must give. (The
/// Vietnamese cues are ``MemberListRule``'s.)
struct MemberCues: Sendable {
    /// Verbs and phrases after which the members are named.
    var openers: [String]
    /// Nouns of members, plural, for counts ("seis provincias", "diez sucursales").
    var nouns: [String]
    /// Words before a number that make it a count of members ("integrado por", "líderes de").
    var countOpeners: [String]
    /// Verbs that end a list: what the members did.
    var listEnds: [String]
    /// Words before a colon that make the list one of contents or tasks ("los siguientes contenidos:").
    var notMembers: [String] = []
    /// Plural unit words (folded) and the singular each member's name takes
    /// ("los institutos de bachillerato X, Y" → "Instituto de Bachillerato X").
    var pluralUnits: [String: String] = [:]
    /// Words after which a list names only some of the members ("doce empresas, entre ellas la Compañía X").
    var partialMarkers: [String] = []
    /// Openers of a sentence that names the members the one before counted ("… tiene seis miembros. Son las Policías de …").
    var sentenceOpeners: [String] = []
    /// Units printed in lower case ("el periódico Gia Lai"), folded.
    var lowercaseUnits: [String] = []
    /// Words before a list that make it one of guests or of a delegation (folded).
    var guestWords: [String] = []
    /// Lower-case words after a comma that go on with the name before ("…, sede de Nha Trang"), folded.
    var appositions: [String] = []
}

extension MemberCues {
    static let spanish = MemberCues(
        openers: [
            "comprende a", "comprende", "incluye a", "incluye", "agrupa a", "agrupa", "reune a", "reune", "integrado por",
            "integrada por", "compuesto por", "compuesta por", "formado por", "formada por", "lo forman", "lo integran",
            "lo componen", "la forman", "la integran", "la componen", "componen", "participan en", "siguientes provincias",
            "siguientes unidades", "cuenta con", "esta integrado por", "esta formado por", "son miembros", "a saber",
            "integran", "conforman", "conformado por", "conformada por", "lo conforman", "forman parte del",
            "forman parte de", "participan", "miembros del cluster son", "miembros del bloque son", "miembros del grupo son",
            "entre ellas", "entre ellos", "forman", "abarca a", "abarca", "miembros del cluster de emulacion son",
            "miembros del bloque de emulacion son", "miembros del grupo de emulacion son", "integrantes del cluster son",
            "integrantes del bloque son", "firmaron el pacto", "suscribieron el pacto", "rubricaron el pacto", "integra a",
        ],
        nouns: [
            "departamentos", "provincias", "unidades", "miembros", "localidades", "distritos", "ciudades", "comunas",
            "organismos", "agencias", "empresas", "escuelas", "barrios", "sucursales", "centros", "fiscalias",
            "tribunales", "hospitales", "universidades", "institutos", "companias", "municipios", "asociaciones",
            "federaciones", "comisiones", "bancos", "colectivos", "policias", "entidades", "subasociaciones",
        ],
        countOpeners: [
            "comprende", "incluye", "agrupa a", "agrupa", "reune a", "reune", "integrado por", "integrada por",
            "compuesto por", "formado por", "de los", "de las", "tiene", "cuenta con", "lo forman", "lo integran",
            "lo componen", "componen", "los", "las", "abarca a", "abarca", "compuesta por", "formada por", "conformado por",
            "conformada por", "integran", "conforman", "integra a", "con",
        ],
        listEnds: [
            "se reunio", "se reunieron", "firmaron", "firmo", "rubricaron", "celebro", "celebraron", "suscribieron",
            "asistieron", "participaron", "acordaron", "hicieron", "presentaron", "se comprometieron",
            // "…, y, como unidad invitada, el Fondo de Quang Nam": a guest named after the members.
            "como unidad invitada", "como unidades invitadas", "como invitado", "como invitada", "como invitados",
            "como invitadas",
        ],
        notMembers: ["contenido", "tarea", "punto", "tema", "objetivo", "criterio", "meta", "actividad", "solucion", "documento"],
        pluralUnits: [
            "institutos": "Instituto", "escuelas": "Escuela", "hospitales": "Hospital", "departamentos": "Departamento",
            "policias": "Policía", "tribunales": "Tribunal", "fiscalias": "Fiscalía", "universidades": "Universidad",
            "empresas": "Empresa", "companias": "Compañía", "bancos": "Banco", "sucursales": "Sucursal",
            "federaciones": "Federación", "asociaciones": "Asociación", "centros": "Centro", "oficinas": "Oficina",
            "colegios": "Colegio", "periodicos": "Periódico", "inspecciones": "Inspección", "cooperativas": "Cooperativa",
        ],
        partialMarkers: ["entre ellas", "entre ellos", "entre las cuales", "entre los cuales", "entre las que", "entre los que"],
        sentenceOpeners: ["son", "estos son", "estas son", "se trata de"],
        lowercaseUnits: ["periodico ", "diario ", "emisora ", "revista "],
        guestWords: ["delegacion", "comitiva", "invitad", "asistieron como", "asistio como"],
        appositions: ["sede de", "sede en", "campus de", "campus en", "filial de", "subsede de", "con sede en"])
}

/// The members as the subject of what they did together: "Las alianzas de
/// cooperativas de A, B y C rubricaron el pacto", "Các Hội Chữ thập đỏ A,
/// B và C cùng ký giao ước". ``SubjectListRule`` combines them.
struct SubjectListCues: Sendable {
    /// What follows the names: the joint act, or an apposition that makes them members (folded).
    var verbs: [String]
    /// Words that join the last name ("y", "và"), folded.
    var joints: Set<String>
    /// Folded words before the names that make them localities ("distritos de", "huyện").
    var localityNouns: [String]
    /// Folded plural unit words before names that are units ("las escuelas primarias A, B y C").
    var pluralUnits: [String] = []
    /// Whether a unit's name may hold lower-case words ("Sở Y tế Bến Tre"), read back to a capitalised one.
    var nameWords = false
}

extension SubjectListCues {
    static let spanish = SubjectListCues(
        verbs: ["firmaron", "rubricaron", "suscribieron", "signaron", "se comprometieron", "han firmado", "han suscrito",
                "ocuparon", "miembros del cluster", "miembros del bloque", "miembros del grupo", "integrantes del cluster",
                "integrantes del bloque", "integrantes del grupo"],
        joints: ["y", "e"],
        localityNouns: ["distritos de", "comunas de", "barrios de", "municipios de", "distritos urbanos de"],
        pluralUnits: MemberCues.spanish.pluralUnits.keys.sorted())
    static let vietnamese = SubjectListCues(
        verbs: ["cung ky", "da ky", "ky ket", "ky giao uoc", "cung nhau ky", "da cung ky", "thong nhat ky", "cung ky ket",
                // "… là thành viên Cụm thi đua số 2", "… thuộc Cụm thi đua số 4": an apposition that makes them members.
                "la thanh vien", "la cac thanh vien", "la don vi thanh vien", "thuoc cum", "thuoc khoi"],
        joints: ["va"],
        localityNouns: ["huyen", "xa", "phuong", "quan", "thi xa"],
        pluralUnits: ["truong", "benh vien", "cong ty", "chi nhanh", "doanh nghiep", "ngan hang"],
        nameWords: true)
}

/// The fields of a province's departments ("Sở Tư pháp", "Phòng Nội vụ"),
/// folded, for a list that prints its head word once: "các Sở: Tư pháp, Nội
/// vụ và Y tế", "Sở Tư pháp, Nội vụ và Ngoại vụ". ``MemberListRule`` reads
/// such a run field by field, the longest first.
enum DepartmentFieldCues {
    /// Head words shared by the fields after them (folded).
    static let heads: Set<String> = ["so", "phong"]
    /// Each field as its folded words, and the words a comma may stand before
    /// ("văn hóa, thể thao và du lịch"): the ministries' fields (the
    /// gazetteer's names without "Bộ") and the departments no ministry names
    /// the same way ("Ngoại vụ", "Tài chính – Kế hoạch").
    static let fields: [(words: [String], commas: Set<Int>)] = {
        let ministries = Gazetteer.standard.ministries.compactMap { ministry -> String? in
            let folded = Folding.fold(ministry.name)
            return folded.hasPrefix("bo ") ? String(folded.dropFirst(3)) : nil
        }
        let others = [
            "ngoai vu", "dan toc", "du lich", "van hoa va the thao", "van hoa the thao", "thong tin truyen thong",
            "tai nguyen moi truong", "lao dong thuong binh xa hoi", "lao dong, thuong binh va xa hoi", "giao thong",
            "quy hoach kien truc", "van hoa thong tin", "ton giao", "tai chinh ke hoach", "van hoa va thong tin",
            "kinh te", "kinh te ha tang", "kinh te ha tang va do thi", "tu phap", "noi vu", "y te",
        ]
        let excluded: Set<String> = ["cong an", "quoc phong", "ngoai giao"]
        let fields = Set(ministries + others).compactMap { name -> (words: [String], commas: Set<Int>)? in
            var words: [String] = []
            var commas: Set<Int> = []
            for piece in name.split(separator: " ") {
                let word = piece.filter { $0.isLetter }
                if piece.hasPrefix(","), !words.isEmpty { commas.insert(words.count) }
                if !word.isEmpty { words.append(String(word)) }
                if piece.hasSuffix(",") { commas.insert(words.count) }
            }
            return words.isEmpty || excluded.contains(words.joined(separator: " ")) ? nil : (words, commas)
        }
        return fields.sorted { $0.words.count > $1.words.count }
    }()
}

/// Bodies that attend a cluster's meeting without belonging to it.
enum GuestCues {
    /// The boards that run emulation above the cluster (folded): thanked with
    /// an award at its meeting, they are guests, not members.
    static let emulationBoards = ["ban thi dua khen thuong", "hoi dong thi dua khen thuong", "comision de emulacion y recompensa",
                                  "consejo de emulacion y recompensa", "junta de emulacion y recompensa"]
    /// Meetings, folded: named where a unit was looked for, they are no member.
    static let meetings = ["hoi nghi", "dai hoi", "hoi thao", "hoi thi", "le ky ket", "conferencia", "reunion", "ceremonia"]
}
