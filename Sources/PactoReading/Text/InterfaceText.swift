import Foundation
import PactoModel
/// The words of page furniture that capture tools and CMSs leave around an
/// article: language switches, share bars, font-size widgets, comment forms,
/// "related news" headers. Matched on whole lines, case-folded.
enum InterfaceText {
    /// Lines that are interface text whole.
    static let lines: Set<String> = [
        // Vietnamese portals
        "tiếng việt | english", "tiếng việt", "english", "chia sẻ bài viết", "chia sẻ", "chia sẻ:", "xem cỡ chữ - + đọc bài viết",
        "xem cỡ chữ", "cỡ chữ", "đọc bài viết", "gửi bình luận", "reset captcha", "trả lời", "gửi bình luận của bạn",
        "ý kiến bạn đọc - gửi bình luận", "gửi bình luận nhập lại", "email in pdf.", "email in pdf", "in bài viết",
        "bản in", "in trang", "in", "lưu bài viết", "lưu", "gửi email", "gửi bài viết", "quay lại", "trở về", "về đầu trang",
        "lên đầu trang", "đầu trang", "xem thêm", "đọc thêm", "xem tiếp", "nhập lại", "gửi", "mã xác nhận",
        "nhập mã xác nhận", "bình luận", "bình luận (0)", "ý kiến", "ý kiến (0)", "ý kiến của bạn", "ý kiến bạn đọc",
        "đánh giá", "đánh giá bài viết", "thích", "tweet", "zalo", "facebook", "twitter", "google", "linkedin",
        "xuất bản thông tin", "chi tiết bài viết", "chi tiết bài viết tin nổi bật", "html clipboard", "tin nổi bật",
        "trang chủ", "tin tức", "tin tức - sự kiện", "tin tức sự kiện", "lượt xem", "số lượt xem", "in bài", "gửi bài",
        "góp ý", "phản hồi", "họ tên", "họ và tên", "địa chỉ email", "nội dung", "tải về", "file đính kèm",
        "a a a", "a- a a+", "a+ a a-", "-a +a", "nghe đọc bài", "nghe bài viết", "đọc bài", "tắt", "bật",
        // Spanish, English and others
        "fuente", "kommentar (0)", "kommentar", "compartir", "comparte", "comparte esta noticia", "imprimir", "comentar",
        "comentarios", "comentarios (0)", "0 comentarios", "ver más", "leer más", "más información", "suscríbete",
        "share", "share this", "share this article", "print", "email", "e-mail", "comments", "comment", "reply",
        "leave a reply", "read more", "related", "related articles", "advertisement", "publicidad", "anuncio",
        "whatsapp", "telegram", "copy link", "copiar enlace", "menú", "menu", "buscar", "search", "inicio", "home",
        "responder", "imprimir artículo", "enviar por correo", "email imprimir pdf.", "email imprimir pdf",
        // a section's name over the page ("TIN TỨC SỰ KIỆN" in Spanish), an advert's label left as text
        "noticias y eventos", "noticias - eventos", "noticias y actividades", "noticias y sucesos", "noticias",
        "actualidad", "quảng cáo", "adquảng cáo", "ad quảng cáo", "adpublicidad", "ad publicidad", "ad",
        // a share button, a video player's label, a picture widget's leftovers ("leftcenterrightdel", "image banner")
        "compartir el artículo", "compartir artículo", "compartir la noticia", "compartir noticia", "chia sẻ bài báo",
        "video clip:", "videoclip:", "video:", "clip:", "leftcenterrightdel", "image banner", "banner", "khám phá",
        // a link back to the top, a reader's "read / listen to the article" button
        "quay lên trên", "lên trên", "volver arriba", "ir arriba", "subir", "leer el artículo", "leer artículo",
        "escuchar el artículo", "escuchar artículo", "nghe bài", "đọc bài báo",
    ]

    /// Lines that open the part of a page after the article (related news,
    /// comments): nothing after them belongs to the article.
    static let tailOpeners: Set<String> = [
        "tin cùng chuyên mục", "tin khác", "các tin khác", "tin liên quan", "bài viết liên quan", "các bài viết khác",
        "tin mới hơn:", "tin cũ hơn:", "tin mới hơn", "tin cũ hơn", "tin đã đưa", "các tin đã đưa", "tin bài khác",
        "các tin mới", "tin mới", "tin xem nhiều", "đọc nhiều", "xem nhiều", "tin đọc nhiều", "tin cùng loại",
        "gửi bình luận", "gửi bình luận của bạn", "ý kiến bạn đọc", "ý kiến bạn đọc - gửi bình luận", "bình luận",
        "trả lời", "để lại bình luận", "viết bình luận", "kommentar (0)", "comentarios", "noticias relacionadas",
        "artículos relacionados", "te puede interesar", "le puede interesar", "deja un comentario", "related articles",
        "related news", "leave a reply", "more stories", "read next", "notas relacionadas", "más noticias",
        "otras noticias", "también te puede interesar", "te recomendamos", "noticias recomendadas", "auch interessant",
        "lesen sie auch", "weitere artikel", "leave a comment", "you may also like", "czytaj także", "à lire aussi",
        "lire aussi", "sur le même sujet", "bài viết cùng chuyên mục", "cùng chuyên mục", "các tin cũ hơn",
        "tin tức khác", "tin bài liên quan", "xem thêm tin", "bài đọc nhiều", "video liên quan", "most read",
        "más leídas", "lo más leído", "mais lidas", "les plus lus", "meistgelesen", "najczęściej czytane",
        // "other news", "other pictures": a gallery or a list of other pages after the article
        "các tin tức khác", "các tin bài khác", "các bài khác", "bài khác", "một số hình ảnh khác", "hình ảnh khác",
        "các hình ảnh khác", "tin tức liên quan", "các tin liên quan", "các bài viết liên quan", "otras fotos", "más fotos",
        // the Spanish rendering of a Vietnamese portal's comment form and gallery ("Ý kiến bạn đọc - Gửi bình luận")
        "opiniones de los lectores - enviar comentario", "opiniones de los lectores", "enviar comentario",
        "otras imágenes", "más imágenes",
        // a portal's list of its other sections after the article, the reply form of a Spanish WordPress page
        "chuyên mục khác", "các chuyên mục khác", "otras secciones", "otras categorías", "responder",
        "deja una respuesta", "dejar una respuesta", "dejar un comentario",
        // a portal's footer: the network-trust badge, its "useful information" box
        "chứng nhận tín nhiệm mạng", "chung nhan tin nhiem mang", "các thông tin tiện ích", "thông tin tiện ích",
        "certificado de confianza de la red", "información útil", "información de interés", "informaciones de interés",
        "enlaces de interés", "thông tin cần biết",
    ]

    /// Prefixes that mark a whole line as furniture ("Lượt xem: 1655",
    /// "Cập nhật ngày: …" without other text is a stamp line instead).
    static let linePrefixes: [String] = [
        "lượt xem:", "số lượt xem:", "lượt đọc:", "lượt truy cập:", "visitas:", "número de visitas:", "lecturas:", "vistas:",
        "từ khóa:", "từ khoá:", "tags:", "tag:", "etiquetas:", "chủ đề:",
        // the section a page is filed under ("Chuyên mục: Đảng và Đoàn thể", "Categoría: Sociedad")
        "chuyên mục:", "danh mục:", "sección:", "categoría:", "categorías:", "archivado en:",
        "email của bạn sẽ không được hiển thị", "your email address will not be published",
        "tu dirección de correo electrónico no será publicada", "su dirección de correo electrónico no se publicará",
        "su dirección de correo electrónico no será publicada", "tu dirección de correo electrónico no se publicará",
        "bản quyền", "copyright", "©",
        // a link to another article set inside this one ("Tin liên quan: …", "Lea también: …")
        "tin liên quan:", "bài liên quan:", "xem thêm:", "đọc thêm:", "mời xem thêm:", "lea también:", "lee también:",
        "le puede interesar:", "te puede interesar:", "ver también:", "noticia relacionada:", "noticias relacionadas:",
        // a portal's error left where a linked part of the page failed to load (SharePoint)
        "cannot retrieve the url specified", "không thể truy xuất url",
    ]

    /// Prefixes of a source line ("Nguồn: https://…", "Fuente: VNA").
    static let sourcePrefixes: [String] = ["nguồn:", "nguồn :", "nguồn tin:", "nguồn ảnh:", "fuente:", "fuente de la foto:",
                                           "fuente de las fotos:", "source:", "link bài viết:", "link:"]

    static func isInterface(_ line: String) -> Bool {
        guard line.utf8.count <= 400 else { return false }
        let folded = line.lowercasedLatin()
        if lines.contains(folded) || tailOpeners.contains(folded) { return true }
        if sources.opens(folded),
           folded.contains("http") || folded.split(separator: " ").count <= 8 {
            // "Nguồn: Hoàng Văn Bình - Phòng Nghiệp vụ": a person cited as the source is the writer.
            return !BylineRule.namesPerson(line)
        }
        // A line of marks alone (".", "***", "—") says nothing.
        if !line.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        // Hashtags ("#congantuyenquang #thidua"), a script's variable left as text ("intNumViewTotal=220").
        if folded.first == "#", folded.split(separator: " ").allSatisfy({ $0.hasPrefix("#") }) { return true }
        if folded.utf8.contains(UInt8(ascii: "=")), !folded.utf8.contains(UInt8(ascii: " ")), folded.first?.isLetter == true { return true }
        return furniture.opens(folded) || isFileName(folded) || StampRule.isTodayLine(line)
    }

    /// Picture files a capture left as text: a file name ("KHOI THI DUA (1).JPG",
    /// "anh-hoi-nghi.png") or a camera's name for a shot ("IMG 7955", "DSC_0123").
    static let pictureExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"]
    static let cameraPrefixes = ["img", "dsc", "dscf", "dscn", "dji", "pxl"]

    static func isFileName(_ folded: String) -> Bool {
        // Most lines are neither: a name ends in a dot and a few letters, a camera's in digits.
        var bytes = folded.utf8[...]
        while bytes.last == UInt8(ascii: " ") { bytes = bytes.dropLast() }
        guard let last = bytes.last else { return false }
        let isName = bytes.suffix(6).contains(UInt8(ascii: ".")) && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(last)
        guard isName || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(last), bytes.count <= 100 else { return false }
        let line = String(Substring(bytes))
        if isName {
            guard pictureExtensions.contains(where: line.hasSuffix) else { return false }
            // A name, not a sentence that ends on one: few words, no sentence punctuation inside.
            return line.split(separator: " ").count <= 8 && !line.dropLast(5).contains(where: { ",;:!?".contains($0) })
        }
        let letters = line.prefix { $0.isLetter }
        let rest = line.dropFirst(letters.count).drop { $0 == " " || $0 == "_" || $0 == "-" }
        return cameraPrefixes.contains(String(letters)) && (3...6).contains(rest.count) && rest.allSatisfy(\.isNumber)
    }

    private static let sources = Prefixes(sourcePrefixes)
    private static let furniture = Prefixes(linePrefixes)
    /// Tail openers long enough to open a longer line.
    private static let longTailOpeners = Prefixes(tailOpeners.filter { $0.count >= 8 }.sorted())

    /// What a comment form's notice says, as printed (it opens the page's tail at any length):
    /// "Vui lòng gõ tiếng Việt có dấu", "… biên tập ý kiến của bạn đọc trước khi xuất bản".
    static let commentNotices = [
        "tiếng Việt có dấu", "tiếng việt có dấu", "ý kiến của bạn đọc trước khi", "ý kiến bạn đọc trước khi",
        "comentarios serán moderados", "comentarios están sujetos a moderación", "comentarios de los lectores antes de",
        "escriba en vietnamita con tildes",
    ]

    /// The line holds a comment form's notice (a notice is a short line: 400 bytes at most).
    static func holdsCommentNotice(_ line: String) -> Bool {
        let count = line.utf8.count
        guard count >= 16, count <= 400 else { return false }
        return ByteSearch.containsAny(commentNotices, in: line)
    }

    static func opensTail(_ line: String) -> Bool {
        if holdsCommentNotice(line) { return true }
        guard line.utf8.count <= 120 else { return false }
        var lower = line.lowercasedLatin().trimming(" :.»>")
        if tailOpeners.contains(lower) { return true }
        // "Tin liên quan: …", "NOTAS RELACIONADAS >" and the like, on a short line.
        guard Folding.hasAtMost(39, charactersIn: lower) else { return false }
        lower = String(lower.prefix(40))
        return longTailOpeners.opens(lower)
    }
}
