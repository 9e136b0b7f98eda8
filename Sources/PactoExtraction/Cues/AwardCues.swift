import PactoModel

/// The words that name an award, its issuer and its recipients, one table
/// per language. ``AwardRule`` (Vietnamese) and ``SpanishAwardRule`` read
/// them; the example corpora in `Tests/PactoExtractionTests/Examples/awards.*.tsv`
/// hold what they must give.
struct AwardCues: Sendable {
    /// Award names, folded, with the kind each names.
    var names: [(name: String, kind: Award.Kind)]
    /// The word before a quoted title that names an award ("danh hiệu “Đơn vị Quyết thắng”"), folded.
    var titleWord = ""
    /// Words that open the issuer right after the award's name ("của", "do ... trao tặng", "del", "otorgada por el").
    var issuerOpeners: [String]
    /// Words that open the recipients after the award ("cho", "a", "para").
    var recipientOpeners: [String]
    /// Verbs whose subject receives the award ("nhận", "recibió").
    var receiving: [String]
    /// Phrases whose object is asked to grant it ("đề nghị X tặng", "proponer al X que conceda").
    var proposing: [String]
    /// Verbs whose subject gives the award ("otorgó", "tặng"): the issuer, when
    /// that subject is a body or an office rather than a person.
    var giving: [String] = []
    /// Words that end a recipient list: a reason or a time follows (Vietnamese:
    /// as printed, in lower case, so that "đô thị" or "huyện Đức Trọng" go on).
    var listEnds: [String]
    /// Nouns before a recipient that are not part of its name ("tập thể", "colectivo de").
    var recipientNouns: [String]
    /// What follows "Cờ" when it names a flag (Vietnamese only: "cờ" is also a plain flag).
    var flagFollowers: [String] = []
    /// Words that grade an award and stand between its name and its issuer
    /// ("Cờ thi đua xuất sắc của Bộ Công an", "cờ thi đua hạng nhì").
    var grades: [String] = []
    /// Issuers named right after the award without "của" ("Cờ thi đua Chính phủ"),
    /// besides units and officials' titles.
    var bareIssuers: [String] = []
    /// Words that make an award a goal or a registration, not one given
    /// ("đăng ký danh hiệu Cờ thi đua: ...", "phấn đấu đạt"), or a past one ("el año pasado").
    var notGiven: [String] = []
    /// Verbs that give an award whose name the sentence leaves out, right
    /// before "cho" and a counted list ("trao tặng cho 04 tập thể (...)").
    var unnamedGiving: [String] = []
    /// Nouns a count of recipients is made of ("02 tập thể", "03 đơn vị").
    var countedNouns: [String] = []
    /// Tense and adverb marks between a giver and its verb ("UBND tỉnh đã tặng").
    var tenseMarks: Set<String> = []
    /// Words that say the meeting ranks or rewards its units, which make a
    /// rank a prize ("bình xét khen thưởng ... như sau: Nhất cụm: A", "otorgó reconocimientos").
    var rankContexts: [String] = []
    /// Verbs of a passive whose subject receives the award ("được tặng",
    /// "được khen thưởng", "được đề nghị xét tặng"), and those of a giver ("UBND tỉnh tặng").
    var passiveVerbs: [String] = []
    var givingVerbs: [String] = []
    /// Words that end the subject of a passive and are not part of its name ("Sở Y tế vinh dự được").
    var subjectMarks: [String] = []
    /// Words that set an award in past years, before its name in the sentence
    /// ("Trong những năm qua, ... đã được tặng", "Nhiều năm liền").
    var pastTimes: [String] = []
    /// Award names that run on after their cue ("Huân chương Lao động hạng Ba"):
    /// the issuer is the phrase after "của" that follows the whole name.
    var namesRunningOn: [String] = []
    /// Words after the issuer that open the recipients' names ("của UBND tỉnh là A", "gồm: A").
    var namingWords: [String] = []
    /// Words in lower case, as printed, that end an issuer: a reason, a place or a time
    /// follows ("của Chính phủ vì đã có thành tích", "của Bộ Công an tại hội nghị").
    var issuerEnds: [String] = []
    /// Words that open a sentence naming the recipients the sentence before
    /// only counted ("Đó là A, B", "Cụ thể: A, B"), folded; Spanish "Se trata de".
    var namingOpenings: [String] = []
    /// Words that make an award, in its sentence, one a unit registers for or aims at ("đăng ký", "phấn đấu").
    var aiming: [String] = []
    /// Words in lower case that end a subject's name: what the clause says of it
    /// ("Sở Y tế dẫn đầu", "là đơn vị", "xếp thứ nhất").
    var predicates: [String] = []
    /// Spanish participles of a subject that receives, its names after
    /// "fueron" or "son" ("Los colectivos galardonados con la Bandera ... fueron A y B").
    var participles: [String] = []
    /// Words that open an official's office as issuer, in lower case ("del primer ministro").
    var officeWords: [String] = []
    /// Nouns after "là" that say a name the lexicon does not know is a unit's
    /// ("Thaco là doanh nghiệp đạt ..., được đề nghị tặng").
    var unitKinds: [String] = []
}

extension AwardCues {
    static let vietnamese = AwardCues(
        names: [
            ("co thi dua", .emulationFlag), ("bang khen", .certificateOfMerit),
            ("giay khen", .other), ("huan chuong", .other), ("chien si thi dua", .other), ("ky niem chuong", .other),
            ("tap the lao dong xuat sac", .other), ("tap the lao dong tien tien", .other), ("huy chuong", .other),
        ],
        titleWord: "danh hieu",
        issuerOpeners: ["cua", "do"],
        recipientOpeners: ["cho", "tới", "đến", "tặng", "thuộc về"],
        receiving: ["vinh du don nhan", "vinh du nhan", "don nhan", "nhan"],
        proposing: ["de nghi", "de xuat"],
        listEnds: ["vì", "đã có", "có thành tích", "trong", "năm 2", "về thành tích", "do"],
        recipientNouns: ["tập thể ", "cá nhân ", "các đơn vị ", "đơn vị ", "Tập thể ", "đại diện ", "lãnh đạo "],
        flagFollowers: ["ubnd", "uy ban", "cua", "chinh phu", "dan dau", "\"", "don vi dan dau", "hang nhat", "hang nhi"],
        grades: ["xuat sac", "hang nhat", "hang nhi", "hang ba", "dan dau", "cap bo", "cap tinh"],
        bareIssuers: ["chinh phu", "thu tuong", "chu tich nuoc"],
        notGiven: ["dang ky", "phan dau", "chi tieu", "muc tieu"],
        unnamedGiving: ["trao tang", "tang", "trao"],
        countedNouns: ["tap the", "don vi", "ca nhan", "dia phuong", "co quan"],
        tenseMarks: ["da", "se", "cung", "vua"],
        rankContexts: ["khen thuong", "binh xet", "xep loai", "xep hang", "suy ton"],
        passiveVerbs: ["suy ton", "tang thuong", "tang", "nhan", "don nhan", "trao tang", "xet tang", "trao", "khen thuong", "de nghi",
                       "cong nhan", "tuyen duong", "bieu duong", "vinh danh", "va"],
        givingVerbs: ["trao tang", "trao thuong", "trao", "xet tang", "tang thuong", "tang", "khen thuong", "cong nhan"],
        subjectMarks: ["vinh du", "da", "cung", "deu", "vua", "lai", "se", "tiep tuc", "con", "quyet dinh", "da quyet dinh",
                       "ky", "da ky", "de"],
        pastTimes: ["nhung nam qua", "nhieu nam lien", "nhieu nam qua", "cac nam truoc", "nhung nam truoc", "truoc day",
                    "truoc do", "tu khi thanh lap", "nam lien"],
        namesRunningOn: ["huan chuong", "huy chuong", "ky niem chuong"],
        namingWords: ["là", "gồm"],
        issuerEnds: ["vì", "tại", "trong", "nhân dịp", "với", "đã có", "có thành tích", "về thành tích"],
        namingOpenings: ["do la", "cu the", "bao gom", "gom", "lan luot la", "ten cac don vi"],
        aiming: ["dang ky", "phan dau"],
        predicates: ["la", "dan dau", "xep thu", "xep hang", "co tong diem", "voi tong diem", "dung dau", "duoc", "dat", "hoan thanh", "voi"],
        unitKinds: ["don vi", "doanh nghiep", "tap the", "dia phuong", "co quan", "cong ty", "ngan hang", "benh vien", "truong"])

    static let spanish = AwardCues(
        names: [
            ("bandera de emulacion", .emulationFlag), ("banderas de emulacion", .emulationFlag),
            ("bandera de unidad lider", .emulationFlag), ("bandera de la unidad lider", .emulationFlag),
            ("certificado de merito", .certificateOfMerit), ("certificados de merito", .certificateOfMerit),
            ("diploma de merito", .certificateOfMerit), ("diplomas de merito", .certificateOfMerit),
            ("diploma de reconocimiento", .certificateOfMerit), ("diplomas de reconocimiento", .certificateOfMerit),
            ("diploma de honor", .certificateOfMerit), ("certificado de reconocimiento", .certificateOfMerit),
            ("certificados de reconocimiento", .certificateOfMerit), ("diplomas de honor", .certificateOfMerit),
            ("titulo de", .other), ("bandera de", .emulationFlag), ("medalla", .other), ("medallas", .other),
            ("orden del trabajo", .other), ("orden de trabajo", .other), ("orden laboral", .other),
            ("colectivo laboral excelente", .other), ("colectivo laboral avanzado", .other),
            ("orden de hazana", .other), ("orden de la hazana", .other), ("orden de la independencia", .other),
            ("orden de defensa de la patria", .other), ("orden de la defensa de la patria", .other), ("orden ho chi minh", .other),
            ("insignia conmemorativa", .other), ("certificado de honor", .certificateOfMerit), ("certificados de honor", .certificateOfMerit),
            ("estandarte de emulacion", .emulationFlag), ("estandartes de emulacion", .emulationFlag),
            ("mencion de honor", .certificateOfMerit), ("menciones de honor", .certificateOfMerit),
            ("certificado de elogio", .certificateOfMerit), ("certificados de elogio", .certificateOfMerit),
        ],
        issuerOpeners: ["del", "de la", "de los", "otorgada por el", "otorgada por la", "otorgado por el", "otorgado por la",
                        "concedida por el", "concedida por la", "concedido por el", "concedido por la"],
        recipientOpeners: ["al", "a la", "a los", "a las", "a", "para el", "para la", "para los", "para las",
                           // "la Bandera ... recayó en la Policía de Ha Tinh".
                           "recayo en el", "recayo en la", "recayo en los", "recayo en las"],
        receiving: ["recibio", "recibieron", "recibira", "recibiran", "recibe", "reciben", "obtuvo", "obtuvieron", "fue propuesta para recibir",
                    "fue propuesto para recibir", "fueron propuestos para recibir", "fueron propuestas para recibir",
                    "fue galardonada con", "fue galardonado con", "fueron galardonados con", "fueron galardonadas con",
                    "fue distinguida con", "fue distinguido con", "fueron distinguidos con", "fueron distinguidas con",
                    "fue condecorada con", "fue condecorado con", "fueron condecorados con", "fueron condecoradas con",
                    "se le concedio", "se les concedio", "y propuesta para", "y propuesto para", "y propuestos para",
                    "y propuestas para", "fue propuesto para", "fue propuesta para", "fue honrado con", "fue honrada con",
                    "fueron honrados con", "fueron honradas con", "y propuesto para recibir", "y propuesta para recibir",
                    "y propuestos para recibir", "y propuestas para recibir", "fue honrado al recibir", "fue honrada al recibir",
                    "fueron honrados al recibir", "fueron honradas al recibir", "fue reconocido con", "fue reconocida con", "fueron reconocidos con",
                    "fueron reconocidas con", "fue premiado con", "fue premiada con", "fueron premiados con", "fueron premiadas con",
                    "tuvo el honor de recibir", "tuvieron el honor de recibir",
                    // "Al Departamento de Salud se le otorgó la Bandera ...": the one named before receives it.
                    "se le otorgo", "se les otorgo", "se le entrego", "se les entrego", "se le confirio", "se les confirio",
                    "logro", "lograron", "consiguio", "consiguieron", "merecio", "merecieron", "se alzo con", "se alzaron con",
                    "gano", "ganaron", "conquisto", "conquistaron",
                    // session 12: "propusieron que la Inspección provincial recibiera la Bandera ..."
                    "recibiera", "recibieran"],
        proposing: ["proponer al", "proponer a la", "propuso al", "propuso a la", "propusieron al", "propusieron a la",
                    "solicitar al", "solicitar a la", "proponer a", "propuso a"],
        giving: ["otorgo", "otorgaron", "entrego", "entregaron", "concedio", "concedieron", "confirio", "impuso", "otorgara",
                 "entregara", "concedera", "entrega", "otorga", "concede", "entregan", "otorgan", "confiere"],
        listEnds: ["por", "en reconocimiento", "debido a", "en 20", "de 20", "los siguientes", "las siguientes"],
        recipientNouns: ["colectivo de la ", "colectivo del ", "colectivos de ", "la unidad ", "el colectivo ", "los colectivos ", "unidad ",
                         "representantes del ", "representantes de la ", "representante del ", "representante de la ",
                         "los representantes del ", "los representantes de la ", "el representante del ", "el representante de la "],
        grades: ["de primera clase", "de segunda clase", "de tercera clase", "de excelencia", "de primera categoria"],
        notGiven: ["el ano pasado", "el ano anterior", "anteriormente", "en anos anteriores", "ya habia", "meta", "aspira", "aspirar",
                   "aspiran", "se inscribieron", "se inscribio", "se registraron", "se registro", "habia recibido", "habian recibido",
                   "durante muchos anos", "muchos anos consecutivos", "en los ultimos anos", "aspiraron", "esforzarse por"],
        rankContexts: ["reconocimiento", "recompensa", "clasificacion", "premio", "otorgo", "galardon"],
        namingOpenings: ["se trata de", "se trata del", "estas son", "estos son", "son"],
        predicates: ["fue", "fueron", "es", "son", "quedo", "quedaron", "ocupo", "encabezo"],
        participles: ["galardonados con", "galardonadas con", "distinguidos con", "distinguidas con", "premiados con",
                      "premiadas con", "condecorados con", "que recibieron", "que obtuvieron", "propuestos para"],
        officeWords: ["ministro", "viceministro", "gobernador", "primer ministro", "presidente", "director", "directora"])
}
