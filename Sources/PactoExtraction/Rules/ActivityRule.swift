import Foundation
import PactoModel

/// What the meeting does. Each activity has phrases that show it, and
/// phrases that only look like it (a review "of the pact signing", a
/// movement "launched by the ministry", a plan's task list).
struct ActivityRule: Sendable {
    struct Cue: Sendable {
        var activity: Activity
        var pattern: Pattern
        /// A report of results ("báo cáo kết quả", "presentó el informe"): the
        /// annual review only when the meeting is not a mid-year one.
        var yieldsToMidyear = false
    }

    let cues: [Cue]
    /// Openings of a sentence that tell a period's results (`ActivityRule+Results`).
    var results: [ResultsOpening] = []
    /// A praise of the cluster's results (`ActivityRule+Appraisal`).
    var appraisal: Pattern? = nil
    // Each cue's reach is the farthest its pattern's match can extend from
    // an anchor: the bounded parts ("[^.;]{0,90}") and words around it.

    static let vietnamese = ActivityRule(cues: [
        Cue(activity: .pactSigning, pattern: Pattern(#"(?<![a-z])(?<!tong ket )(?<!tong ket viec )(?<!noi dung )(?<!noi dung da )(?<! se )(?:ky|ki)(?: ket| cam ket)?,?(?: vao)?(?: ban| bang)?(?: \d+)?(?: noi dung)? giao uoc|(?<![a-z])(?<!da )(?<!duoc )(?:ky|ki) ket thi dua|(?<![a-z])dang ky giao uoc|(?:hoi nghi|le) giao uoc thi dua|(?<![a-z])le (?:ky|ki) ket(?! (?:hop tac|chuong trinh|quy che|thoa thuan|bien ban|ke hoach|hop dong|phoi hop))(?![a-z])|(?<![a-z])(?:ky|ki)(?: ket)? cam ket thuc hien giao uoc|(?<![a-z])(?:ky|ki) (?:ket )?cam ket thi dua|(?<![a-z])(?:ky|ki) ket thuc hien (?:\d+ |cac |nhung )?(?:noi dung|chi tieu) thi dua"#)),
        Cue(activity: .movementLaunch, pattern: Pattern(#"(?:hoi nghi|le|chuong trinh)[^.;]{0,40}phat dong|(?:cum|khoi)(?: thi dua)?(?: so [0-9ivx]+)? (?:da |dong thoi |cung |chinh thuc )?phat dong(?! nhieu)(?!, to chuc)|(?:dong thoi|da to chuc|to chuc) phat dong[^.;]{0,60}(?:va|,) (?:ky|ki)|phat dong va (?:ky|ki)|(?:tong ket|so ket|giao uoc)[^.;]{0,60}(?: va|,) (?:to chuc )?phat dong (?:phong trao|dot thi dua|thi dua)|dong thoi phat dong|(?:du thao|thong qua)[^.;]{0,30}(?:noi dung |ke hoach )?phat dong|trien khai ke hoach phat dong|^phat dong|(?:tai hoi nghi|hoi nghi da|thong qua)[^.]{0,160};\s*phat dong (?:phong trao|thi dua|dot thi dua)|(?:da|chinh thuc) phat dong (?:phong trao )?thi dua nam \d{4}"#)),
        Cue(activity: .midyearReview, pattern: Pattern(#"(?<![a-z])(?<!co )so ket(?! qua)|(?:hoi nghi|giao ban|nhin lai) 6 thang dau nam|(?:hoi nghi|giao ban)(?:(?!nhiem vu|ke hoach|phuong huong|trien khai)[^.;]){1,60}(?<!\d)0?6 thang dau nam|(?:thuc hien|danh gia)[^.;]{0,100}6 thang dau nam"#)),
        Cue(activity: .annualReview, pattern: Pattern(#"(?<![a-z])tong ket|binh (?:xet|chon) (?:cac )?(?:danh hieu|thi dua|khen thuong|ket qua thi dua)|(?:to chuc|tien hanh) cham diem(?:,? xep hang)? thi dua|(?:bo phieu|binh chon|suy ton)(?: bau| suy ton| binh chon)? (?:\d+(?:/\d+)? |cac )?(?:don vi|tap the)(?! (?:truc thuoc|thanh vien))|qua binh xet|(?<![a-z])(?:hop|tien hanh)(?: hop)?,? (?:thao luan,? )?(?:va )?(?:binh xet|suy ton)(?![a-z])|binh xet,? suy ton|nhin lai (?:mot nam|nam \d{4}|nam qua)|(?:hop|hoi nghi|cuoc hop) xet(?: duyet)?,? (?:de nghi )?(?:thi dua|khen thuong|danh hieu)"#)),
        Cue(activity: .annualReview, pattern: Pattern(#"(?:bao cao|danh gia) ket qua (?:hoat dong|thuc hien|cong tac|thi dua|phong trao)|(?:hoi nghi|to chuc|tien hanh) danh gia (?:cong tac|phong trao) thi dua|bao cao (?:cong tac )?thi dua[^.;]{0,40} nam (?:qua|20\d\d)(?![\d-])"#), yieldsToMidyear: true),
        // The plan's phrasings, one cue each, so that each runs only around
        // its own words ("nhiệm vụ trọng tâm" is rarer than "triển khai").
        Cue(activity: .planDeployment, pattern: Pattern(#"(?<!viec )(?<!ket qua )(?<!tinh hinh )trien khai (?:ke hoach|nhiem vu|phuong huong|cong tac (?:thi dua|khen thuong|nam \d{4})|chuong trinh)|phuong huong,? nhiem vu|(?:de xuat|de ra|neu|thao luan|thong nhat)(?: cac)? phuong huong|de ra (?:\d+ )?(?:phuong huong|dinh huong|nhiem vu|\w+ nhiem vu)|ban phuong huong|ban (?:cac )?giai phap (?:thuc hien|hoan thanh) (?:cac )?nhiem vu (?:nam \d{4}|6 thang cuoi nam)|(?:va|,) phuong huong (?:nhiem vu )?(?:6 thang cuoi nam|nam \d{4}|nam toi|thoi gian toi)"#)),
        Cue(activity: .planDeployment, pattern: Pattern(#"(?:tong ket|so ket)[^.;]{0,90}(?:,| va) (?:trien khai |de ra |thao luan )?(?:nhiem vu(?: trong tam)?(?: cong tac)?|ke hoach(?: cong tac| thi dua)?) (?:nam \d{4}|6 thang cuoi nam)"#)),
        Cue(activity: .planDeployment, pattern: Pattern(#"(?:quyet dinh|de ra|thong nhat|ban) (?:cac )?nhiem vu[^.;]{0,40}(?:6 thang cuoi nam|nam \d{4})|thong nhat (?:thuc hien|trien khai) (?:mot so |cac |nhung )?nhiem vu"#)),
        Cue(activity: .planDeployment, pattern: Pattern(#"(?:thong qua|thong nhat)[^.;]{0,70}(?<![a-z])(?:ke hoach|chuong trinh) (?:hoat dong|hanh dong|to chuc|thi dua|trien khai|cong tac|phat dong|so ket|tong ket)|(?:thong qua|thong nhat) (?:cac |du thao )?(?:ke hoach|chuong trinh)(?:,| va )|(?:(?<![a-z])va|,) ban hanh (?:cac )?(?:ke hoach|chuong trinh)(?![a-z])|(?:cum|khoi|hoi nghi) (?:da )?de ra (?:cac )?muc tieu"#)),
        Cue(activity: .planDeployment, pattern: Pattern(#"(?:trinh bay|thong qua|thong nhat|quan triet|trien khai)[^.;]{0,60}nhiem vu trong tam"#)),
        // "thông qua các dự thảo Quy chế …; Kế hoạch thực hiện phong trào thi đua; …": a plan in a list of documents adopted.
        Cue(activity: .planDeployment, pattern: Pattern(#"(?:thong qua|thong nhat)(?: cac)?(?: du thao)?[^.]{0,90}?(?:;|,| va) (?:du thao |ban )?ke hoach (?:thuc hien|hoat dong|to chuc|thi dua|trien khai|cong tac)"#)),
        Cue(activity: .planDeployment, pattern: Pattern(#"hoi nghi[^.;]{0,40}(?:thong nhat|de ra)[^.;]{0,160}trien khai (?:cac |nhieu |dong bo )?giai phap"#)),
        Cue(activity: .awardPresentation, pattern: Pattern(#"(?<!de nghi )(?<![a-z])trao(?: tang)?(?: cac)? (?:bang khen|co thi dua|co |danh hieu|giay khen|huan chuong|ky niem chuong)|to chuc trao tang|(?<![a-z])trao thuong (?:cho )?|(?<![a-z])trao (?:cac )?giai(?![a-z])|(?:dip nay|tai hoi nghi(?: nay)?),(?:(?!de nghi|binh xet|suy ton|bo phieu|nam qua|truoc do)[^.;]){0,80}duoc(?:(?!de nghi|se )[^.;]){0,40}?(?<![a-z])(?:(?:trao tang|tang|trao|nhan) (?:bang khen|co |giay khen|huan chuong|danh hieu)|khen thuong(?![a-z]))|(?<![a-z])vinh danh (?:\d+|cac|nhung) (?:tap the|ca nhan|don vi)|(?<![a-z])(?<!duoc )(?<!xet )tang (?:cac )?(?:bang khen|co thi dua|giay khen|co "|co cua)|(?<![a-z])(?<!de nghi )(?<!duoc )khen thuong (?:cho )?(?:\d+|cac|nhung) (?:tap the|ca nhan|don vi)"#)),
        Cue(activity: .leadershipHandover, pattern: Pattern(#"(?:(?<![a-z])bau|ban giao|chuyen giao|luan phien|luan luu)[^.;]{0,90}(?:cum truong|truong cum|khoi truong|truong khoi|cum pho|pho cum|khoi pho|pho khoi|don vi truong)|(?:nhan nhiem vu|(?<!duoc )giao nhiem vu|gioi thieu|tiep nhan)[^.;]{0,40}(?:cum truong|truong cum|khoi truong|truong khoi|cum pho|pho cum|khoi pho|pho khoi|don vi truong)|thong nhat [^.;]{2,60} (?:lam cum truong|lam truong cum|lam khoi truong|lam truong khoi|lam cum pho|lam pho cum|lam khoi pho|lam pho khoi)|(?:suy ton|thong nhat (?:chon|giao|cu))[^.;]{0,90}(?:cum truong|truong cum|khoi truong|truong khoi|cum pho|pho cum|khoi pho|pho khoi|don vi truong)|(?:thay doi|kien toan|chi dinh|cong bo quyet dinh)[^.;]{0,30}(?:cum truong|truong cum|khoi truong|truong khoi|cum pho|pho cum|khoi pho|pho khoi|pho truong cum|pho truong khoi)"#)),
    ], results: vietnameseResults, appraisal: vietnameseAppraisal)

    /// What follows a plan the meeting adopts: "kế hoạch hoạt động", "chương trình công tác".
    static let planKinds = ["hoat dong", "hanh dong", "to chuc", "thi dua", "trien khai", "cong tac", "phat dong"]

    static let spanish = ActivityRule(cues: [
        Cue(activity: .pactSigning, pattern: Pattern(#"(?:firm|rubric|sign)(?:a|an|ar|aron|o|ando|aban)\s+(?:de\s+|del\s+)?(?:el|un|los|su|sus)?\s*(?:pactos?|acuerdos? de emulacion|compromisos? de emulacion|convenios? de emulacion)|suscrib(?:e|en|io|ieron|ir)\s+(?:el |su |un |los )?(?:pactos?|compromisos?|acuerdos? de emulacion|convenios? de emulacion)|(?:firma|suscripcion) (?:del|de los) (?:pactos?|compromisos?|convenios? de emulacion)|(?:firm|rubric|sign)(?:a|an|ar|aron|o)\s+(?:el|los|su|sus)\s+(?:compromisos?|convenios?)(?! de cooperacion)|(?:conferencia|ceremonia|acto) de (?:la )?firma(?! del? (?:acuerdo|convenio|memorando))|inscrib(?:e|en|io|ieron|ir)\s+(?:el |su |los |sus )?(?:pactos?|compromisos?) de emulacion|(?:firm|rubric)(?:o|aron|a|an),?\s+[^.;]{2,35}?\s(?:el|su|los|sus)\s+pactos?\s+de\s+emulacion|(?:firm|rubric)(?:o|aron|a|an)\s+(?:el|los)\s+documentos?\s+del\s+pacto|(?:acordo|acordaron|llego a un acuerdo sobre) (?:los )?contenidos (?:concretos )?del pacto"#)),
        Cue(activity: .movementLaunch, pattern: Pattern(#"(?:lanzo|lanzaron|lanza|lanzan|lanzamiento de|lanzamiento del|lanzar|puso en marcha|pusieron en marcha|dio inicio al?|dieron inicio al?)\s+(?:un|una|el|la|los|las)?\s*(?:(?:primera|segunda|tercera|cuarta|nueva)\s+)?(?:movimientos?|campanas? de emulacion|(?:etapas?|fases?|olas?) de emulacion|emulacion de 20\d\d)|(?:conferencia|ceremonia|acto) de lanzamiento|(?:de|y) lanzamiento y (?:de )?firma|lanz(?:o|aron|a|an) y firm|(?:presento|presentaron|presentar|aprobo|aprobaron|aprobar|adopto|adoptaron)[^.;]{0,40}plan de lanzamiento(?![a-z])"#)),
        Cue(activity: .midyearReview, pattern: Pattern(#"balance semestral|primeros seis meses|seis primeros meses|primer semestre|revision semestral|(?:conferencia|reunion) semestral|(?:reunion|conferencia|balance) de mitad de ano|(?:balance|revision|evaluacion) de (?:los )?nueve (?:primeros )?meses|(?:evaluo|evaluaron|evaluar|balance de) (?:los )?seis meses"#)),
        Cue(activity: .annualReview, pattern: Pattern(#"(?:conferencia|reunion|sesion) (?:de resumen|de balance|de revision|de evaluacion)|evaluacion anual|resumi(?:r|o|eron)(?![a-z])|resumen (?:del|anual)|balance anual|revision anual|revisar (?:el|los) (?:trabajo|resultados)|(?:hace|hizo|hacen|hicieron) (?:el |un )?balance|balance del (?:trabajo|movimiento|ano)|^balance del? (?:cluster|bloque|grupo)(?![a-z])|(?<!baremo de )(?<!criterios de )(?<!tabla de )(?<!metodo de )(?:evaluar|evaluaron|evaluo|evaluacion de) (?:y reconocer |y reconocio |y reconocieron |y honrar |y honraron |y elegir |y eligieron |y seleccionar |y seleccionaron |y votar |los titulos |la emulacion |el trabajo )|conferencia de evaluacion|(?:conferencia|reunion|sesion) de (?:cierre|clausura) del ano|(?:votaron|votar|eligieron|seleccionaron|honraron) a (?:las|los) (?:\w+ )?(?:unidades|colectivos) (?:mas )?(?:destacad|sobresalient|ejemplar|lider)"#)),
        Cue(activity: .annualReview, pattern: Pattern(#"(?:presento|presentaron|escucho|escucharon) (?:el|los) informes? (?:de emulacion|de resultados|sobre (?:los )?resultados)|(?:evaluo|evaluaron|evaluar|reviso|revisaron|repaso|repasaron|examino|examinaron|analizo|analizaron) los resultados"#), yieldsToMidyear: true),
        Cue(activity: .planDeployment, pattern: Pattern(#"(?:desplegar|desplego|desplegaron|implementar|implemento|aprobo|aprobaron|presento|presentaron|se presento|fijaron|fijo)\s+(?:el|los|las|la)\s+(?:plan(?:es)?|tareas|orientaciones|orientacion|programa)|(?:establecer|establecio|definir|definio|trazar|trazo)\s+(?:las\s+)?(?:orientaciones|tareas)|despliegue (?:del plan|de (?:las )?tareas|de los planes|de las orientaciones|de la labor|del trabajo|de (?:las )?actividades)|(?:debatio|debatieron|discutio|discutieron|propuso|propusieron)\s+(?:las\s+|unas\s+)?(?:orientaciones|tareas)|(?:acordo|acordaron) (?:llevar a cabo|realizar|ejecutar|emprender)[^.;]{0,30} tareas|(?:acordo|acordaron|aprobo|aprobaron) (?:las|unas|algunas) tareas (?:comunes|prioritarias|clave)|(?:y|,) (?:del |el )plan (?:de (?:trabajo|actividades|accion) )?para (?:20\d\d|el proximo ano)|(?:orientacion(?:es)?|directrices) (?:y (?:las )?tareas )?(?:prioritarias )?para (?:el segundo semestre|20\d\d|el proximo ano)|(?:el )?(?:plan|programa) de (?:trabajo|actividades|accion) (?:de emulacion [a-z ]{0,30})?(?:del (?:bloque|cluster|grupo) )?para 20\d\d|(?:aprob|acord|present|promulg|emit|emiti)(?:o|aron|ar|ieron)[^.;]{0,110}(?<![a-z])(?:el |los |del )(?:proyecto de )?(?:plan(?:es)?|programa de (?:trabajo|actividades|accion))(?![a-z])|(?<![a-z])(?:grupo|cluster|bloque|conferencia)(?: de emulacion)?(?: (?:n\S{0,3}|no\.?) ?\d+| \d+)? (?:se )?(?:fijo|fijaron|establecio|trazo|planteo) (?:el |los |como )?(?:objetivos?|metas?)(?![a-z])"#)),
        Cue(activity: .awardPresentation, pattern: Pattern(#"(?:entrego|entregaron|entrega|entregan|otorgo|otorgaron|concedio|concedieron|entrega de)\s+(?:\w+\s+)?(?:los |el |las |la |un |unos )?(?:certificados?|banderas?|medallas?|diplomas?|premios)|(?:recompenso|recompensaron|recompensa|recompensan) a (?:las|los|la|el) |(?:galardono|galardonaron|honro|honraron|premio|premiaron) a |(?:bandera|certificado|diploma|medalla)s? de [^.;]{2,40}(?:fue entregad|fueron entregad|fue otorgad|fueron otorgad|fue concedid|fueron concedid)|(?:en esta ocasion|con este motivo|en la conferencia|en el acto|en la ceremonia),(?:(?!propus|propone|votar|votaron|el ano pasado|anteriormente)[^.;]){0,80}(?<![a-z])(?:recibio|recibieron) (?:del? [^.;]{2,40} )?(?:la |el |las |los |una |un )?(?:banderas?|certificados?|diplomas?|medallas?)(?![a-z])"#)),
        Cue(activity: .leadershipHandover, pattern: Pattern(#"(?:eligio|eligieron|elegid[oa]s?|elegir|designo|traspaso|traspasar|cedio|cedieron|entrego el relevo|relevo|asumira|asumiran)[^.;]{0,60}(?:jef[ea]s?|jefatura|subjef[ea]s?|subjefatura|responsable|coordinador(?:a|es)? del? (?:bloque|cluster|grupo)|presidencia(?! de(?:l| la) (?!bloque|cluster|grupo|agrupacion)))|(?:jefatura|subjefatura)[^.;]{0,40}(?:pasa|paso|pasara) (?:a|al) |bandera rotatoria|(?:acordo que|acordaron que|decidio que|decidieron que) [^.;]{2,80} (?:sea|sean|fuera|fueran|asuma|asuman) (?:el |la )?(?:nuev[oa] )?(?:jef[ea]|subjef[ea]|jefatura)|(?:designaron|nombro|nombraron|voto|votaron|asumio|asumieron|asume|asumen|asigno|asignaron)[^.;]{0,60}(?:jef[ea]s?|jefatura|subjef[ea]s?|subjefatura|responsable|presidencia(?! de(?:l| la) (?!bloque|cluster|grupo|agrupacion)))|cambio de (?:presidente|jefe|la presidencia|la jefatura)[^.;]{0,40}(?:del|de la) (?:bloque|cluster|grupo|agrupacion)"#)),
    ], results: spanishResults, appraisal: spanishAppraisal)

    /// "do Bộ Công an phát động": launched by another.
    static let launchedBy = TextPattern(#"(?<![a-z])do\s+[^.;,]{2,45}phat dong"#)

    /// The activities and where each was seen first.
    func activities(in context: Context) -> [Activity: Range<Int>?] {
        var found: [Activity: Range<Int>?] = [:]
        var onlyInCaptions: Set<Activity> = []
        var inPassing: [Activity: Range<Int>] = [:]
        for cue in cues {
            if cue.yieldsToMidyear, found[.midyearReview] != nil { continue }
            // Another cue of the activity found it outside captions already.
            if found[cue.activity] != nil, !onlyInCaptions.contains(cue.activity) { continue }
            for match in context.body.matchSequence(cue.pattern) {
                guard let whole = match[0] else { continue }
                if cue.activity == .annualReview, isAdverbialReview(whole, in: context.body) || isHalfYear(whole, in: context.body) { continue }
                if cue.activity == .movementLaunch, isLaunchedElsewhere(whole, in: context.body) { continue }
                if cue.activity == .planDeployment || cue.activity == .movementLaunch,
                   isContentItem(whole, in: context.body) { continue }
                if cue.activity == .midyearReview || cue.activity == .annualReview,
                   isPlannedLater(whole, in: context.body) || isTaskItem(whole, in: context.body) { continue }
                if cue.activity == .pactSigning, isSignedLater(whole, in: context.body) { continue }
                if cue.activity == .pactSigning, let reviewed = reviewedYear(in: context),
                   signedYear(after: whole, in: context.body) == reviewed {
                    if inPassing[cue.activity] == nil { inPassing[cue.activity] = whole }
                    continue
                }
                if cue.activity == .awardPresentation, Self.givingVerbs.contains(where: context.body.folded.slice(whole).hasPrefix),
                   isProposedOrPast(whole, in: context.body) { continue }
                if cue.activity == .awardPresentation, isRotatingFlag(whole, in: context.body) { continue }
                if isDocumentSubject(whole, in: context.body) || isInOtherEventsTitle(whole, in: context.body) { continue }
                if isPassingMention(whole, in: context.body) {
                    if inPassing[cue.activity] == nil { inPassing[cue.activity] = whole }
                    continue
                }
                if found[cue.activity] == nil {
                    found[cue.activity] = whole
                    if context.body.isCaption(whole.lowerBound) { onlyInCaptions.insert(cue.activity) }
                } else if !context.body.isCaption(whole.lowerBound) {
                    onlyInCaptions.remove(cue.activity)
                }
                // Seen outside captions: later matches change nothing.
                if found[cue.activity] != nil, !onlyInCaptions.contains(cue.activity) { break }
            }
            if found[cue.activity] == nil, let titled = context.title.firstMatch(cue.pattern)?[0],
               !(cue.activity == .annualReview && isHalfYear(titled, in: context.title)) {
                found[cue.activity] = .some(nil)
            }
        }
        // No review and no opening of a year (a signing, a launch) of the meeting's own: an account of a
        // period's results is its review.
        if found[.pactSigning] == nil, found[.movementLaunch] == nil, found[.annualReview] == nil, found[.midyearReview] == nil,
           let told = resultsReview(in: context.body) {
            found[told.activity] = told.range
        }
        // Mentions in passing are all the text tells of the meeting.
        if found.isEmpty {
            for (activity, range) in inPassing { found[activity] = range }
        }
        // Nothing else at all: what is said there of the cluster's results is its review.
        if found.isEmpty, let praised = appraisedReview(in: context) {
            found[praised.activity] = praised.range
        }
        // A caption about another meeting (last year's pact under a mid-year
        // review) adds nothing.
        if found[.midyearReview] != nil {
            for activity in [Activity.pactSigning, .annualReview] where onlyInCaptions.contains(activity) {
                found[activity] = nil
            }
        }
        return found
    }

    /// "Tổng kết thi đua năm 2015 – 2016, có 04 đơn vị ...": a review named
    /// in passing at the head of a sentence about its results.
    func isAdverbialReview(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        guard range.lowerBound - sentence.lowerBound <= 1 else { return false }
        let rest = passage.foldedText(clampedRange(range.lowerBound, min(sentence.upperBound, range.lowerBound + 90)))
        guard let comma = rest.firstIndex(of: ",") else { return false }
        return !rest[rest.startIndex..<comma].contains("hoi nghi")
    }

    /// "la conferencia de balance ... del primer semestre de 2022": a review
    /// of half a year is the mid-year review, not the annual one.
    func isHalfYear(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let after = passage.foldedText(range.upperBound..<min(sentence.upperBound, range.upperBound + 90))
        return ["primer semestre", "primeros seis meses", "seis primeros meses", "semestral", "6 thang dau nam", "9 thang", "quy i",
                "nueve meses", "9 meses"].contains { ByteSearch.contains($0, in: after) }
    }

    /// A task in a list of contents or aims ("tập trung vào 3 nội dung: ...;
    /// triển khai kế hoạch ..."): what members will do, not what the meeting does.
    func isContentItem(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = passage.foldedText(sentence.lowerBound..<range.lowerBound)
        guard let colon = before.lastIndex(of: ":") else { return false }
        let lead = String(before[before.startIndex..<colon])
        return ["noi dung", "nhiem vu trong tam", "tap trung vao", "tap trung", "muc tieu", "giai phap"].contains { ByteSearch.contains($0, in: lead) }
            && !ByteSearch.contains("hoi nghi", in: lead)
    }

    /// An item of a list of tasks ("thống nhất thực hiện một số nhiệm vụ
    /// chung như: …; tổ chức sơ kết và tổng kết …"): a review the members
    /// will hold, not this meeting.
    func isTaskItem(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = passage.foldedText(sentence.lowerBound..<range.lowerBound)
        guard let colon = before.lastIndex(of: ":") else { return false }
        let lead = before[before.startIndex..<colon].suffix(40)
        return Self.taskListLeads.contains { ByteSearch.contains($0, in: String(lead)) }
    }

    /// What ends the lead of a list of tasks.
    static let taskListLeads = ["nhiem vu chung", "nhiem vu trong tam", "nhiem vu chu yeu", "cac nhiem vu", "mot so nhiem vu",
                                "tareas comunes", "tareas prioritarias", "las tareas"]

    /// A review the plan foresees for later ("incluye una reunión de balance
    /// semestral en julio", "sẽ tổ chức sơ kết"), or one held before ("trước đó,
    /// tại hội nghị tổng kết"): not this meeting's.
    func isPlannedLater(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = passage.foldedText(sentence.lowerBound..<range.lowerBound)
        return Self.laterWords.contains { ByteSearch.contains($0, in: before) } || Self.laterEndings.contains { before.hasSuffix($0) }
            || Self.earlierWords.contains { ByteSearch.contains($0, in: clause(before)) }
    }

    /// The year the meeting reviews ("tổng kết … năm 2024" in the title or the body): a pact signed
    /// for that year was signed at its start, not at this meeting.
    func reviewedYear(in context: Context) -> Int? {
        for passage in [context.title, context.body] {
            for match in passage.matchSequence(Self.reviewOfYear) {
                guard let whole = match[0], let year = match[1] else { continue }
                if passage === context.body, isPlannedLater(whole, in: passage) || isPassingMention(whole, in: passage) { continue }
                return Int(passage.folded.slice(year))
            }
        }
        return nil
    }

    /// The year named right after a signing ("ký kết giao ước thi đua “…” năm 2024").
    func signedYear(after range: Range<Int>, in passage: Passage) -> Int? {
        let sentence = passage.sentence(containing: range.lowerBound)
        let window = clampedRange(range.upperBound, min(sentence.upperBound, range.upperBound + 80))
        guard let year = passage.firstMatch(Self.yearAfterSigning, in: window)?[1] else { return nil }
        return Int(passage.folded.slice(year))
    }

    static let reviewOfYear = Pattern(#"(?<![a-z])(?:tong ket[^.;]{0,80}?nam|(?:conferencia|reunion|acto) de (?:balance|resumen|revision|evaluacion)[^.;]{0,80}?(?:de|del ano|en)) (20\d\d)(?![\d-])"#)
    static let yearAfterSigning = Pattern(#"^[^.;,]{0,60}?(?:nam|de|del ano|para) (20\d\d)(?![\d-])"#)

    /// A cue inside the quoted title of a seminar or contest ("hội thảo “Nâng cao chất lượng … tổng kết …”"):
    /// that event's words, not the meeting's business.
    func isInOtherEventsTitle(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = passage.foldedText(sentence.lowerBound..<range.lowerBound)
        guard before.filter({ $0 == "\"" }).count % 2 == 1, let open = before.lastIndex(of: "\"") else { return false }
        let lead = " " + String(before[..<open].suffix(30)) + " "
        return ThemeRule.otherEvents.contains { ByteSearch.contains($0, in: lead) }
    }

    /// A signing the meeting agrees to hold later ("thống nhất sẽ tổ chức ký kết giao ước vào tháng 2").
    func isSignedLater(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = clause(passage.foldedText(sentence.lowerBound..<range.lowerBound))
        return Self.futureSigningWords.contains { ByteSearch.contains($0, in: before) }
    }

    /// The clause a cue stands in: what follows the last semicolon.
    func clause(_ before: String) -> String {
        before.lastIndex(of: ";").map { String(before[before.index(after: $0)...]) } ?? before
    }

    /// The flag that passes to the next head ("trao cờ luân phiên Cụm trưởng",
    /// "la bandera rotatoria"): a handover, not an award.
    func isRotatingFlag(_ range: Range<Int>, in passage: Passage) -> Bool {
        let after = passage.foldedText(clampedRange(range.upperBound, min(passage.count, range.upperBound + 16)))
        return Self.rotatingFlagWords.contains { ByteSearch.contains($0, in: after) }
    }

    static let rotatingFlagWords = ["luan phien", "luan luu", "rotatori"]

    /// Words before a review that put it later than the meeting ("sẽ sơ kết", "harán el balance").
    static let laterWords = ["plan de trabajo", "incluye una", "prevé", "preve ", "se celebrara", "tendra lugar", "haran ", " hara ", " se hop",
                             " se to chuc", "du kien", "plan para el", "ke hoach to chuc", "co so de", "can cu de",
                             "base para", "servira para"]
    /// Words in the clause before a review that put it before the meeting ("trước đó, tại hội nghị tổng kết").
    static let earlierWords = ["truoc do", "nam ngoai", "anteriormente", "el ano pasado"]
    /// Words in the clause before a signing that put it later ("sẽ tổ chức ký kết", "dự kiến ký").
    static let futureSigningWords = [" se to chuc", " se tien hanh", "du kien", " se ky", " se ki", "preve", "previsto", "planea", " va a",
                                     " van a"]
    /// Words right before the review that put it later ("các đơn vị sẽ sơ kết").
    static let laterEndings = [" se", " se tien hanh", " ke hoach", " plan de"]

    /// An award proposed, or given before ("đề nghị UBND tỉnh tặng Cờ thi
    /// đua cho ...", "đã được Bộ tặng Bằng khen"): not handed out at this meeting.
    func isProposedOrPast(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = passage.foldedText(sentence.lowerBound..<range.lowerBound)
        return Self.proposedOrPast.contains { ByteSearch.contains($0, in: before) }
    }

    /// The giving verbs an award proposed or past may start with ("tặng", "khen thưởng").
    static let givingVerbs = ["tang ", "khen thuong "]

    /// Words before a giving verb that make the award proposed, voted, past,
    /// or another meeting's ("Đại hội tặng bằng khen").
    static let proposedOrPast = ["de nghi", "trinh", "duoc", "tung", "nam qua", "se ", "nhat tri", "bo phieu", "binh chon", "suy ton", "bieu quyet", "dai hoi",
                                 "co so de", "can cu de", "lam co so"]

    /// A movement launched by someone else ("do Bộ Công an phát động").
    func isLaunchedElsewhere(_ range: Range<Int>, in passage: Passage) -> Bool {
        let before = passage.foldedText(max(0, range.lowerBound - 50)..<range.upperBound)
        return Self.launchedBy.firstRange(in: before) != nil
    }

    /// A cue inside the subject of a document the meeting follows or reads
    /// out ("Thực hiện Kế hoạch số 44/KH-UBND ... về việc tổ chức các hoạt
    /// động và bình xét thi đua", "la Directiva n.º 01/CT-UBND ... sobre el
    /// lanzamiento del movimiento"): the document's business, not the meeting's.
    func isDocumentSubject(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let start = max(sentence.lowerBound, range.lowerBound - 400)
        guard let reference = passage.firstMatch(Self.documentReference, in: start..<range.lowerBound)?[0] else { return false }
        let before = passage.foldedText(reference.upperBound..<range.lowerBound)
        guard let about = Self.documentSubjects.compactMap({ before.range(of: $0, options: .backwards) })
            .max(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        let subject = String(before[about.upperBound...])
        guard subject.count <= 160, !subject.contains(";") else { return false }
        let between = String(before[..<about.lowerBound])
        return ![subject, between].contains { part in Self.meetingWords.contains { ByteSearch.contains($0, in: part) } }
    }

    /// Words that open a document's subject.
    static let documentSubjects = [" ve viec ", " ve ", " sobre "]
    /// A document with its number ("Kế hoạch số 44", "Decisión n.º 550").
    static let documentReference = Pattern(#"(?<![a-z])(?:ke hoach|quyet dinh|cong van|huong dan|chi thi|thong bao|nghi quyet|thong tri|decision|guia|directiva|despacho|plan|resolucion|instruccion|circular|oficio) (?:so|n\S{0,3}|no\.?)\s*\d"#)
    /// Words of the meeting itself: a cue after them is the meeting's.
    static let meetingWords = ["hoi nghi", "le ky", "buoi le", "conferencia", "reunion", "celebr", "ceremonia"]
}
