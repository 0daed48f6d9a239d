package org.commonslibrary.web.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, deployed as is: the tests see the application exactly as it ships. */
final class LibraryDeployment {

    private LibraryDeployment() {
    }

    static WebArchive builtWar() {
        return ShrinkWrap.create(ZipImporter.class, "library.war").importFrom(new File("target/library.war"))
                .as(WebArchive.class);
    }
}
