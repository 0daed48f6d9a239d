package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class XhtmlPageReaderTest {

    private static String xhtml(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>ignored</title>"
                + "<meta name=\"dc:title\" content=\"ignored too\"/></head><body>" + body + "</body></html>";
    }

    @Test
    void pdfPagesKeepTextAroundThemAndDropTheBookmarkOutline() throws Exception {
        List<RawPage> pages = XhtmlPageReader.read(xhtml(
                "<p>Text before any page</p>"
                        + "<div class=\"page\"><p>Page one</p></div>"
                        + "<div class=\"page\"><p>Page two</p>"
                        + "<div class=\"package-entry\"><h1>attachment.pdf</h1>"
                        + "<div class=\"page\"><p>Attached page</p></div></div></div>"
                        + "<p>Annotation after page two</p>"
                        + "<ul><li>Page one</li><li>Page two</li></ul>"), PageUnit.PAGE);

        assertThat(pages).extracting(RawPage::number).containsExactly(1, 2);
        assertThat(pages.get(0).text()).isEqualTo("Text before any page\n\nPage one");
        assertThat(pages.get(1).text())
                .isEqualTo("Page two\n\nattachment.pdf\n\nAttached page\n\nAnnotation after page two");
        assertThat(pages.get(1).headings()).as("an attachment's file name is not a heading").isEmpty();
    }

    @Test
    void blankPdfPagesAreKeptSoNumbersStayTrue() throws Exception {
        List<RawPage> pages = XhtmlPageReader.read(xhtml(
                "<div class=\"page\"><p>One</p></div><div class=\"page\"><p /></div><div class=\"page\"><p>Three</p></div>"),
                PageUnit.PAGE);

        assertThat(pages).extracting(RawPage::text).containsExactly("One", "", "Three");
    }

    @Test
    void pptSlidesAreWrappedAndRepeatedMasterTextIsKeptOnce() throws Exception {
        List<RawPage> slides = XhtmlPageReader.read(xhtml(
                "<div class=\"slideShow\">"
                        + "<div class=\"slide\"><div class=\"slide-master-content\"><p>City of Porto</p></div>"
                        + "<div class=\"slide-content\"><p>First slide</p></div></div>"
                        + "<div class=\"slide\"><div class=\"slide-master-content\"><p>City of Porto</p></div>"
                        + "<div class=\"slide-content\"><p>Second slide</p></div></div>"
                        + "</div>"), PageUnit.SLIDE);

        assertThat(slides).extracting(RawPage::text).containsExactly("City of Porto\n\nFirst slide", "Second slide");
    }

    @Test
    void pptxNotesBelongToTheSlideTheyFollow() throws Exception {
        List<RawPage> slides = XhtmlPageReader.read(xhtml(
                "<div class=\"slide-content\"><p>Agenda</p></div>"
                        + "<div class=\"slide-notes\"><p>Speak slowly</p></div>"
                        + "<div class=\"slide-master-content\" />"
                        + "<div class=\"slide-content\"><p>Budget</p></div>"), PageUnit.SLIDE);

        assertThat(slides).extracting(RawPage::text).containsExactly("Agenda\n\nSpeak slowly", "Budget");
    }

    @Test
    void sectionsStartAtTopLevelHeadingsAndEmbeddedFiles() throws Exception {
        List<RawPage> sections = XhtmlPageReader.read(xhtml(
                "<p>Preface</p>"
                        + "<h1>Chapter <b>one</b></h1><p>Alpha</p><h3>Detail</h3><p>Beta</p>"
                        + "<h2>Chapter two</h2><p>Gamma</p>"
                        + "<div class=\"package-entry\"><h1>annex.docx</h1><p>Annex text</p></div>"), PageUnit.SECTION);

        assertThat(sections).extracting(RawPage::text).containsExactly(
                "Preface",
                "Chapter one\n\nAlpha\n\nDetail\n\nBeta",
                "Chapter two\n\nGamma",
                "annex.docx\n\nAnnex text");
        assertThat(sections).extracting(RawPage::headings).containsExactly(
                List.of(), List.of("Chapter one", "Detail"), List.of("Chapter two"), List.of());
    }

    @Test
    void tablesAndListsKeepTheirRowsOnSeparateLines() throws Exception {
        List<RawPage> sheets = XhtmlPageReader.read(xhtml(
                "<div class=\"sheet\"><h1>Budget</h1><table><tbody>"
                        + "<tr>\t<td>Gardens</td><td>1200</td></tr>\n<tr><td>Workshops</td><td>800</td></tr>"
                        + "</tbody></table></div>"), PageUnit.SHEET);

        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0).text()).isEqualTo("Budget\n\nGardens 1200\nWorkshops 800");
        assertThat(sheets.get(0).headings()).containsExactly("Budget");
    }

    @Test
    void pagedFormatWithoutPageDivisionsYieldsNothingSoTheCallerCanFallBack() throws Exception {
        assertThat(XhtmlPageReader.read(xhtml("<p>Loose text</p>"), PageUnit.PAGE)).isEmpty();
    }
}
