package org.commonslibrary.ingest.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CaseDetailsFinderTest {

    private final CaseDetailsFinder finder = new CaseDetailsFinder();

    @Test
    void namedOrganisationsAndKindsOfPeopleAreActors() {
        List<String> actors = finder.actors(List.of(
                "The City Council created a public operator, the Water Observatory of Paris, where users and "
                        + "trade unions sit next to councillors.",
                "El Ayuntamiento de Barcelona firmó el pacto con la Asociación de Vecinos del Raval y los vecinos."));
        assertThat(actors).contains("City Council", "Water Observatory of Paris", "users", "trade unions",
                "Ayuntamiento de Barcelona", "Asociación de Vecinos del Raval", "vecinos");
    }

    @Test
    void capitalisedWordsWithoutAnOrganisationWordAreNotActors() {
        assertThat(finder.actors(List.of("In New York and Buenos Aires the debate went on."))).isEmpty();
    }

    @Test
    void sentencesReportingResultsAreOutcomes() {
        List<String> outcomes = finder.outcomes(List.of(
                "The city took the service back in 2010. Prices fell by eight per cent in the first year. "
                        + "The board meets monthly.",
                "La régie a réduit les fuites du réseau. Le conseil se réunit chaque mois.",
                "La empresa pública redujo la tarifa social."));
        assertThat(outcomes).containsExactly("Prices fell by eight per cent in the first year.",
                "La régie a réduit les fuites du réseau.", "La empresa pública redujo la tarifa social.");
    }

    @Test
    void aProposalKeepsAFewOutcomesAtMost() {
        String many = "Costs fell. Leaks fell. Jobs were created. Savings rose. Quality improved. Access expanded.";
        assertThat(finder.outcomes(List.of(many))).hasSize(CaseDetailsFinder.MAX_OUTCOMES);
    }
}
