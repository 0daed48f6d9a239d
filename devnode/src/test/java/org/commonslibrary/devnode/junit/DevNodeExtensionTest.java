package org.commonslibrary.devnode.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;

import org.commonslibrary.devnode.DevNodeProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class DevNodeExtensionTest {

    @TempDir
    Path temp;

    @BeforeEach
    void pointAtAnExternalCluster() {
        System.setProperty(DevNodeExtension.EXTERNAL_PROPERTY, "true");
        System.setProperty("library.devnode.home", temp.resolve("home").toString());
        System.setProperty("library.devnode.dist", temp.resolve("no-dist").toString());
    }

    @AfterEach
    void restoreProperties() {
        System.clearProperty(DevNodeExtension.EXTERNAL_PROPERTY);
        System.clearProperty("library.devnode.home");
        System.clearProperty("library.devnode.dist");
    }

    @Test
    void externalClusterStartsNothingAndHandsOutNoProcess() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(UsesTheExtension.class))
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        tests.assertThatEvents().haveExactly(1, event(test("wantsTheProcess"),
                finishedWithFailure(instanceOf(ParameterResolutionException.class),
                        message(text -> text.contains(DevNodeExtension.EXTERNAL_PROPERTY)))));
        assertThat(temp.resolve("home")).doesNotExist();
    }

    /** Run only through the test kit above; surefire skips nested classes. */
    @ExtendWith(DevNodeExtension.class)
    static class UsesTheExtension {

        @Test
        void needsOnlyTheCluster() {
            // reaching this line proves beforeAll did not try to start a node from the missing dist
        }

        @Test
        void wantsTheProcess(DevNodeProcess node) {
            assertThat(node).isNotNull();
        }
    }
}
