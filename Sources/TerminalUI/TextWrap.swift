/// Word wrapping by display width (dialogs, detail panes, notices).
public enum TextWrap {
    /// Splits `text` into lines of at most `width` columns, breaking at spaces; a word
    /// longer than the width is cut by character (never inside a wide character).
    /// Existing newlines are kept as line breaks.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while wordWidth > width {
                    let head = DisplayWidth.truncate(word, toWidth: width, ellipsis: "")
                    if head.isEmpty { break }  // a wide character in a 1-column pane
                    lines.append(head)
                    word.removeFirst(head.count)
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
