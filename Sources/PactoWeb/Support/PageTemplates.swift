import Foundation
import Mustache

/// The page templates (Mustache, HTML-escaping by default) and the static
/// files, read once from the target's resources.
struct PageTemplates: Sendable {
    let library: MustacheLibrary

    /// Loads every `*.mustache` of the `Templates` resource folder, each
    /// named after its file.
    static func load() throws -> PageTemplates {
        precondition(EscapingHTML.registered)
        let folder = try WebResources.folder("Templates")
        var templates: [String: MustacheTemplate] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
        }
        return PageTemplates(library: MustacheLibrary(templates: templates))
    }

    /// Renders `view` with the template `name`.
    /// - Throws: ``WebResources/Missing`` when there is no such template.
    func render(_ view: Any, with name: String) throws -> String {
        guard let html = library.render(view, withTemplate: name) else {
            throw WebResources.Missing(name: "template \(name)")
        }
        return html
    }
}

/// Files shipped as resources of `PactoWeb`.
enum WebResources {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "PactoWeb resource not found: \(name)" }
    }

    static func folder(_ name: String) throws -> URL {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent(name),
              FileManager.default.fileExists(atPath: url.path)
        else { throw Missing(name: name) }
        return url
    }

    static func file(_ name: String) throws -> Data {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent(name),
              let data = FileManager.default.contents(atPath: url.path)
        else { throw Missing(name: name) }
        return data
    }
}
