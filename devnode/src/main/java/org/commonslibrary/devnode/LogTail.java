package org.commonslibrary.devnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/** The last lines of a node's log, for error messages that explain a failed start without opening files. */
final class LogTail {

    private LogTail() {
    }

    static String of(Path log, int maxLines) {
        if (!Files.isRegularFile(log)) {
            return "(no log at " + log + ")";
        }
        Deque<String> lines = new ArrayDeque<>(maxLines);
        // A log can hold bytes that are not UTF-8 (native crash output); ISO-8859-1 never fails to decode.
        try (Stream<String> all = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            all.forEach(line -> {
                if (lines.size() == maxLines) {
                    lines.removeFirst();
                }
                lines.addLast(line);
            });
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
        return String.join(System.lineSeparator(), lines);
    }
}
