package org.commonslibrary.web.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.commonslibrary.model.document.LibraryDocument;

/** The JSON shape of a document with its pages. */
public record DocumentView(long id, String title, String kind, String language, String authors, String publisher,
        LocalDate publicationDate, String mediaType, String filename, long sizeBytes, int pageCount, Instant addedAt,
        List<PageView> pages) {

    static DocumentView of(LibraryDocument d) {
        return new DocumentView(d.getId(), d.getTitle(), d.getKind(), d.getLanguage(), d.getAuthors(),
                d.getPublisher(), d.getPublicationDate(), d.getMediaType(), d.getOriginalFilename(), d.getSizeBytes(),
                d.getPageCount(), d.getAddedAt(),
                d.getPages().stream().map(p -> new PageView(p.getNumber(), p.getText())).toList());
    }

    /** One page's number and text. */
    public record PageView(int number, String text) {
    }
}
