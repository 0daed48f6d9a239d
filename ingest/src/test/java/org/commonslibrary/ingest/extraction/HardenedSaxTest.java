package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class HardenedSaxTest {

    @Test
    void refusesDoctypesSoExternalEntitiesCannotBeResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do not read");
        String attack = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&x;</p></body></html>";

        assertThatThrownBy(() -> XhtmlPageReader.read(attack, PageUnit.SECTION))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void replacesCharactersXmlForbids() {
        assertThat(HardenedSax.withOnlyXmlCharacters("a\u0001b\uD800c\uD83D\uDE00d")).isEqualTo("a b c\uD83D\uDE00d");
        String clean = "nothing to do";
        assertThat(HardenedSax.withOnlyXmlCharacters(clean)).isSameAs(clean);
    }
}
