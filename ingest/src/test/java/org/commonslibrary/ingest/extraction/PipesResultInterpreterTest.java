package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitData;
import org.apache.tika.pipes.emitter.EmitKey;
import org.commonslibrary.ingest.extraction.ExtractionException.Reason;
import org.junit.jupiter.api.Test;

/** Statuses that are hard to provoke for real, and the order in which problems are reported. */
class PipesResultInterpreterTest {

    private final PipesResultInterpreter interpreter = new PipesResultInterpreter(ExtractionLimits.defaults());

    @Test
    void successCarriesTypeMetadataAndXhtml() throws Exception {
        Metadata metadata = metadata("text/plain; charset=UTF-8");
        metadata.set(TikaCoreProperties.TIKA_CONTENT, "<html><body><p>hi</p></body></html>");

        ParsedFile parsed = interpreter.interpret(new PipesResult(emitData(metadata, null)));

        assertThat(parsed.mediaType()).isEqualTo("text/plain");
        assertThat(parsed.xhtml()).contains("<p>hi</p>");
    }

    @Test
    void forkFailuresMapToTheirReasons() {
        assertThat(failure(PipesResult.OOM).reason()).isEqualTo(Reason.OUT_OF_MEMORY);
        assertThat(failure(PipesResult.TIMEOUT).reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure(PipesResult.UNSPECIFIED_CRASH).reason()).isEqualTo(Reason.CORRUPT);
        assertThat(failure(PipesResult.CLIENT_UNAVAILABLE_WITHIN_MS).getMessage()).contains("busy");
        assertThat(failure(PipesResult.INTERRUPTED_EXCEPTION).reason()).isEqualTo(Reason.INTERNAL);
        assertThat(failure(new PipesResult(PipesResult.STATUS.FETCH_EXCEPTION, "no such file")).reason())
                .isEqualTo(Reason.INTERNAL);
    }

    @Test
    void timeoutAfterDetectionNamesTheDetectedType() {
        PipesResult partial = new PipesResult(PipesResult.STATUS.TIMEOUT, emitData(metadata("application/pdf"), null), true);

        ExtractionException failure = failure(partial);

        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure.detectedMediaType()).contains("application/pdf");
    }

    @Test
    void passwordProtectedOfficeFileIsEncryptedEvenThoughItsContainerTypeIsNotAccepted() {
        ExtractionException failure = failure(new PipesResult(
                emitData(metadata("application/x-tika-ooxml-protected"), null)));

        assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(failure.getMessage()).contains("password-protected");
    }

    @Test
    void unacceptedTypeIsReportedBeforeItsParserProblems() {
        String stack = "org.apache.tika.exception.TikaException: broken image\n\tat somewhere";
        ExtractionException failure = failure(new PipesResult(emitData(metadata("image/jpeg"), stack), stack));

        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(failure.getMessage()).contains("(JPEG, image/jpeg)");
    }

    @Test
    void permissionsThatForbidCopyingCountAsEncryption() {
        String stack = "org.apache.tika.exception.AccessPermissionException: Content extraction is not allowed.";
        ExtractionException failure = failure(new PipesResult(emitData(metadata("application/pdf"), stack), stack));

        assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(failure.getMessage()).contains("forbid copying");
    }

    @Test
    void writeLimitMeansTooLargeAndOtherExceptionsMeanCorrupt() {
        String limit = "org.apache.tika.exception.WriteLimitReachedException: Your document contained more than 5";
        String other = "org.apache.tika.exception.TikaException: Unexpected RuntimeException";

        assertThat(failure(new PipesResult(emitData(metadata("text/plain"), limit), limit)).reason())
                .isEqualTo(Reason.TOO_LARGE);
        assertThat(failure(new PipesResult(emitData(metadata("text/plain"), other), other)).reason())
                .isEqualTo(Reason.CORRUPT);
    }

    @Test
    void noContentMeansNoText() {
        assertThat(failure(new PipesResult(emitData(metadata("application/pdf"), null))).reason())
                .isEqualTo(Reason.NO_TEXT);
    }

    private ExtractionException failure(PipesResult result) {
        ExtractionException failure = catchThrowableOfType(() -> interpreter.interpret(result), ExtractionException.class);
        assertThat(failure).as("interpreting %s should fail", result.getStatus()).isNotNull();
        return failure;
    }

    private static Metadata metadata(String contentType) {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, contentType);
        return metadata;
    }

    private static EmitData emitData(Metadata metadata, String stack) {
        if (stack != null) {
            metadata.set(TikaCoreProperties.CONTAINER_EXCEPTION, stack);
        }
        return new EmitData(new EmitKey("", "key"), List.of(metadata), stack);
    }
}
