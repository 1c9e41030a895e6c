package org.chancery.app.cli;

import java.io.PrintWriter;
import org.chancery.app.ingest.IngestService;

/** A one-line progress bar on stderr when it is a terminal; silent otherwise. */
final class Progress {
    private Progress() {
    }

    static IngestService.Progress forTerminal(PrintWriter err) {
        if (System.console() == null) {
            return IngestService.Progress.NONE;
        }
        return (index, total, docId) -> {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) index * width / total);
            err.printf("\r[%s%s] %d/%d %s", "#".repeat(filled), " ".repeat(width - filled), index, total,
                    docId == null ? "" : shorten(docId));
            if (index == total) {
                err.print("\r" + " ".repeat(width + 60) + "\r");
            }
            err.flush();
        };
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? String.format("%-40s", s) : s.substring(0, 37) + "...";
    }
}
