package org.commonslibrary.devnode;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import org.apache.logging.log4j.LogManager;

/**
 * Runs one OpenSearch node in this JVM until the JVM is asked to stop (SIGTERM, Ctrl-C) or, with
 * {@code --parent-pid}, until the launching process has ended.
 *
 * <p>Prints {@code OPENSEARCH READY http://127.0.0.1:<port>} on standard output once the node has started.
 * Exit codes: 2 for a bad command line, 1 when the node cannot start.
 */
public final class DevNodeMain {

    static final String READY_LINE_PREFIX = "OPENSEARCH READY ";

    /** Not named log4j2.xml, so that it never configures logging of a JVM that merely has this jar on its classpath. */
    static final String LOGGING_CONFIGURATION = "org/commonslibrary/devnode/devnode-log4j2.xml";

    private static final String[] LOGGING_CONFIGURATION_PROPERTIES = {"log4j2.configurationFile", "log4j.configurationFile"};

    private DevNodeMain() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(DevNodeArguments.HELP)) {
            System.out.println(DevNodeArguments.USAGE);
            return;
        }
        DevNodeArguments arguments;
        try {
            arguments = DevNodeArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(DevNodeArguments.USAGE);
            System.exit(2);
            return;
        }
        // Must happen before the first OpenSearch class initialises Log4j.
        useBundledLoggingConfigurationUnlessGiven();
        run(arguments);
    }

    private static void run(DevNodeArguments arguments) {
        DevNodeServer server;
        try {
            server = DevNodeServer.create(arguments);
        } catch (Exception e) {
            exitWithError("OpenSearch node could not be created", e);
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeOnShutdown(server, closed), "devnode-shutdown"));
        arguments.parentPid().ifPresent(DevNodeMain::exitWhenProcessEnds);
        try {
            server.start();
        } catch (Exception e) {
            exitWithError("OpenSearch node could not be started", e);
            return;
        }
        System.out.println(READY_LINE_PREFIX + "http://" + DevNodeProcess.LOOPBACK + ":" + server.boundHttpPort());
        System.out.flush();
        // The node's threads are daemons: without this wait the JVM would end right here.
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void useBundledLoggingConfigurationUnlessGiven() {
        boolean given = Arrays.stream(LOGGING_CONFIGURATION_PROPERTIES).anyMatch(name -> System.getProperty(name) != null);
        if (!given) {
            System.setProperty(LOGGING_CONFIGURATION_PROPERTIES[0], LOGGING_CONFIGURATION);
        }
    }

    /** Stops an orphaned node: a killed test JVM or build cannot stop its forks itself. */
    private static void exitWhenProcessEnds(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    System.err.println("Launching process " + pid + " has ended; stopping the node");
                    System.exit(0);
                }),
                () -> exitWithError("Launching process " + pid + " is not running", null));
    }

    private static void closeOnShutdown(DevNodeServer server, CountDownLatch closed) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("OpenSearch node did not close cleanly: " + e);
        } finally {
            // Log4j's own shutdown hook is disabled so that the node's closing lines still get logged.
            LogManager.shutdown();
            closed.countDown();
        }
    }

    private static void exitWithError(String message, Exception cause) {
        System.err.println(message);
        if (cause != null) {
            cause.printStackTrace();
        }
        System.exit(1);
    }
}
