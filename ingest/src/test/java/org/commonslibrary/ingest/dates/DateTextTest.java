package org.commonslibrary.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    private final DateText anyLanguage = DateText.forLanguage(null);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thursday 23 May 2024                  | 2024-05-23",
        "May 23, 2024                          | 2024-05-23",
        "Thursday, the 23rd of May 2024        | 2024-05-23",
        "March 1st, 2024                       | 2024-03-01",
        "jeudi 23 mai 2024                     | 2024-05-23",
        "1er mars 2024                         | 2024-03-01",
        "le 12 février 2024                    | 2024-02-12",
        "LE 12 FEVRIER 2024                    | 2024-02-12",
        "el jueves 23 de mayo de 2024          | 2024-05-23",
        "12 de marzo del 2024                  | 2024-03-12",
        "miércoles 4 de diciembre de 2024      | 2024-12-04",
        "2024-03-12                            | 2024-03-12",
        "12/03/2024                            | 2024-03-12",
        "12.03.2024                            | 2024-03-12",
        "05/23/2024                            | 2024-05-23",
    })
    void readsFullDatesInThreeLanguages(String text, LocalDate expected) {
        assertThat(anyLanguage.firstDate(text)).contains(expected);
    }

    @Test
    void keepsWeekdaysAndMissingYears() {
        List<DateMention> mentions = anyLanguage.find("Thursdays, May 23 and May 30. 15:00-17:30 CET");

        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(mentions.get(0).hasYear()).isFalse();
        assertThat(mentions.get(0).days()).containsExactly(23);
        assertThat(mentions.get(1).weekday()).isNull();
        assertThat(mentions.get(1).days()).containsExactly(30);
    }

    @Test
    void readsListsOfDaysSharingAMonth() {
        DateMention french = anyLanguage.find("les jeudis 23 et 30 mai 2024").get(0);
        DateMention english = anyLanguage.find("on May 23 and 30").get(0);

        assertThat(french.days()).containsExactly(23, 30);
        assertThat(french.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(french.datesIn(french.year())).containsExactly(LocalDate.of(2024, 5, 23), LocalDate.of(2024, 5, 30));
        assertThat(english.days()).containsExactly(23, 30);
    }

    @Test
    void doesNotTakeAnHourForASecondDay() {
        DateMention mention = anyLanguage.find("May 23, 15:00-17:30").get(0);

        assertThat(mention.days()).containsExactly(23);
        assertThat(mention.end()).isEqualTo("May 23".length());
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Réunion prévue le « jeudi 23 mai 2024 » à Lyon";
        DateMention mention = anyLanguage.find(text).get(0);

        assertThat(text.substring(mention.start(), mention.end())).isEqualTo("jeudi 23 mai 2024");
    }

    @Test
    void leavesTheWordBeforeADateOut() {
        String text = "The council met on 23 May 2024 and in June 2024.";
        List<DateMention> mentions = anyLanguage.find(text);

        assertThat(mentions).extracting(m -> text.substring(m.start(), m.end())).containsExactly("23 May 2024", "June 2024");
        assertThat(mentions.get(0).weekday()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "March 2024           | 3",
        "marzo de 2024        | 3",
        "en mars 2024         | 3",
        "Sept. 2024           | 9",
    })
    void readsMonthAndYear(String text, int month) {
        DateMention mention = anyLanguage.find(text).get(0);

        assertThat(mention.hasDay()).isFalse();
        assertThat(mention.month()).isEqualTo(month);
        assertThat(mention.year()).isEqualTo(2024);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The 2030 Agenda and its 17 goals",
        "Law 9/2017 on public sector contracts",
        "Berlin (1999-2013)",
        "pages 12-15",
        "31 April 2024",
        "30 février 2024",
        "2024-13-01",
        "May we suggest 15 minutes of discussion?",
    })
    void findsNoDateWhereThereIsNone(String text) {
        assertThat(anyLanguage.find(text)).allMatch(mention -> !mention.hasDay());
        assertThat(anyLanguage.firstDate(text)).isEmpty();
    }

    @Test
    void acceptsAbbreviationsOnlyInTheirOwnLanguage() {
        assertThat(DateText.forLanguage("en").find("we set 12 goals for 2024")).isEmpty();
        assertThat(DateText.forLanguage("es").firstDate("12 set. 2024")).contains(LocalDate.of(2024, 9, 12));
        assertThat(DateText.forLanguage("fr-FR").firstDate("12 févr. 2024")).contains(LocalDate.of(2024, 2, 12));
        assertThat(DateText.forLanguage("en").firstDate("12 Feb 2024")).contains(LocalDate.of(2024, 2, 12));
        assertThat(DateText.forLanguage("und").firstDate("12 set. 2024")).contains(LocalDate.of(2024, 9, 12));
    }

    @Test
    void namesMonthsAndWeekdaysForOtherReaders() {
        assertThat(anyLanguage.month("Août")).contains(8);
        assertThat(anyLanguage.month("setiembre")).contains(9);
        assertThat(anyLanguage.weekday("Miércoles")).contains(DayOfWeek.WEDNESDAY);
        assertThat(anyLanguage.weekday("jeudis")).contains(DayOfWeek.THURSDAY);
        assertThat(anyLanguage.month("Agenda")).isEmpty();
    }

    @Test
    void keepsTwentyNinthOfFebruaryOpenUntilTheYearIsKnown() {
        DateMention mention = anyLanguage.find("Thursday 29 February").get(0);

        assertThat(mention.datesIn(2024)).containsExactly(LocalDate.of(2024, 2, 29));
        assertThat(mention.datesIn(2023)).isEmpty();
    }
}
