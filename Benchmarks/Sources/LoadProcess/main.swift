import Foundation
import JobMatchCore
import JobStore
import JSONDecoderBaseline

// A whole-process load of a data directory, for timing from exec to exit (hyperfine):
//   LoadProcess jobmatch DIR     — DataStore.load: every file read, parsed and checked
//   LoadProcess jsondecoder DIR  — Foundation's JSONDecoder on the same files, no checks
// Prints the record counts so both can be seen to have read everything.
let args = CommandLine.arguments
guard args.count == 3, ["jobmatch", "jsondecoder"].contains(args[1]) else {
    FileHandle.standardError.write(Data("usage: LoadProcess jobmatch|jsondecoder DIR\n".utf8))
    exit(2)
}
let directory = URL(fileURLWithPath: args[2])
do {
    let data = args[1] == "jobmatch" ? try DataStore.load(from: directory) : try FoundationLoader.load(directory)
    print("\(args[1]): \(data.candidates.count) candidates, \(data.vacancies.count) vacancies, "
          + "\(data.companies.count) companies, \(data.barometer.count) barometer answers, "
          + "\(data.schema.competences.count) competences, \(data.registry.municipalities.count) municipalities")
} catch {
    FileHandle.standardError.write(Data("cannot load \(directory.path): \(error)\n".utf8))
    exit(1)
}
