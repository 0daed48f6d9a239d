package org.commonslibrary.model.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Walks broader links; shared by the scheme and its parser so both reject the same hierarchies. */
final class BroaderChains {

    private BroaderChains() {
    }

    /**
     * @param broaderOf the broader id of a concept id, or null at a top concept
     * @return the ids of the cycle reached from {@code id}, first id repeated at the end, or an empty list
     */
    static List<String> cycleFrom(String id, Function<String, String> broaderOf) {
        Set<String> seen = new LinkedHashSet<>();
        for (String current = id; current != null; current = broaderOf.apply(current)) {
            if (!seen.add(current)) {
                List<String> chain = new ArrayList<>(seen);
                List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(current), chain.size()));
                cycle.add(current);
                return cycle;
            }
        }
        return List.of();
    }
}
