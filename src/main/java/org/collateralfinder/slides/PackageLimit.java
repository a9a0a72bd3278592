package org.collateralfinder.slides;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.collateralfinder.model.OfficePackageLimit;

/**
 * POI's limit on the parts of a package it opens, set to the app's ({@link OfficePackageLimit}) before a deck is
 * opened: POI keeps it in one setting for the whole process (1,000 parts unless told otherwise, which refused a
 * 480-slide deck), and whatever else loads Tika's parsers in the process sets it too.
 */
public final class PackageLimit {

    private PackageLimit() {
    }

    /** Lets POI open packages of up to {@link OfficePackageLimit#MAX_PARTS} parts; its other guards stay as they are. */
    public static void apply() {
        ZipSecureFile.setMaxFileCount(OfficePackageLimit.MAX_PARTS);
    }
}
