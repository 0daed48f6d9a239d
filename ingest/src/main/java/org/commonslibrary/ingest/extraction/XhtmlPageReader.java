package org.commonslibrary.ingest.extraction;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML into pages. Tika marks PDF pages with {@code <div class="page">}, slides with
 * {@code <div class="slide-content">} (wrapped in {@code <div class="slide">} for the older PPT format) and
 * worksheets with {@code <div class="sheet">}; formats without such divisions are cut into sections at
 * {@code h1}/{@code h2} headings and at embedded files.
 *
 * <p>Nothing between divisions is dropped: it belongs to the division before it (speaker notes follow
 * their slide) or, before the first one, to the first. Two things are deliberately not page text: a
 * PDF's bookmark outline, which Tika writes after the last page and which only repeats headings already on
 * the pages, and slide-master text that repeats identically on every slide, which is kept once.
 */
final class XhtmlPageReader extends DefaultHandler {

    private enum Role { UNIT, PACKAGE_ENTRY, MASTER, OUTLINE, HEADING, ENTRY_NAME, OTHER }

    private static final Set<String> PARAGRAPH_ELEMENTS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "section", "article", "header", "footer",
            "aside", "nav", "figure", "figcaption", "address", "hr", "main", "form", "fieldset", "thead",
            "tbody", "tfoot");
    private static final Set<String> LINE_ELEMENTS = Set.of("li", "tr", "br", "dt", "dd", "caption", "option",
            "legend");
    private static final Set<String> CELL_ELEMENTS = Set.of("td", "th");

    private final PageUnit unit;
    private final Deque<Role> roles = new ArrayDeque<>();
    private final List<TextSink> pages = new ArrayList<>();
    private final TextSink beforeFirstPage = new TextSink();
    private final Set<String> masterTextsSeen = new HashSet<>();
    private final StringBuilder heading = new StringBuilder();

    private TextSink current;
    private TextSink master;
    private boolean inBody;
    private int unitDepth;
    private int packageEntryDepth;
    private int masterDepth;
    private int outlineDepth;
    private int headingDepth;
    private boolean nextElementMayNameEntry;

    private XhtmlPageReader(PageUnit unit) {
        this.unit = unit;
        this.current = unit == PageUnit.SECTION ? newPage() : beforeFirstPage;
    }

    /**
     * @return the pages in order, blank ones included so that numbering stays true; empty when a paged
     * format produced no page divisions at all
     */
    static List<RawPage> read(String xhtml, PageUnit unit) throws SAXException, IOException {
        XhtmlPageReader reader = new XhtmlPageReader(unit);
        HardenedSax.parse(xhtml, reader);
        return reader.result();
    }

    private List<RawPage> result() {
        if (pages.isEmpty()) {
            return List.of();
        }
        pages.get(0).prepend(beforeFirstPage);
        List<RawPage> result = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            TextSink page = pages.get(i);
            List<String> headings = new ArrayList<>();
            for (String h : page.headings()) {
                String normalized = TextNormalizer.singleLine(h);
                if (!normalized.isEmpty()) {
                    headings.add(normalized);
                }
            }
            result.add(new RawPage(i + 1, TextNormalizer.normalize(page.text()), headings));
        }
        return result;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        if (!inBody) {
            inBody = "body".equals(name);
            return;
        }
        boolean namesEntry = nextElementMayNameEntry && "h1".equals(name);
        nextElementMayNameEntry = false;
        String cssClass = attributes.getValue("class");
        Role role = roleOf(name, cssClass, namesEntry);
        roles.push(role);

        switch (role) {
            case UNIT -> {
                unitDepth++;
                current = newPage();
            }
            case PACKAGE_ENTRY -> {
                if (unit == PageUnit.SECTION) {
                    startSectionIfUsed();
                }
                packageEntryDepth++;
                nextElementMayNameEntry = true;
            }
            case MASTER -> {
                masterDepth++;
                if (masterDepth == 1) {
                    master = new TextSink();
                }
            }
            case OUTLINE -> outlineDepth++;
            case HEADING, ENTRY_NAME -> {
                if (unit == PageUnit.SECTION && isSectionHeading(name) && role == Role.HEADING) {
                    startSectionIfUsed();
                }
                headingDepth++;
                if (headingDepth == 1) {
                    heading.setLength(0);
                }
            }
            default -> {
            }
        }
        breakFor(name);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (!inBody) {
            return;
        }
        if (roles.isEmpty()) {
            inBody = false;
            return;
        }
        breakFor(name);
        Role role = roles.pop();
        switch (role) {
            case UNIT -> unitDepth--;
            case PACKAGE_ENTRY -> packageEntryDepth--;
            case MASTER -> {
                masterDepth--;
                if (masterDepth == 0) {
                    keepMasterTextOnce();
                }
            }
            case OUTLINE -> outlineDepth--;
            case HEADING, ENTRY_NAME -> {
                headingDepth--;
                if (headingDepth == 0 && role == Role.HEADING && masterDepth == 0 && outlineDepth == 0) {
                    current.addHeading(heading.toString());
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inBody || outlineDepth > 0) {
            return;
        }
        if (headingDepth > 0) {
            heading.append(ch, start, length);
        }
        (masterDepth > 0 ? master : current).append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private Role roleOf(String name, String cssClass, boolean namesEntry) {
        if (namesEntry) {
            return Role.ENTRY_NAME;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return Role.HEADING;
        }
        boolean topLevel = unitDepth == 0 && packageEntryDepth == 0;
        if ("div".equals(name) && cssClass != null) {
            if (hasClass(cssClass, "package-entry")) {
                return Role.PACKAGE_ENTRY;
            }
            if (topLevel && startsUnit(cssClass)) {
                return Role.UNIT;
            }
            if (unit == PageUnit.SLIDE && hasClass(cssClass, "slide-master-content")) {
                return Role.MASTER;
            }
        }
        if (unit == PageUnit.PAGE && topLevel && !pages.isEmpty() && ("ul".equals(name) || "ol".equals(name))) {
            return Role.OUTLINE;
        }
        return Role.OTHER;
    }

    private boolean startsUnit(String cssClass) {
        return switch (unit) {
            case PAGE -> hasClass(cssClass, "page");
            // The PPT format wraps each slide (master text, content, notes) in a "slide" div; PPTX does not.
            case SLIDE -> hasClass(cssClass, "slide") || hasClass(cssClass, "slide-content");
            case SHEET -> hasClass(cssClass, "sheet");
            case SECTION -> false;
        };
    }

    private static boolean hasClass(String cssClass, String wanted) {
        for (String token : cssClass.trim().split("\\s+")) {
            if (token.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSectionHeading(String name) {
        return "h1".equals(name) || "h2".equals(name);
    }

    private void startSectionIfUsed() {
        if (current.hasVisibleText()) {
            current = newPage();
        }
    }

    private TextSink newPage() {
        TextSink page = new TextSink();
        pages.add(page);
        return page;
    }

    private void keepMasterTextOnce() {
        String text = TextNormalizer.normalize(master.text());
        master = null;
        if (!text.isEmpty() && masterTextsSeen.add(text)) {
            current.appendParagraph(text);
        }
    }

    private void breakFor(String name) {
        TextSink target = masterDepth > 0 ? master : current;
        if (PARAGRAPH_ELEMENTS.contains(name)) {
            target.breakAt(TextSink.PARAGRAPH);
        } else if (LINE_ELEMENTS.contains(name)) {
            target.breakAt(TextSink.LINE);
        } else if (CELL_ELEMENTS.contains(name)) {
            target.breakAt(TextSink.CELL);
        }
    }
}
