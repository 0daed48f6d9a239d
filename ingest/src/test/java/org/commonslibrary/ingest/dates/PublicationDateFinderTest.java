package org.commonslibrary.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateFinderTest {

    private final PublicationDateFinder finder = new PublicationDateFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Publication date: 12 March 2024                 | 2024-03-12",
        "Published: 2024-03-12                           | 2024-03-12",
        "Published on March 12, 2024                     | 2024-03-12",
        "Date of publication - 12/03/2024                | 2024-03-12",
        "PUBLICATION DATE: 12 MARCH 2024                 | 2024-03-12",
        "Date de publication : 12 mars 2024              | 2024-03-12",
        "Publié le 12/03/2024                            | 2024-03-12",
        "Publiée le 1er mars 2024                        | 2024-03-01",
        "Date de parution : mardi 12 mars 2024           | 2024-03-12",
        "Fecha de publicación: 12 de marzo de 2024       | 2024-03-12",
        "Fecha de publicacion: 12 de marzo de 2024       | 2024-03-12",
        "Publicado el 12 de marzo de 2024                | 2024-03-12",
    })
    void readsLabelledDates(String line, LocalDate expected) {
        assertThat(finder.find(line)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Publicado: marzo de 2024            | 2024-03-01",
        "Published in March 2024             | 2024-03-01",
        "Publié en mars 2024                 | 2024-03-01",
    })
    void answersAMonthWithItsFirstDay(String line, LocalDate expected) {
        assertThat(finder.find(line)).contains(expected);
    }

    @Test
    void readsTheFirstPagesOfTheSampleDocuments() {
        // The opening lines of three sample documents, as the extractor returns them.
        String english = """
                Case Study: Berlin Buys Back Its Water Utility (1999-2013)
                Sample document written for the Commons Knowledge Library; not an official UCLG publication.
                Published by: Commons Knowledge Library sample team
                Publication date: 19 February 2024
                At a glance""";
        String french = """
                Étude de cas : Paris et le retour de l'eau en régie publique avec Eau de Paris (2010)
                Publié par : équipe d'exemples de la Commons Knowledge Library
                Date de publication : 29 janvier 2024""";
        String spanish = """
                Estudio de caso: Bogotá y la inclusión de los recicladores de oficio en el servicio público de aseo
                Publicado por: equipo de muestras de la Commons Knowledge Library
                Fecha de publicación: 25 de marzo de 2024""";

        assertThat(new PublicationDateFinder("en").find(english)).contains(LocalDate.of(2024, 2, 19));
        assertThat(new PublicationDateFinder("fr").find(french)).contains(LocalDate.of(2024, 1, 29));
        assertThat(new PublicationDateFinder("es").find(spanish)).contains(LocalDate.of(2024, 3, 25));
    }

    @Test
    void ignoresDatesThatAreNotThePublicationDate() {
        String call = """
                Call for participants: peer-learning sessions
                Date: Thursday 23 May 2024, 15:00-17:30 CET
                Deadline for registration: 17 May 2024
                Published by: the learning team""";

        assertThat(finder.find(call)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Publication date: to be confirmed",
        "Published: 2024",
        "Publicado en 2024 por el equipo",
        "Publication date: 23 May",
        "Publication date: 31 April 2024",
        "Publication date:",
        "Publications 2024: 12 March 2024 list",
        "This report was not published until 12 March 2024",
    })
    void findsNothingInNonDates(String line) {
        assertThat(finder.find(line)).isEmpty();
    }

    @Test
    void takesTheFirstLabelledDate() {
        String text = "Published: 12 March 2024\nPublication date of the first edition: 3 June 2019";

        assertThat(finder.find(text)).contains(LocalDate.of(2024, 3, 12));
        assertThat(finder.find(null)).isEmpty();
    }
}
