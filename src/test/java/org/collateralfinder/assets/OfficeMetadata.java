package org.collateralfinder.assets;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;

/** Sets the OOXML core and extended properties the same way for every generated Office file. */
final class OfficeMetadata {

    private OfficeMetadata() {
    }

    static void describe(POIXMLProperties properties, String title, String author, String subject, String keywords,
                         LocalDateTime created) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date time = Date.from(created.toInstant(ZoneOffset.UTC));
        core.setTitle(title);
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        core.setSubjectProperty(subject);
        core.setKeywords(keywords);
        core.setCreated(Optional.of(time));
        core.setModified(Optional.of(time));
        properties.getExtendedProperties().setCompany("Northwind Analytics, Inc.");
        properties.getExtendedProperties().setApplication("Collateral Finder sample generator");
    }
}
