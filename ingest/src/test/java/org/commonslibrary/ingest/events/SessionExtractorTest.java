package org.commonslibrary.ingest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionExtractorTest {

    private static final LocalDate CALL_DATE = LocalDate.of(2024, 4, 15);

    /** A "today" far from 2024, to show that the written weekday, not the clock, picks the year. */
    private final SessionExtractor extractor = new SessionExtractor(Clock.fixed(Instant.parse("2026-02-10T09:00:00Z"), ZoneOffset.UTC));

    /** Written for this test in the shape of the programme's first call: two slots, each on two weekdays. */
    private static final String CALL_LIKE_THE_SEED = """
            Dates:

            Sessions run at two different times so that people everywhere can take part. Choose the slot that suits your time zone.

              •  Thursdays, May 23 and May 30. 15:00-17:30 CET (Western Hemisphere: Americas, Europe, Africa) OR
              •  Fridays, May 24 and May 31. 9:00-11:30 CET (Eastern Hemisphere: Asia-Pacific, Middle East, Europe, Africa)

            Registration: use the form for the sessions of your time zone. Page 2 of 2.
            """;

    @Test
    void findsFourSessionsInACallWrittenLikeTheSeed() {
        List<EventSession> sessions = extractor.extract(CALL_LIKE_THE_SEED, "en", CALL_DATE);

        assertThat(sessions).extracting(EventSession::start).containsExactly(
                Instant.parse("2024-05-23T13:00:00Z"), Instant.parse("2024-05-24T07:00:00Z"),
                Instant.parse("2024-05-30T13:00:00Z"), Instant.parse("2024-05-31T07:00:00Z"));
        assertThat(sessions).extracting(EventSession::end).containsExactly(
                Instant.parse("2024-05-23T15:30:00Z"), Instant.parse("2024-05-24T09:30:00Z"),
                Instant.parse("2024-05-30T15:30:00Z"), Instant.parse("2024-05-31T09:30:00Z"));
        assertThat(sessions).allSatisfy(session -> {
            assertThat(session.zoneLabel()).isEqualTo("CET");
            assertThat(session.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        });
        assertThat(sessions.get(0).sourceText()).isEqualTo("Thursdays, May 23 and May 30. 15:00-17:30 CET");
        assertThat(sessions.get(1).sourceText()).isEqualTo("Fridays, May 24 and May 31. 9:00-11:30 CET");
    }

    @Test
    void infersTheYearFromTheWeekdayWithoutADocumentDate() {
        List<EventSession> sessions = extractor.extract(CALL_LIKE_THE_SEED, "en", null);

        assertThat(sessions).extracting(EventSession::start).containsExactly(
                Instant.parse("2024-05-23T13:00:00Z"), Instant.parse("2024-05-24T07:00:00Z"),
                Instant.parse("2024-05-30T13:00:00Z"), Instant.parse("2024-05-31T07:00:00Z"));
    }

    @Test
    void readsTheEnglishSampleCallAcrossTheEndOfSummerTime() {
        // Lines of samples/src/event-call-procurement-sessions-en.html.
        String text = """
                Session 1: Social clauses and reserved contracts, what the law allows
                Slot A (Americas, Europe, Africa): Tuesday 15 October 2024, 15:00-17:30 CEST (UTC+2)
                Slot B (Asia-Pacific, Middle East, Europe, Africa): Wednesday 16 October 2024, 09:00-11:30 CEST (UTC+2)
                Session 2: Community wealth building and local supply chains
                Slot A (Americas, Europe, Africa): Tuesday 29 October 2024, 15:00-17:30 CET (UTC+1)
                Slot B (Asia-Pacific, Middle East, Europe, Africa): Wednesday 30 October 2024, 09:00-11:30 CET (UTC+1)
                Please note that Europe leaves summer time on 27 October 2024: the sessions keep the same local time in \
                Central Europe, which means they start one hour later in UTC terms for the second session than for the first.
                Deadline for registration: Friday 4 October 2024.
                """;

        List<EventSession> sessions = extractor.extract(text, "en", LocalDate.of(2024, 9, 2));

        assertThat(sessions).extracting(EventSession::start).containsExactly(
                Instant.parse("2024-10-15T13:00:00Z"), Instant.parse("2024-10-16T07:00:00Z"),
                Instant.parse("2024-10-29T14:00:00Z"), Instant.parse("2024-10-30T08:00:00Z"));
        assertThat(sessions.get(0).zoneLabel()).isEqualTo("CEST");
        assertThat(sessions.get(0).zone()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(sessions.get(2).zoneLabel()).isEqualTo("CET");
        assertThat(sessions.get(0).sourceText()).isEqualTo("Tuesday 15 October 2024, 15:00-17:30 CEST (UTC+2)");
    }

    @Test
    void readsTheFrenchSampleCallAndSkipsTheSameTimeRestated() {
        // Lines of samples/src/event-call-communs-fr.html.
        String text = """
                Session 1 – Des bâtiments publics en usage civique
                Créneau Afrique, Europe, Amériques : jeudi 14 novembre 2024, 15 h 00-17 h 30 CET (UTC+1)
                Créneau Asie-Pacifique, Moyen-Orient, Europe, Afrique : vendredi 15 novembre 2024, 9 h 00-11 h 30 CET (UTC+1)
                Session spéciale francophone – Afrique de l'Ouest et centrale
                Mardi 3 décembre 2024, 10 h 00-12 h 30 GMT (UTC+0), soit 11 h 00-13 h 30 à Paris et à Kinshasa
                L'inscription est gratuite mais obligatoire, au plus tard le vendredi 8 novembre 2024, via le formulaire en ligne.
                """;

        List<EventSession> sessions = extractor.extract(text, "fr", LocalDate.of(2024, 10, 7));

        assertThat(sessions).extracting(EventSession::start).containsExactly(
                Instant.parse("2024-11-14T14:00:00Z"), Instant.parse("2024-11-15T08:00:00Z"), Instant.parse("2024-12-03T10:00:00Z"));
        assertThat(sessions.get(2).end()).isEqualTo(Instant.parse("2024-12-03T12:30:00Z"));
        assertThat(sessions.get(2).zoneLabel()).isEqualTo("GMT");
        assertThat(sessions.get(2).zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void readsTheSpanishSamplePresentation() {
        // Lines of samples/src/presentation-public-community-es.html.
        String text = """
                jueves 30 de mayo de 2024, 15:00-17:30 CET;
                viernes 31 de mayo de 2024, 9:00-11:30 CET (repetición para Asia-Pacífico).
                """;

        assertThat(extractor.extract(text, "es", LocalDate.of(2024, 5, 20))).extracting(EventSession::start)
                .containsExactly(Instant.parse("2024-05-30T13:00:00Z"), Instant.parse("2024-05-31T07:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thursday 23 May 2024, 15:00-17:30 CET                                               | en | 2024-05-23T13:00:00Z | 2024-05-23T15:30:00Z | CET",
        "jeudi 23 mai 2024, de 15 h à 17 h 30 (CET)                                          | fr | 2024-05-23T13:00:00Z | 2024-05-23T15:30:00Z | CET",
        "le jeudi 23 mai 2024 de 15h à 17h30, heure de Paris                                 | fr | 2024-05-23T13:00:00Z | 2024-05-23T15:30:00Z | heure de Paris",
        "el jueves 23 de mayo de 2024, de 15:00 a 17:30 (hora de Europa Central / CET)       | es | 2024-05-23T13:00:00Z | 2024-05-23T15:30:00Z | CET",
        "el jueves 23 de mayo de 2024, de las 15:00 a las 17:30 (CET)                        | es | 2024-05-23T13:00:00Z | 2024-05-23T15:30:00Z | CET",
        "jueves 23 de mayo de 2024, entre las 15 y las 17 h CET                              | es | 2024-05-23T13:00:00Z | 2024-05-23T15:00:00Z | CET",
        "el jueves 23 de mayo de 2024, de 10 a 12:30 h (hora de Bogotá)                      | es | 2024-05-23T15:00:00Z | 2024-05-23T17:30:00Z | hora de Bogotá",
        "Tuesday 4 June 2024, 3 pm – 5:30 pm UTC                                             | en | 2024-06-04T15:00:00Z | 2024-06-04T17:30:00Z | UTC",
        "Tuesday 4 June 2024, 3 – 5:30 pm UTC                                                | en | 2024-06-04T15:00:00Z | 2024-06-04T17:30:00Z | UTC",
        "Tuesday 4 June 2024, 11 a.m. to 1 p.m. GMT                                          | en | 2024-06-04T11:00:00Z | 2024-06-04T13:00:00Z | GMT",
        "Tuesday 4 June 2024, 10:00-12:00 UTC+2                                              | en | 2024-06-04T08:00:00Z | 2024-06-04T10:00:00Z | UTC+2",
        "Tuesday 4 June 2024, 10:00-12:00 GMT-3                                              | en | 2024-06-04T13:00:00Z | 2024-06-04T15:00:00Z | GMT-3",
        "Tuesday 4 June 2024, 10:00-12:00 UTC+05:30                                          | en | 2024-06-04T04:30:00Z | 2024-06-04T06:30:00Z | UTC+05:30",
        "Tuesday 4 June 2024, 10:00-12:00 (Bogotá time)                                      | en | 2024-06-04T15:00:00Z | 2024-06-04T17:00:00Z | Bogotá time",
        "Tuesday 4 June 2024, 9:00-11:00 EST                                                 | en | 2024-06-04T13:00:00Z | 2024-06-04T15:00:00Z | EST",
        "Tuesday 4 June 2024, 9:00-11:00 PDT                                                 | en | 2024-06-04T16:00:00Z | 2024-06-04T18:00:00Z | PDT",
        "Tuesday 4 June 2024, 9:00-11:00 BST                                                 | en | 2024-06-04T08:00:00Z | 2024-06-04T10:00:00Z | BST",
        "Tuesday 4 June 2024, 10.00-12.00 Central European Time                              | en | 2024-06-04T08:00:00Z | 2024-06-04T10:00:00Z | Central European Time",
        "Tuesday 3 December 2024, 9:00-11:00 EST                                             | en | 2024-12-03T14:00:00Z | 2024-12-03T16:00:00Z | EST",
        "From 3 pm to 5:30 pm UTC on Tuesday 4 June 2024, the second meeting takes place.    | en | 2024-06-04T15:00:00Z | 2024-06-04T17:30:00Z | UTC",
    })
    void readsDateTimeAndZoneForms(String text, String language, Instant start, Instant end, String label) {
        List<EventSession> sessions = extractor.extract(text, language, CALL_DATE);

        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).start()).isEqualTo(start);
        assertThat(sessions.get(0).end()).isEqualTo(end);
        assertThat(sessions.get(0).zoneLabel()).isEqualTo(label);
    }

    @Test
    void readsATimeOnTheLineAfterItsDate() {
        String text = "Dates: Thursday 23 May 2024\n\n15:00-17:30 CET\n\nRegistration closes Friday 17 May 2024.";

        assertThat(extractor.extract(text, "en", CALL_DATE)).extracting(EventSession::start)
                .containsExactly(Instant.parse("2024-05-23T13:00:00Z"));
    }

    @Test
    void readsCetWrittenInSummerAsParisLocalTime() {
        EventSession may = extractor.extract("Thursday 23 May 2024, 15:00-17:30 CET", "en", CALL_DATE).get(0);
        EventSession january = extractor.extract("Thursday 16 January 2025, 15:00-17:30 CET", "en", CALL_DATE).get(0);
        EventSession literal = extractor.extract("Thursday 23 May 2024, 15:00-17:30 CET (UTC+1)", "en", CALL_DATE).get(0);

        assertThat(may.start()).isEqualTo(Instant.parse("2024-05-23T13:00:00Z"));
        assertThat(january.start()).isEqualTo(Instant.parse("2025-01-16T14:00:00Z"));
        // A written offset is taken at its word, even when it contradicts the season.
        assertThat(literal.start()).isEqualTo(Instant.parse("2024-05-23T14:00:00Z"));
        assertThat(literal.zoneLabel()).isEqualTo("CET");
    }

    @Test
    void endsOnTheNextDayWhenTheEndTimeIsEarlier() {
        List<EventSession> late = extractor.extract("Saturday 8 June 2024, 22:00-01:00 UTC", "en", CALL_DATE);
        List<EventSession> midnight = extractor.extract("Saturday 8 June 2024, 20:00-24:00 UTC", "en", CALL_DATE);

        assertThat(late.get(0).start()).isEqualTo(Instant.parse("2024-06-08T22:00:00Z"));
        assertThat(late.get(0).end()).isEqualTo(Instant.parse("2024-06-09T01:00:00Z"));
        assertThat(midnight.get(0).end()).isEqualTo(Instant.parse("2024-06-09T00:00:00Z"));
    }

    @Test
    void takesTheYearOfAListFromItsLastDate() {
        List<EventSession> sessions = extractor.extract("Sessions on May 23 and May 30, 2023, 15:00-17:30 UTC", "en", CALL_DATE);

        assertThat(sessions).extracting(EventSession::start)
                .containsExactly(Instant.parse("2023-05-23T15:00:00Z"), Instant.parse("2023-05-30T15:00:00Z"));
    }

    @Test
    void takesTheDocumentYearWhenNoWeekdayIsWritten() {
        List<EventSession> sessions = extractor.extract("Session: 23 May, 15:00-17:30 UTC", "en", LocalDate.of(2025, 3, 1));

        assertThat(sessions).extracting(EventSession::start).containsExactly(Instant.parse("2025-05-23T15:00:00Z"));
    }

    @Test
    void readsSeveralDaysSharingOneMonth() {
        List<EventSession> sessions = extractor.extract("les jeudis 23 et 30 mai, de 15 h à 17 h 30 CET", "fr", CALL_DATE);

        assertThat(sessions).extracting(EventSession::start)
                .containsExactly(Instant.parse("2024-05-23T13:00:00Z"), Instant.parse("2024-05-30T13:00:00Z"));
    }

    @Test
    void keepsTwoRangesOfOneDayButNotAnAsideInBrackets() {
        String programme = """
                Thursday 23 May 2024
                10:00-12:00 CET: opening and first panel
                14:00-16:00 CET (16:00-18:00 in Nairobi): working groups
                """;

        assertThat(extractor.extract(programme, "en", CALL_DATE)).extracting(EventSession::start)
                .containsExactly(Instant.parse("2024-05-23T08:00:00Z"), Instant.parse("2024-05-23T12:00:00Z"));
    }

    @Test
    void takesTheZoneWrittenElsewhereWhenARangeHasNone() {
        String text = """
                All times are CET.
                Thursday 23 May 2024, 15:00-17:30
                """;

        EventSession session = extractor.extract(text, "en", CALL_DATE).get(0);

        assertThat(session.start()).isEqualTo(Instant.parse("2024-05-23T13:00:00Z"));
        assertThat(session.zoneLabel()).isEqualTo("CET");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The 2030 Agenda and its 17 Sustainable Development Goals, adopted in 2015.",
        "See pages 12-15 and 21-24 of the policy paper (Daejeon, 2022).",
        "Berlin bought back the shares between 2012 and 2013 (1999-2013 in total).",
        "Law 9/2017 on Public Sector Contracts, articles 99-101.",
        "Publication date: 12 March 2024",
        "Deadline for registration: Friday 4 October 2024, 23:59 CET.",
        "Thursday 23 May 2024, 15:00-17:30, room 4.",
        "Page 3 of 12 - 15 May 2024 - 10-12 participants per group",
        "Jeudi 23 mai 2024 : cet atelier se tient de 15 h à 17 h, il est ouvert à tous.",
    })
    void findsNoSessionWhereThereIsNone(String text) {
        assertThat(extractor.extract(text, "en", CALL_DATE)).isEmpty();
    }

    @Test
    void pointsIntoTheOriginalText() {
        String text = "Programme\n\n  •  Jeudi 23 mai 2024, 15 h 00-17 h 30 (heure d'Europe centrale)\n";

        EventSession session = extractor.extract(text, "fr", CALL_DATE).get(0);

        assertThat(text.substring(session.textStart(), session.textEnd())).isEqualTo(session.sourceText());
        assertThat(session.sourceText()).isEqualTo("Jeudi 23 mai 2024, 15 h 00-17 h 30 (heure d'Europe centrale)");
        assertThat(session.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void answersEmptyTextWithNoSessions() {
        assertThat(extractor.extract("", "en", null)).isEmpty();
        assertThat(extractor.extract(null, null, null)).isEmpty();
    }
}
