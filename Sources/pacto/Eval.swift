import ArgumentParser
extension Pacto { struct Eval: ParsableCommand { func run() throws {} } }
