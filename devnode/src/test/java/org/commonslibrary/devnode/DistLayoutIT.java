package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

class DistLayoutIT {

    @Test
    void libHoldsTheNodeAndItsRuntimeDependenciesButNoTestLibraries() throws IOException {
        List<String> jars = jarNames(ItNodes.DIST.resolve("lib"));

        assertThat(jars).anyMatch(name -> name.matches("library-devnode-.*\\.jar"))
                .contains("opensearch-2.19.6.jar", "transport-netty4-client-2.19.6.jar", "analysis-common-2.19.6.jar",
                        "lang-painless-2.19.6.jar", "mapper-extras-client-2.19.6.jar", "parent-join-client-2.19.6.jar")
                .anyMatch(name -> name.startsWith("log4j-core-"))
                .noneMatch(name -> name.startsWith("junit-") || name.startsWith("opentest4j-")
                        || name.startsWith("apiguardian-") || name.startsWith("assertj-"));
    }

    @Test
    void zipCarriesTheSameLibFolder() throws IOException {
        Path zip;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            zip = files.filter(file -> file.getFileName().toString().endsWith("-dist.zip")).findFirst().orElseThrow();
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<String> zipped = archive.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
                    .map(name -> name.substring("lib/".length()))
                    .sorted()
                    .toList();
            assertThat(zipped).isEqualTo(jarNames(ItNodes.DIST.resolve("lib")));
        }
    }

    private static List<String> jarNames(Path lib) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar")).sorted().toList();
        }
    }
}
