package org.commonslibrary.ingest.cases;

import java.util.ArrayList;
import java.util.List;

import org.commonslibrary.ingest.text.ResourceLines;
import org.commonslibrary.ingest.text.TextFolding;

/** The cue words of {@code case-cues.txt}, folded, by kind. */
record CaseCues(List<String> organisationWords, List<String> roles, List<String> outcomeStems) {

    static CaseCues standard() {
        List<String> organisations = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (String line : ResourceLines.read(CaseCues.class, "case-cues.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("case-cues.txt: a line without a kind: " + line);
            }
            List<String> target = switch (line.substring(0, colon).strip()) {
                case "organisation" -> organisations;
                case "role" -> roles;
                case "outcome" -> outcomes;
                default -> throw new IllegalStateException("case-cues.txt: unknown kind in: " + line);
            };
            for (String cue : line.substring(colon + 1).split("\\|")) {
                if (!cue.isBlank()) {
                    target.add(TextFolding.fold(cue.strip()));
                }
            }
        }
        return new CaseCues(List.copyOf(organisations), List.copyOf(roles), List.copyOf(outcomes));
    }
}
