import Foundation
import JobMatchCore
import TerminalUI

/// A file the loading screen lists before reading starts: its name and size on disk.
public struct LoadingFile: Sendable, Equatable {
    public var name: String
    public var bytes: Int
    public init(name: String, bytes: Int) { self.name = name; self.bytes = bytes }
}

/// What the loader reports as it goes.
public enum LoadingEvent: Sendable, Equatable {
    case reading(file: String)
    case read(file: String, records: Int)
}

/// The loading screen's state: every file with how far it got, then the lookups.
package struct LoadingProgress: Sendable, Equatable {
    package enum FileState: Sendable, Equatable { case waiting, reading, read(records: Int) }
    package var files: [LoadingFile]
    package var states: [FileState]
    /// The files are read; the screens' lookups are being built.
    package var buildingLookups = false

    package init(files: [LoadingFile]) {
        self.files = files
        self.states = Array(repeating: .waiting, count: files.count)
    }

    package mutating func apply(_ event: LoadingEvent) {
        switch event {
        case .reading(let file):
            if let i = files.firstIndex(where: { $0.name == file }) { states[i] = .reading }
        case .read(let file, let records):
            if let i = files.firstIndex(where: { $0.name == file }) { states[i] = .read(records: records) }
            if states.allSatisfy({ if case .read = $0 { return true } else { return false } }) { buildingLookups = true }
        }
    }

    /// 0…100 by bytes of the files read so far.
    package var percent: Double {
        let total = files.reduce(0) { $0 + $1.bytes }
        guard total > 0 else { return buildingLookups ? 100 : 0 }
        let done = zip(files, states).reduce(0) { sum, pair in
            if case .read = pair.1 { return sum + pair.0.bytes } else { return sum }
        }
        return Double(done) * 100 / Double(total)
    }
}

/// The first frame: drawn before any data is read, so the terminal is never blank while a
/// national-scale directory loads. One line per file (waiting, reading…, read with its
/// record count) with a bar, and an overall bar by bytes.
package enum LoadingView {
    package static func render(_ progress: LoadingProgress, context: WorkbenchContext, size: TerminalSize, usesColor: Bool) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let width = size.width
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .title)
        buffer.put(" jobmatch │ Loading", x: 0, y: 0, style: Style(.title, bold: true), maxWidth: width)
        let right = " \(context.today) "
        buffer.put(right, x: max(0, width - DisplayWidth.of(right)), y: 0, style: .title)
        buffer.put(" Loading \(context.dataDirectory)", x: 0, y: 2, style: Style.normal.bolded, maxWidth: width)
        let nameWidth = min(24, (progress.files.map { DisplayWidth.of($0.name) }.max() ?? 0) + 2)
        let barWidth = max(10, min(30, width - nameWidth - 34))
        for (i, file) in progress.files.enumerated() {
            let y = 4 + i
            guard y < size.height - 3 else { break }
            let state = progress.states[i]
            let (percent, note, style): (Double, String, Style) = {
                switch state {
                case .waiting: return (0, "waiting", .dim)
                case .reading: return (0, "reading…", .normal)  // how far within a file is not known
                case .read(let n): return (100, file.name.hasSuffix(".jsonl") ? Format.plural(n, "record") : "read", .good)
                }
            }()
            var x = buffer.put("  " + DisplayWidth.pad(file.name, toWidth: nameWidth), x: 0, y: y, maxWidth: width)
            x += buffer.put(DisplayWidth.rightAlign(Self.size(file.bytes), toWidth: 9) + "  ", x: x, y: y, style: .dim)
            let bar = Draw.gauge(percent, width: barWidth, usesColor: usesColor)
            x += buffer.put(bar, x: x, y: y, style: style)
            buffer.put("  " + note, x: x, y: y, style: style, maxWidth: max(0, width - x))
        }
        let y = min(size.height - 3, 5 + progress.files.count)
        let overall = "  " + Draw.gauge(progress.percent, width: barWidth + nameWidth + 11, usesColor: usesColor)
            + " \(Int(progress.percent.rounded()))%"
        buffer.put(overall, x: 0, y: y, style: Style.normal.bolded, maxWidth: width)
        if progress.buildingLookups, y + 2 < size.height - 1 {
            buffer.put("  Building the lookups for the screens…", x: 0, y: y + 2, style: .dim, maxWidth: width)
        }
        buffer.fill(Rect(x: 0, y: size.height - 2, width: width, height: 1), style: .statusBar)
        buffer.put(" \(context.dataDirectory) │ \(context.user.user)", x: 0, y: size.height - 2, style: .statusBar, maxWidth: width)
        buffer.put(" The Dashboard opens as soon as the data is in · q or Ctrl-C stops", x: 0, y: size.height - 1, style: .dim, maxWidth: width)
        return buffer
    }

    /// "58 MB", "912 kB", "0 B".
    static func size(_ bytes: Int) -> String {
        if bytes >= 10_000_000 { return "\(bytes / 1_000_000) MB" }
        if bytes >= 1_000_000 { return "\(Format.points(Double(bytes) / 1_000_000)) MB" }
        if bytes >= 1_000 { return "\(bytes / 1_000) kB" }
        return "\(bytes) B"
    }
}
