/// The words that name the head's and deputy's roles and tie a unit to
/// them, in Spanish. ``SpanishHeadRule`` combines them; the example corpus
/// `Fixtures/examples/head.es.tsv` holds what they must give. (The
/// Vietnamese cues are ``HeadRule``'s role pattern and word lists.)
struct HeadCues: Sendable {
    /// Role words, folded; those of ``deputyRoles`` name the deputy.
    var roles: [String]
    var deputyRoles: [String]
    /// Role words that are also officials' titles ("presidente", "la unidad que preside"): a role only
    /// before ``chairOrganizers`` ("presidenta del Bloque"), or, for a deputy, in a sentence that names
    /// the head so ("asume la presidencia del Bloque y X, la vicepresidencia").
    var chairRoles: [String]
    var chairOrganizers: [String]
    /// The organizer after a role ("del Clúster de Emulación n.º 3").
    var organizerWords: [String]
    /// Between a unit (before) and its role: "fue elegida", "es la unidad", "asumirá el papel de".
    var linksBefore: [String]
    /// Between a role and its unit (after): "es el", "corresponde a la", "pasa al".
    var linksAfter: [String]
    /// "elegir al X como jefe": the unit between these and "como".
    var choosing: [String]
    /// Words that say the role is handed over or named for the coming year.
    var handover: [String]
    /// Words that open a unit's name.
    var unitWords: [String]
    /// Words that end a unit's name: a verb or a time follows.
    var unitEnds: [String]
    /// Titles of officials before the unit they lead ("presidenta del").
    var titles: [String]
    /// Words after a comma that go on with the unit's name ("el Banco Estatal, sucursal de Ha Tinh").
    var branchWords: [String]
    /// The end of a clause whose subject was named earlier in the sentence ("Thaco obtuvo …
    /// y fue elegida subjefa"), and the verbs that follow that subject.
    var passiveLinks: [String]
    var subjectVerbs: [String]
}

extension HeadCues {
    static let spanish = HeadCues(
        roles: ["presidencia rotatoria", "presidencia rotativa", "vicepresidencia rotatoria", "vicepresidencia rotativa", "responsable", "jefe", "jefa", "subjefe", "subjefa", "vicejefe", "vicejefa", "jefatura", "subjefatura", "jefes", "subjefas", "subjefes",
                "jefe adjunto", "jefa adjunta", "vicejefatura", "jefatura adjunta", "subresponsable"],
        deputyRoles: ["vicepresidencia rotatoria", "vicepresidencia rotativa", "jefatura adjunta", "subresponsable", "vicepresidente", "vicepresidenta", "vicepresidencia",
                      "subjefe", "subjefa", "vicejefe", "vicejefa", "subjefatura", "subjefas", "subjefes", "jefe adjunto", "jefa adjunta",
                      "vicejefatura"],
        chairRoles: ["presidente", "presidenta", "presidencia", "vicepresidente", "vicepresidenta", "vicepresidencia",
                     // "fue elegido coordinador del clúster de emulación para 2021"
                     "coordinador", "coordinadora", "coordinacion",
                     "que preside", "que presidira", "que presidio", "que presiden"],
        chairOrganizers: ["del cluster", "del bloque", "de la agrupacion", "del grupo de emulacion", "el cluster", "el bloque",
                          "el grupo de emulacion", "la agrupacion"],
        organizerWords: ["del cluster", "del bloque", "del grupo", "de la agrupacion", "de cluster", "de bloque", "de grupo"],
        linksBefore: [
            "fueron elegidas", "fueron elegidos", "fueron designadas", "fueron designados", "fue elegida", "fue elegido", "fue designada", "fue designado", "fue nombrada", "fue nombrado", "fue reconocida",
            "fue reconocido", "es la unidad", "es el", "es la", "sera la", "sera el", "seguira siendo", "sigue siendo",
            "fue la", "fue el", "sera", "seran", "en su calidad de", "en calidad de", "asuma la", "asuman la", "ejerza la", "ocupe la", "ejercera de", "ejerce de", "ejercio de", "ejerceran de", "ejerceran como", "actuara de", "asumira el papel de", "asumira la", "asumio la", "asume la", "asumira", "ocupa la",
            "ocupara la", "ejercera como", "ejerce como", "actuara como", "actua como", "cumplio su papel de",
            "son las", "son los", "como", "unidad", "y", "asume el papel de", "asumio el papel de", "por unanimidad",
            "la bandera de", "el cargo rotatorio de", "recibio", "recibe", "recibira",
            "la bandera rotatoria de", "ejercera la", "ejerce la", "ejercio la", "ejerceran la", "nuevo", "nueva", "que",
            // session 10: more verbs of holding the role, "actual jefe", "sea el", "como su jefa", "pasa a ser"
            "ostentara la", "ostenta la", "ostento la", "desempenara la", "desempena la", "desempeno la", "quedo a cargo de la",
            "queda a cargo de la", "quedara a cargo de la", "le corresponde la", "le correspondera la", "le correspondio la",
            "asumira las funciones de", "asume las funciones de", "asumio las funciones de", "ejercera las funciones de",
            "ejerce las funciones de", "ejercio las funciones de", "tomara el relevo como", "tomo el relevo como",
            "toma el relevo como", "fue ratificada", "fue ratificado", "fue confirmada", "fue confirmado", "fue propuesta para la",
            "fue propuesto para la", "fue propuesta como", "fue propuesto como", "pasa a ser el", "pasa a ser la", "paso a ser el",
            "paso a ser la", "pasara a ser el", "pasara a ser la", "sea el", "sea la", "actual", "como su",
            "ha sido elegido", "ha sido elegida", "ha sido designado", "ha sido designada", "ha sido nombrado", "ha sido nombrada",
            "resulto elegido", "resulto elegida", "quedo designado como", "quedo designada como", "actue como", "ejerza como",
            // session 12: "presidente de X y a la vez jefe del Clúster", "X, en su papel de jefa"
            "a la vez", "al mismo tiempo", "en su papel de", "en el papel de",
            // session 14: "eligieron al X para la jefatura"
            "para la",
            // the role's own lead words and articles: "X asumió el cargo de jefe", "la Y, la jefa"
            "el papel de", "la funcion de", "el cargo de", "las funciones de", "las", "los", "la", "el", "de",
        ],
        linksAfter: ["es", "sera", "fue", "corresponde a", "correspondera a", "corresponde al", "correspondera al", "pasa a",
                     "paso a", "pasa al", "paso al", "recayo en", "recae en", "fue asumida por", "es asumida por",
                     "sera asumida por", "esta a cargo de", "estara a cargo de",
                     "recaera en", "queda en manos de", "al", "a la", "es el", "es la",
                     // "la jefatura la ejercerá el X", "como nuevo jefe fue elegido el X"
                     "la ejercera", "la ejercio", "la ejerce", "la asumira", "la asumio", "la asume", "la ostentara", "la ostenta",
                     "la ocupara", "la ocupa", "la desempenara", "fue elegido", "fue elegida", "fue designado", "fue designada",
                     "fue nombrado", "fue nombrada", "sera elegido", "sera elegida", "quedo en manos de", "quedo en manos del",
                     "queda en manos del", "quedara en manos de", "quedara en manos del"],
        choosing: ["elegir al", "elegir a la", "eligio al", "eligio a la", "eligieron al", "eligieron a la", "designar al",
                   "designar a la", "designo al", "designo a la", "con el", "con la", "se eligio a la", "se eligio al",
                   "eligio a", "reconocer al", "reconocer a la"],
        handover: ["eligio", "eligieron", "elegida", "elegido", "elegir", "designad", "traspas", "relev", "rotacion",
                   "pasa a", "paso a", "sustitucion", "asumira", "recibio", "proximo ano", "entrego", "eligio a"],
        unitWords: [
            "departamento", "subdepartamento", "comite", "policia", "oficina", "asociacion", "union", "federacion",
            "fiscalia", "tribunal", "inspeccion", "guardia", "instituto", "escuela", "universidad", "compania", "empresa",
            "sociedad", "centro", "hospital", "banco", "sucursal", "tesoro", "junta", "mando", "comando", "comision",
            "sindicato", "alianza", "cruz", "consejo", "direccion", "periodico", "emisora", "estacion", "provincia",
            "ciudad", "distrito", "comuna", "barrio", "municipio", "agencia", "academia", "corporacion", "grupo",
            "secretaria", "oficina", "frente", "camara", "liga", "delegacion", "administracion", "servicio", "ministerio",
            "seguridad", "tesoreria", "aduana", "aduanas", "cooperativa", "asamblea", "diario", "revista",
            "colegio", "fondo", "editorial",
        ],
        unitEnds: ["presidio", "presidieron", "copresidieron", "organizo", "inauguro", "firmo", "firmaron", "celebro",
                   "preparo", "acogio", "para", "en 20", "durante", "desde", "en sustitucion", "y las", "y los", "tras", "y como"],
        titles: ["presidente", "presidenta", "vicepresidente", "vicepresidenta", "director", "directora", "subdirector",
                 "subdirectora", "jefe", "jefa", "secretario", "secretaria", "rector", "rectora", "fiscal jefe",
                 "comandante", "redactor jefe", "vicedirector", "vicedirectora"],
        branchWords: ["sucursal", "filial", "delegacion"],
        passiveLinks: ["fue elegida", "fue elegido", "fue designada", "fue designado", "fue nombrada", "fue nombrado",
                       // "X recibió la bandera rotatoria y asumió la jefatura"
                       "y asumio la", "y asumira la", "y asume la", "y ocupara la", "y ejercera la",
                       // "La empresa Becamex IDC asume la jefatura": a name without a unit word takes the role itself
                       "asumio la", "asumira la", "asume la"],
        subjectVerbs: ["fue", "es", "sera", "obtuvo", "logro", "alcanzo", "recibio", "gano", "consiguio", "destaco", "encabezo",
                       "lidero", "cumplio", "tuvo", "ha", "asumio", "asumira", "asume"])
}
