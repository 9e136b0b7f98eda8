import ArgumentParser

@main
struct Pacto: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pacto",
        abstract: "Turns articles about Vietnamese emulation (thi đua) conferences into a structured record.",
        subcommands: [Read.self, Extract.self, Eval.self, Import.self, Search.self, Show.self, Pacts.self, Export.self, Check.self, Serve.self]
    )
}
