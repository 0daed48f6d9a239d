package org.commonslibrary.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A country or city a passage names, with the words that named it and where. */
@Embeddable
public class PlaceMention {

    @Column(nullable = false, length = 2)
    private String countryCode;

    /** The gazetteer's id of the city, or null when the mention is of a country. */
    @Column(length = 20)
    private String cityId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 300)
    private String matchedText;

    private int startOffset;

    private int endOffset;

    protected PlaceMention() {
    }

    public PlaceMention(String countryCode, String cityId, String name, String matchedText, int startOffset,
            int endOffset) {
        this.countryCode = countryCode;
        this.cityId = cityId;
        this.name = name;
        this.matchedText = matchedText.length() > 300 ? matchedText.substring(0, 300) : matchedText;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
    }

    public boolean isCity() {
        return cityId != null;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getCityId() {
        return cityId;
    }

    public String getName() {
        return name;
    }

    public String getMatchedText() {
        return matchedText;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }
}
