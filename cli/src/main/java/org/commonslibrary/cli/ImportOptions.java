package org.commonslibrary.cli;

import java.nio.file.Path;
import java.util.Map;

/** The import's command line, with defaults from the same environment variables the run script reads. */
record ImportOptions(Path folder, String url, String user, String password) {

    static final String USAGE = "Usage: ./library import FOLDER [--url URL] [--user NAME]\n"
            + "  The password comes from LIBRARY_ADMIN_PASSWORD, or is asked for.";

    static ImportOptions parse(String[] args, Map<String, String> environment) {
        Path folder = null;
        String url = "http://127.0.0.1:" + environment.getOrDefault("LIBRARY_HTTP_PORT", "8080") + "/";
        String user = environment.getOrDefault("LIBRARY_ADMIN_USER", "admin");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = value(args, ++i, "--url");
                case "--user" -> user = value(args, ++i, "--user");
                default -> {
                    if (args[i].startsWith("--") || folder != null) {
                        throw new IllegalArgumentException("Unexpected argument: " + args[i]);
                    }
                    folder = Path.of(args[i]);
                }
            }
        }
        if (folder == null) {
            throw new IllegalArgumentException("Name the folder to import.");
        }
        return new ImportOptions(folder, url.endsWith("/") ? url : url + "/", user,
                environment.get("LIBRARY_ADMIN_PASSWORD"));
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value.");
        }
        return args[index];
    }
}
