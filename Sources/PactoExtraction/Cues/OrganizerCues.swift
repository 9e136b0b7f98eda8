import PactoModel

/// The words that name a cluster (Cụm) or bloc (Khối) in Spanish, as the
/// translators render them: "Clúster de Emulación n.º 5", "Grupo de Emulación
/// No. II", "Agrupamiento de Emulación número 2", "conjunto de emulación
/// número 8", "bloque emulativo 24", "Bloque de Dependencias de Asuntos
/// Internos". ``SpanishOrganizerRule`` combines them; what they must give is in
/// `Fixtures/examples/organizer.es.tsv` (its rows marked "= " run alone, near
/// misses included). All folded.
struct OrganizerCues: Sendable {
    /// Nouns that name a cluster or bloc, and which of the two each names.
    var nouns: [String: Organizer.Kind]
    /// Of ``nouns``, those that name one only before an emulation word ("conjunto de
    /// emulación"; "conjunto de medidas", "sector de competencia" are none).
    var emulationOnlyNouns: Set<String>
    /// After a noun, what makes it an emulation unit: "de emulación", "emulativo".
    var emulationWords: [String]
    /// After a noun not in ``emulationOnlyNouns``: "de competencia (emulativa)".
    var competitionWords: [String]
    /// Nouns that name one by a number alone ("Clúster n.º 5", "Grupo número 6",
    /// "la agrupación número 1").
    var numberedNouns: [String]
    /// Nouns that name one by a bare number right after them ("Clúster 6",
    /// "Bloque IV"), and, in brackets, these too ("(grupo 8)").
    var bareNumberedNouns: [String]
    var bracketedNumberedNouns: [String]
    /// Nouns that name one by a number after one word of its field ("Clúster de
    /// actividades número 4"; "bloque de viviendas n.º 5" is none).
    var fieldNumberedNouns: [String]
    /// Words before a number ("n.º", "No.", "número"); dots and "º" as printed.
    var numberMarks: [String]
    /// Nouns that name one plainly, with no emulation word: by a count of
    /// provinces ("la agrupación de las siete provincias fronterizas", "el grupo
    /// de siete provincias"), or by a name after the emulation it holds ("la
    /// emulación del bloque de Asuntos Internos").
    var plainNouns: [String]
    /// Of those, the nouns that name one plainly anywhere in a text about
    /// emulation: by a capitalised name ("Bloque de Dependencias de Asuntos
    /// Internos"), or by the units it groups ("Bloque de los departamentos de
    /// gestión estatal 1"); "grupo" is too common a word for that ("el grupo de los
    /// jóvenes", "Grupo de Electricidad de Vietnam").
    var namedNouns: [String]
    /// Plural nouns of the units a bloc is named by, after "de los" / "de las".
    var memberNouns: [String]
    /// Nouns counted in a cluster's name.
    var countedNouns: [String]
    /// Capitalised words after a plain noun that name no cluster ("Bloque de Viviendas").
    var notNames: Set<String>
}

extension OrganizerCues {
    static let spanish = OrganizerCues(
        nouns: ["cluster": .cluster, "grupo": .cluster, "conglomerado": .cluster, "agrupacion": .cluster,
                "agrupamiento": .cluster, "conjunto": .cluster, "zona": .cluster, "nucleo": .cluster,
                "bloque": .bloc, "sector": .bloc],
        emulationOnlyNouns: ["conjunto", "zona", "nucleo", "sector"],
        emulationWords: ["de emulacion", "emulativo", "emulativa"],
        competitionWords: ["de competencia emulativa", "de competencia", "de competicion"],
        numberedNouns: ["cluster", "grupo", "bloque", "conglomerado", "agrupacion", "agrupamiento"],
        bareNumberedNouns: ["cluster", "bloque"],
        bracketedNumberedNouns: ["grupo", "agrupacion", "agrupamiento"],
        fieldNumberedNouns: ["cluster"],
        numberMarks: ["n.º", "n. º", "nº", "n°", "n.°", "n.o", "no.", "numero", "num.", "nro."],
        plainNouns: ["bloque", "cluster", "grupo", "agrupacion", "agrupamiento"],
        namedNouns: ["bloque", "cluster", "agrupacion", "agrupamiento"],
        memberNouns: ["departamentos", "dependencias", "entidades", "unidades", "organismos", "oficinas", "agencias",
                      "comisiones", "instituciones", "ministerios", "sindicatos", "federaciones", "asociaciones",
                      "empresas", "companias", "escuelas", "universidades", "institutos", "hospitales", "centros",
                      "bancos", "sucursales", "tribunales", "fiscalias", "policias", "cooperativas", "juntas", "servicios"],
        countedNouns: ["provincias", "distritos", "ciudades", "municipios", "localidades"],
        notNames: ["viviendas", "edificios", "apartamentos", "pisos", "aulas", "hormigon", "piedra"])

    /// The Spanish number words, folded, one to thirty.
    static let numberWords = Numerals.spanishWords
}
