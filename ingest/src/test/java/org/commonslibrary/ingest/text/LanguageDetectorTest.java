package org.commonslibrary.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.commonslibrary.ingest.extraction.ExtractedDocument;
import org.commonslibrary.ingest.extraction.ExtractedPage;
import org.commonslibrary.ingest.extraction.PageUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences written for this test, none of them taken from the detector's own sample texts. */
class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | The mayor asked the housing department to prepare a plan for the empty buildings near the river.",
        "en | Volunteers repaired forty bicycles last weekend and donated them to families in the district.",
        "en | Should the council pay for insurance, or is that the responsibility of the association?",
        "en | This policy brief summarises what we learned from three years of participatory budgeting.",
        "fr | Le maire a demandé au service du logement de préparer un plan pour les immeubles vides.",
        "fr | Les bénévoles ont réparé quarante vélos le week-end dernier et les ont donnés aux familles du quartier.",
        "fr | Faut-il que la commune paie l'assurance, ou est-ce la responsabilité de l'association ?",
        "fr | Cette note résume ce que nous avons appris de trois années de budget participatif.",
        "es | La alcaldesa pidió al departamento de vivienda que preparara un plan para los edificios vacíos.",
        "es | Los voluntarios repararon cuarenta bicicletas el fin de semana y las donaron a familias del barrio.",
        "es | ¿Debe el ayuntamiento pagar el seguro, o es responsabilidad de la asociación?",
        "es | Este documento resume lo que aprendimos de tres años de presupuestos participativos.",
    })
    void recognisesOurThreeLanguages(String expected, String sentence) {
        assertThat(detector.detect(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | LE CONSEIL MUNICIPAL A DECIDE DE CREER UN JARDIN PARTAGE DANS LE QUARTIER DES ECOLES.",
        "fr | les habitants ont vote pour la renovation de la place et la creation dune bibliotheque",
        "es | EL PLENO APROBO LA CESION DEL SOLAR A LA ASOCIACION DE VECINOS POR CINCO ANOS.",
        "es | los vecinos decidieron abrir el huerto los domingos y organizar talleres para ninos",
    })
    void recognisesTextWrittenWithoutAccents(String expected, String sentence) {
        assertThat(detector.detect(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Urban commons",
        "Plan 2024",
        "OK",
        "12 34 56 78",
        "Der Gemeinderat hat beschlossen, einen Gemeinschaftsgarten im Schulviertel einzurichten und die Bürger zu beteiligen.",
        "Il consiglio comunale ha deciso di creare un orto condiviso nel quartiere delle scuole per tutti gli abitanti.",
        "A câmara municipal decidiu criar uma horta comunitária no bairro das escolas, com a participação dos moradores.",
        "O governo local aprovou o regulamento para a colaboração entre cidadãos e administração.",
        "El consell municipal ha aprovat el reglament per a la col·laboració entre ciutadans i administració.",
    })
    void saysUndeterminedWhenItCannotTell(String text) {
        assertThat(detector.detect(text)).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | El programa de huertos de São Paulo y el Col·lectiu Punt 6 de Barcelona inspiraron a los vecinos, que decidieron crear su propia red de espacios compartidos en el barrio.",
        "en | The Maison des Communs in Lille and the Rue de la République project were discussed at length by the council.",
        "fr | Le projet s'inspire du programme « Barcelona en Comú » et des huertos urbanos de Madrid, que les élus ont visités en 2022.",
    })
    void namesFromOtherLanguagesDoNotMisleadIt(String expected, String sentence) {
        assertThat(detector.detect(sentence)).isEqualTo(expected);
    }

    @Test
    void confidenceIsHighForAClearParagraph() {
        LanguageGuess guess = detector.guess("Nous proposons que la ville confie la gestion du jardin aux habitants "
                + "pour une durée de trois ans, avec un bilan partagé chaque année.");

        assertThat(guess.language()).isEqualTo("fr");
        assertThat(guess.confidence()).isGreaterThan(0.99);
    }

    @Test
    void documentLanguageFollowsMostOfItsText() {
        ExtractedDocument document = new ExtractedDocument("application/pdf", "Informe", List.of(), null, null, null,
                List.of(new ExtractedPage(1, "Executive summary in English: the programme worked.", List.of()),
                        new ExtractedPage(2, "El programa de huertos comunitarios comenzó en 2018 con tres "
                                + "parcelas cedidas por el ayuntamiento. Desde entonces, los vecinos han "
                                + "organizado talleres, mercados de intercambio y jornadas de limpieza del barrio, "
                                + "y han pedido que el convenio se renueve por otros cinco años.", List.of())),
                2, PageUnit.PAGE, Map.of());

        assertThat(detector.detect(document)).isEqualTo("es");
    }
}
