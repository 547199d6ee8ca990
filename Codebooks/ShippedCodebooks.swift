import Foundation

/// The codebooks that ship with mediamon, as bundle resources.
public enum ShippedCodebooks {
    /// `Codebooks/kz-2012-majilis.yaml`: the 2012 Majilis elections in Kazakhstan.
    public static var kazakhstan2012: URL {
        Bundle.module.url(forResource: "kz-2012-majilis", withExtension: "yaml")!
    }
}
