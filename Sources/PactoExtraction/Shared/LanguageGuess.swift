import Foundation
import PactoModel

/// A last resort when the reader could not tell the language: Vietnamese
/// text is full of letters no Spanish text has (ư, ơ, đ, ạ, ệ ...).
enum LanguageGuess {
    static func language(of text: String) -> Language {
        var vietnamese = 0
        var spanish = 0
        for scalar in text.unicodeScalars.prefix(4000) {
            switch scalar.value {
            case 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x1EA0...0x1EF9, 0x0102, 0x0103: vietnamese += 1
            case 0x00F1, 0x00D1, 0x00BF, 0x00A1: spanish += 3
            default: break
            }
        }
        let words = " " + Folding.fold(String(text.prefix(3000))) + " "
        for marker in spanishMarkers where words.contains(marker) { spanish += 2 }
        return spanish > vietnamese ? .spanish : .vietnamese
    }

    static let spanishMarkers = [" de la ", " del ", " los ", " las ", " que ", " el ", " en el ", " con "]
}
