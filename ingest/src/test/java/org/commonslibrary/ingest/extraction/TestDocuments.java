package org.commonslibrary.ingest.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the files the extraction tests feed through the real forked extractor. Generating them keeps the
 * tests honest about what each file contains, and keeps binary fixtures out of the repository.
 */
final class TestDocuments {

    /** One page per entry; each entry's lines are written top to bottom. An empty entry is a blank page. */
    record PdfSpec(List<List<String>> pages, String title, String author, Calendar created) {
    }

    private TestDocuments() {
    }

    static Path pdf(Path file, PdfSpec spec) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : spec.pages()) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (lines.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(15);
                    content.newLineAtOffset(60, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            if (spec.title() != null) {
                info.setTitle(spec.title());
            }
            if (spec.author() != null) {
                info.setAuthor(spec.author());
            }
            if (spec.created() != null) {
                info.setCreationDate(spec.created());
            }
            document.save(file.toFile());
        }
        return file;
    }

    static Path threePagePdf(Path file) throws IOException {
        return pdf(file, new PdfSpec(List.of(
                List.of("Participatory budgeting in Lyon", "",
                        "The first page explains how residents proposed projects for their district.",
                        "Every proposal was published online before the vote."),
                List.of("Voting and results",
                        "The second page reports that eleven thousand people voted in 2023.",
                        "Most votes went to shaded playgrounds and safer bicycle lanes."),
                List.of("Lessons for other cities",
                        "The third page lists what the city would change in the next round.")),
                null, null, null));
    }

    static Calendar utcDate(int year, int month, int day) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(year, month - 1, day, 12, 0, 0);
        return calendar;
    }

    static Path encryptedPdf(Path file) throws IOException {
        Path plain = threePagePdf(file.resolveSibling("plain-" + file.getFileName()));
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        Files.delete(plain);
        return file;
    }

    static Path truncatedPdf(Path file) throws IOException {
        Path whole = threePagePdf(file.resolveSibling("whole-" + file.getFileName()));
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(whole);
        return file;
    }

    static Path docxWithHeadings(Path file, String declaredTitle) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            // A new document has no style definitions; Word's own "heading 1/2" styles are what Tika maps to h1/h2.
            XWPFStyles styles = document.createStyles();
            for (int level = 1; level <= 2; level++) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId("Heading" + level);
                style.setType(STStyleType.PARAGRAPH);
                CTString name = CTString.Factory.newInstance();
                name.setVal("heading " + level);
                style.setName(name);
                styles.addStyle(new XWPFStyle(style));
            }
            heading(document, "Heading1", "Community land trusts");
            document.createParagraph().createRun().setText(
                    "A community land trust owns land on behalf of a neighbourhood and leases it to residents.");
            heading(document, "Heading2", "Governance");
            document.createParagraph().createRun().setText(
                    "Its board has three equal parts: residents, neighbours and public representatives.");
            heading(document, "Heading2", "Financing");
            document.createParagraph().createRun().setText(
                    "Start-up money usually comes from a municipal grant and a community share offer.");
            if (declaredTitle != null) {
                document.getProperties().getCoreProperties().setTitle(declaredTitle);
            }
            document.getProperties().getCoreProperties().setCreator("Ana Torres; Louis Martin");
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
        return file;
    }

    private static void heading(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    static Path odt(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // The mimetype entry must come first and be stored uncompressed: that is how ODF files are recognised.
            storedEntry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            entry(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                      <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
            entry(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                      <office:body><office:text>
                        <text:h text:outline-level="1">Bienes comunes urbanos</text:h>
                        <text:p>El ayuntamiento cede un solar a una asociación vecinal durante cinco años.</text:p>
                        <text:h text:outline-level="2">Obligaciones de la asociación</text:h>
                        <text:p>La asociación abre el espacio al público y presenta una memoria anual.</text:p>
                      </office:text></office:body>
                    </office:document-content>
                    """);
        }
        return file;
    }

    static Path epub(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            storedEntry(zip, "mimetype", "application/epub+zip");
            entry(zip, "META-INF/container.xml", """
                    <?xml version="1.0"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>
                    """);
            entry(zip, "OEBPS/content.opf", """
                    <?xml version="1.0"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
                      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:title>Les communs en pratique</dc:title>
                        <dc:creator>Claire Dubois</dc:creator>
                        <dc:publisher>Ville de Grenoble</dc:publisher>
                        <dc:date>2021-05-04</dc:date>
                        <dc:language>fr</dc:language>
                        <dc:identifier id="id">urn:uuid:7d2f1c36-0d55-4b0a-9d7e-2d64f1f3b2a1</dc:identifier>
                      </metadata>
                      <manifest>
                        <item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>
                        <item id="c2" href="c2.xhtml" media-type="application/xhtml+xml"/>
                      </manifest>
                      <spine><itemref idref="c1"/><itemref idref="c2"/></spine>
                    </package>
                    """);
            entry(zip, "OEBPS/c1.xhtml", """
                    <?xml version="1.0"?>
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>c1</title></head>
                    <body><h1>Chapitre un : les jardins</h1><p>Les jardins partagés sont gérés par leurs membres.</p></body></html>
                    """);
            entry(zip, "OEBPS/c2.xhtml", """
                    <?xml version="1.0"?>
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>c2</title></head>
                    <body><h1>Chapitre deux : les ateliers</h1><p>Les ateliers de réparation prêtent des outils.</p></body></html>
                    """);
        }
        return file;
    }

    static Path zipArchive(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "notes.txt", "Plain notes inside an archive.\n");
            entry(zip, "more/notes.txt", "More notes.\n");
        }
        return file;
    }

    static Path pptx(Path file) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            String[][] slides = {
                {"Why urban commons matter", "Shared spaces cost the city less to keep open."},
                {"Three pilot districts", "Each district signed a one-year collaboration agreement."},
                {"Next steps", "The council will vote on extending the programme in June."}};
            for (String[] slide : slides) {
                XSLFSlide s = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT));
                s.getPlaceholder(0).setText(slide[0]);
                s.getPlaceholder(1).setText(slide[1]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                show.write(out);
            }
        }
        return file;
    }

    static Path ppt(Path file) throws IOException {
        try (HSLFSlideShow show = new HSLFSlideShow()) {
            String[][] slides = {
                {"Repair cafés", "Volunteers fix about thirty objects each Saturday."},
                {"Costs", "The library lends the room for free."}};
            for (String[] content : slides) {
                HSLFSlide slide = show.createSlide();
                slide.addTitle().setText(content[0]);
                HSLFTextBox body = new HSLFTextBox();
                body.setText(content[1]);
                body.setAnchor(new java.awt.Rectangle(50, 150, 500, 100));
                slide.addShape(body);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                show.write(out);
            }
        }
        return file;
    }

    static Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var budget = workbook.createSheet("Budget 2024");
            budget.createRow(0).createCell(0).setCellValue("Community gardens");
            budget.getRow(0).createCell(1).setCellValue(12500);
            var people = workbook.createSheet("Volunteers");
            people.createRow(0).createCell(0).setCellValue("Repair café volunteers");
            people.getRow(0).createCell(1).setCellValue(42);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    static Path html(Path file) throws IOException {
        return write(file, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Guide to commons partnerships</title></head>
                <body>
                  <h1>Getting started</h1>
                  <p>Begin with a small site that residents already use.</p>
                  <h2>Agreements</h2>
                  <p>Write down who maintains what, and for how long.</p>
                  <ul><li>Opening hours</li><li>Insurance</li></ul>
                </body></html>
                """);
    }

    static Path eml(Path file) throws IOException {
        return write(file, "From: Ana Torres <ana@example.org>\r\n"
                + "To: commons@example.org\r\n"
                + "Subject: Call for participation: neighbourhood assemblies\r\n"
                + "Date: Mon, 3 Mar 2025 10:00:00 +0100\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + "Dear colleagues,\r\n"
                + "we invite proposals for the spring assemblies. Send them before 30 April.\r\n");
    }

    static Path rtf(Path file) throws IOException {
        return write(file, "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard "
                + "Tool libraries lend drills and ladders to members.\\par "
                + "Membership costs ten euros a year.\\par}");
    }

    static Path zeroBytes(Path file) throws IOException {
        Files.write(file, new byte[0]);
        return file;
    }

    static Path png(Path file) throws IOException {
        Files.write(file, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        return file;
    }

    static Path randomBytes(Path file, int length) throws IOException {
        byte[] bytes = new byte[length];
        new Random(20240501L).nextBytes(bytes);
        // Random bytes can start like a known format by chance; a fixed seed keeps the test repeatable.
        Files.write(file, bytes);
        return file;
    }

    static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void storedEntry(ZipOutputStream zip, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
