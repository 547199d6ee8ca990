#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MediaModel

/// The terminal settings to put back, kept where a signal handler can reach them.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var rawModeOn = false
nonisolated(unsafe) private var windowChanged: sig_atomic_t = 0

/// Plain style, cursor shown, alternate screen left: built before raw mode starts, so that a
/// signal handler only reads it.
private let leaveScreen: [UInt8] = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)

/// Leaves the alternate screen and restores the terminal; safe inside a signal handler
/// (only `write` and `tcsetattr` on memory prepared beforehand).
private func restoreTerminal() {
    guard rawModeOn else { return }
    rawModeOn = false
    _ = leaveScreen.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings)
}

/// Runs the coder screen on the process's terminal: raw mode, alternate screen, one full redraw
/// per key batch, redraw on resize. The terminal is restored on quit, on SIGINT/SIGTERM/SIGHUP,
/// and when the terminal goes away; nothing needs saving then, as every value is written at once.
public enum TerminalCoder {
    public static func run(_ screen: CoderScreen) throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw InputError("mediamon code needs a terminal; in scripts use `mediamon code add` or `mediamon code import`")
        }
        try enterRawMode()
        defer { restoreTerminal() }

        var decoder = KeyDecoder()
        var size = windowSize()
        var buffer = [UInt8](repeating: 0, count: 4096)
        draw(screen, size)
        screen.prepareNeighbours()
        while true {
            var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 250)
            if windowChanged != 0 {
                windowChanged = 0
                size = windowSize()
                draw(screen, size)
            }
            if ready < 0 { if errno == EINTR { continue } else { return } }
            if ready == 0 {
                // A lone ESC with nothing after it within the poll interval was the Escape key.
                let keys = decoder.flush()
                if !keys.isEmpty, process(keys, screen) { return }
                if !keys.isEmpty { draw(screen, size) }
                continue
            }
            if poller.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, poller.revents & Int16(POLLIN) == 0 { return }
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            if count <= 0 { return } // the terminal closed
            var keys = decoder.feed(Array(buffer[0..<count]))
            if count < buffer.count { keys += decoder.flush() }
            if process(keys, screen) { return }
            draw(screen, size)
            screen.prepareNeighbours()
        }
    }

    /// Hands keys to the screen; true when one of them quits.
    private static func process(_ keys: [Key], _ screen: CoderScreen) -> Bool {
        for key in keys {
            // Ctrl-L repaints a screen another program scribbled on, as in most terminal tools.
            if key == .ctrl("l") { writeAll("\u{1B}[2J"); continue }
            let effects = screen.handle(key)
            if effects.contains(.quit) { return true }
            if effects.contains(.bell) { writeAll("\u{07}") }
        }
        return false
    }

    private static func draw(_ screen: CoderScreen, _ size: (width: Int, height: Int)) {
        let lines = screen.render(width: size.width, height: size.height)
        writeAll("\u{1B}[H" + lines.joined(separator: "\r\n"))
    }

    private static func writeAll(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 { if errno == EINTR { continue } else { return } }
            bytes = bytes.dropFirst(written)
        }
    }

    static func windowSize() -> (width: Int, height: Int) {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        return (80, 24)
    }

    private static func enterRawMode() throws {
        guard tcgetattr(STDIN_FILENO, &savedSettings) == 0 else {
            throw InputError("cannot read the terminal's settings (errno \(errno))")
        }
        var raw = savedSettings
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        // No ISIG: Ctrl-C arrives as a key, and the screen quits cleanly on it.
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else {
            throw InputError("cannot switch the terminal to raw mode (errno \(errno))")
        }
        _ = leaveScreen.count // initialised now, never first inside a signal handler
        rawModeOn = true
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                restoreTerminal()
                _exit(128 + sig)
            }
        }
        signal(SIGWINCH) { _ in windowChanged = 1 }
        // A parent may have blocked these (test runners do); the screen must still hear them.
        var handled = sigset_t()
        sigemptyset(&handled)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&handled, sig) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
        writeAll("\u{1B}[?1049h\u{1B}[?25l\u{1B}[2J")
    }
}
