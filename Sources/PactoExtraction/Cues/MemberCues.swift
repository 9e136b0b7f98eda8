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
}

extension MemberCues {
    static let spanish = MemberCues(
        openers: [
            "comprende a", "comprende", "incluye a", "incluye", "agrupa a", "agrupa", "reune a", "reune", "integrado por",
            "integrada por", "compuesto por", "compuesta por", "formado por", "formada por", "lo forman", "lo integran",
            "lo componen", "la forman", "la integran", "la componen", "componen", "participan en", "siguientes provincias",
            "siguientes unidades", "cuenta con", "esta integrado por", "esta formado por", "son miembros", "a saber",
        ],
        nouns: [
            "departamentos", "provincias", "unidades", "miembros", "localidades", "distritos", "ciudades", "comunas",
            "organismos", "agencias", "empresas", "escuelas", "barrios", "sucursales", "centros", "fiscalias",
            "tribunales", "hospitales", "universidades", "institutos", "companias", "municipios", "asociaciones",
            "federaciones", "comisiones", "bancos", "colectivos", "policias", "entidades",
        ],
        countOpeners: [
            "comprende", "incluye", "agrupa a", "agrupa", "reune a", "reune", "integrado por", "integrada por",
            "compuesto por", "formado por", "de los", "de las", "tiene", "cuenta con", "lo forman", "lo integran",
            "lo componen", "componen", "los", "las",
        ],
        listEnds: [
            "se reunio", "se reunieron", "firmaron", "firmo", "rubricaron", "celebro", "celebraron", "suscribieron",
            "asistieron", "participaron", "acordaron", "hicieron", "presentaron", "se comprometieron",
        ],
        notMembers: ["contenido", "tarea", "punto", "tema", "objetivo", "criterio", "meta", "actividad", "solucion", "documento"],
        pluralUnits: [
            "institutos": "Instituto", "escuelas": "Escuela", "hospitales": "Hospital", "departamentos": "Departamento",
            "policias": "Policía", "tribunales": "Tribunal", "fiscalias": "Fiscalía", "universidades": "Universidad",
            "empresas": "Empresa", "companias": "Compañía", "bancos": "Banco", "sucursales": "Sucursal",
            "federaciones": "Federación", "asociaciones": "Asociación", "centros": "Centro", "oficinas": "Oficina",
            "colegios": "Colegio", "periodicos": "Periódico", "inspecciones": "Inspección", "cooperativas": "Cooperativa",
        ])
}
