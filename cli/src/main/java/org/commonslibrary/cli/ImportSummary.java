package org.commonslibrary.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What became of each file of an import. */
final class ImportSummary {

    private final int files;
    private final List<String> added = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private final Map<String, String> failed = new LinkedHashMap<>();

    ImportSummary(int files) {
        this.files = files;
    }

    void added(String name) {
        added.add(name);
    }

    void duplicate(String name) {
        duplicates.add(name);
    }

    void failed(String name, String reason) {
        failed.put(name, reason);
    }

    int finished() {
        return added.size() + duplicates.size() + failed.size();
    }

    List<String> addedFiles() {
        return List.copyOf(added);
    }

    List<String> duplicates() {
        return List.copyOf(duplicates);
    }

    Map<String, String> failed() {
        return Map.copyOf(failed);
    }

    void print(PrintStream out) {
        out.printf("%d file(s): %d added, %d already in the library, %d failed.%n", files, added.size(),
                duplicates.size(), failed.size());
        duplicates.forEach(name -> out.println("  duplicate: " + name));
        failed.forEach((name, reason) -> out.println("  failed:    " + name + " - " + reason));
    }
}
