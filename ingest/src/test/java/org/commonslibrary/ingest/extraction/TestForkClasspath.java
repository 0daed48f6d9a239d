package org.commonslibrary.ingest.extraction;

/**
 * The classpath the forked parser JVMs get in tests: the test JVM's own, which holds tika-core, the parsers
 * package and their dependencies. Surefire starts tests through a manifest-only jar, so java.class.path
 * names just that jar; the real entries are in surefire.test.class.path.
 */
final class TestForkClasspath {

    private TestForkClasspath() {
    }

    static String get() {
        String classpath = System.getProperty("surefire.test.class.path");
        if (classpath == null || classpath.isBlank()) {
            classpath = System.getProperty("java.class.path");
        }
        return classpath;
    }
}
