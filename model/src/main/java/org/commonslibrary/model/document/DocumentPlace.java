package org.commonslibrary.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A place a document speaks of, with its country's UCLG world region and how often it is named. */
@Embeddable
public class DocumentPlace {

    @Column(nullable = false, length = 2)
    private String countryCode;

    @Column(length = 20)
    private String cityId;

    @Column(length = 200)
    private String cityName;

    @Column(length = 40)
    private String regionId;

    private int mentions;

    private boolean curated;

    protected DocumentPlace() {
    }

    public DocumentPlace(String countryCode, String cityId, String cityName, String regionId, int mentions,
            boolean curated) {
        this.countryCode = countryCode;
        this.cityId = cityId;
        this.cityName = cityName;
        this.regionId = regionId;
        this.mentions = mentions;
        this.curated = curated;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getCityId() {
        return cityId;
    }

    public String getCityName() {
        return cityName;
    }

    public String getRegionId() {
        return regionId;
    }

    public int getMentions() {
        return mentions;
    }

    public boolean isCurated() {
        return curated;
    }
}
