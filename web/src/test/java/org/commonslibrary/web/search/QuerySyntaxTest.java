package org.commonslibrary.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuerySyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "remunicipalisation", "retour en régie de l'eau à Paris", "qu'est-ce qu'un partenariat public-commun ?",
        "\"private shares\" Berlin", "water -referendum", "water | energy", "(water | energy) +referendum",
        "remunicipali*", "co-management", "2010-2013", "\"(not a group\"", "cómo recuperar el agua?", "",
        "+\"buy back\"", "-(water | energy) Berlin"
    })
    void acceptsWellFormedQueries(String query) {
        assertThat(QuerySyntax.problem(query)).isEmpty();
    }

    @Test
    void acceptsNoQuery() {
        assertThat(QuerySyntax.problem(null)).isEmpty();
    }

    @Test
    void refusesUnbalancedQuotes() {
        assertThat(QuerySyntax.problem("\"private shares")).hasValue("A quotation mark is not closed.");
    }

    @Test
    void refusesUnbalancedParentheses() {
        assertThat(QuerySyntax.problem("(water | energy")).hasValue("An opening parenthesis is not closed.");
        assertThat(QuerySyntax.problem("water)")).hasValue("A closing parenthesis has no opening one.");
        assertThat(QuerySyntax.problem("water () energy")).hasValue("A pair of parentheses holds nothing.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"|", "+", "-", "*", "water |", "| water", "water | | energy", "water -", "water - energy",
        "(water |)", "water *", "( - )"})
    void refusesOperatorsWithoutTheirWords(String query) {
        assertThat(QuerySyntax.problem(query)).isPresent();
    }

    @Test
    void saysWhichOperatorIsAlone() {
        assertThat(QuerySyntax.problem("water |")).hasValue(
                "The query ends with the operator '|', which needs a word after it.");
        assertThat(QuerySyntax.problem("+")).hasValue("The operator '+' must stand right before a word or a phrase.");
        assertThat(QuerySyntax.problem("*")).hasValue("'*' must end a word, as in remunicipali*.");
    }
}
