package org.commonslibrary.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentKindClassifierTest {

    private final DocumentKindClassifier classifier = new DocumentKindClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "concept-note     | Concept note: a shared repair network for the metropolitan area",
        "concept-note     | Note conceptuelle - Maison des communs",
        "concept-note     | Nota conceptual sobre bienes comunes urbanos",
        "policy-paper     | Policy brief: public-community partnerships for energy",
        "policy-paper     | Livre blanc sur la gestion partagée de l'eau",
        "policy-paper     | Libro blanco de la participación ciudadana",
        "case-study       | Case study: the Bologna regulation on urban commons in practice",
        "case-study       | Étude de cas : les jardins partagés de Lille",
        "case-study       | Buenas prácticas en la gestión comunitaria de equipamientos",
        "report           | Annual report 2023",
        "report           | Rapport d'activité de la régie de quartier",
        "report           | Informe final de evaluación del programa",
        "legal-instrument | Ordinance No. 12 on the shared management of public spaces",
        "legal-instrument | Arrêté municipal relatif aux jardins familiaux",
        "legal-instrument | Ordenanza reguladora de la colaboración ciudadana",
        "event-call       | Call for proposals: neighbourhood innovation fund",
        "event-call       | Appel à projets « Quartiers fertiles »",
        "event-call       | Convocatoria de propuestas para huertos urbanos",
        "presentation     | Présentation du projet Maison des communs",
    })
    void titlesInThreeLanguages(String expected, String title) {
        assertThat(classifier.classify(title, "", null)).isEqualTo(expected);
    }

    @Test
    void textCuesDecideWhenTheTitleSaysNothing() {
        String legalText = "The Council hereby ordains as follows. Article 1. This ordinance applies to all "
                + "municipal gardens. Article 2. Gardeners shall respect opening hours. This ordinance shall "
                + "enter into force on the day after its publication.";
        String callText = "Applications must be submitted online. The deadline for submissions is 30 April. "
                + "Eligibility criteria are listed below. Register here for the information session.";

        assertThat(classifier.classify("Gardens", legalText, "application/pdf")).isEqualTo("legal-instrument");
        assertThat(classifier.classify("Spring 2025", callText, "application/pdf")).isEqualTo("event-call");
    }

    @Test
    void presentationFilesArePresentationsWhateverTheyAreAbout() {
        assertThat(classifier.classify("Annual report 2023", "findings",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation")).isEqualTo("presentation");
    }

    @Test
    void withoutEvidenceTheDefaultIsReport() {
        assertThat(classifier.classify("Gardens and squares", "Some text about gardens.", "application/pdf"))
                .isEqualTo(DocumentKindClassifier.DEFAULT_KIND);
        assertThat(classifier.classify(null, null, null)).isEqualTo("report");
    }

    @Test
    void cuesMatchWholeWordsOnly() {
        // "decreto" must not be found inside "decretoria", nor "taller" inside "tallerista".
        assertThat(classifier.classify("Decretoria tallerista", "", null)).isEqualTo("report");
    }

    @Test
    void everyKindOfTheVocabularyIsDeclared() {
        assertThat(classifier.kinds()).containsExactlyInAnyOrder("concept-note", "policy-paper", "case-study",
                "report", "legal-instrument", "event-call", "presentation");
    }
}
