/// SHA-256 of a whole message, for the audit log's entry hashes. One implementation
/// (`SHA256Stream`, which the manifest also uses) hashes full blocks in place; this is its
/// one-shot form for any collection of bytes. Not used for anything secret.
enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    static func hex(_ bytes: some Collection<UInt8>) -> String {
        bytes.withContiguousStorageIfAvailable { SHA256Stream.hex(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { SHA256Stream.hex($0) }
    }
}
