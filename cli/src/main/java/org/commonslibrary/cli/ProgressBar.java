package org.commonslibrary.cli;

import java.io.PrintStream;

/** One line redrawn in place: how many of the files have finished, and the latest event. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final int MAX_NOTE = 50;

    private final PrintStream out;
    private final int total;

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    void show(int finished, String note) {
        int filled = total == 0 ? WIDTH : WIDTH * finished / total;
        String shortNote = note.length() > MAX_NOTE ? "..." + note.substring(note.length() - MAX_NOTE + 3) : note;
        out.printf("\r[%s%s] %d/%d %-" + MAX_NOTE + "s", "#".repeat(filled), ".".repeat(WIDTH - filled), finished,
                total, shortNote);
        out.flush();
    }

    void done() {
        show(total, "finished");
        out.println();
    }
}
