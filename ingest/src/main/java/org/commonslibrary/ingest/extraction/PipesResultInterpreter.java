package org.commonslibrary.ingest.extraction;

import java.time.Duration;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitData;

/**
 * Turns what {@code PipesParser} returned into either a usable parse or the {@link ExtractionException} a
 * person can act on. The order of the checks matters: a password-protected file is reported as such even
 * when its container type is not one we accept, and an unaccepted type is reported before whatever its
 * parser complained about.
 */
final class PipesResultInterpreter {

    private final int maxCharacters;
    private final Duration timeout;

    PipesResultInterpreter(ExtractionLimits limits) {
        this.maxCharacters = limits.maxCharacters();
        this.timeout = limits.timeout();
    }

    ParsedFile interpret(PipesResult result) throws ExtractionException {
        Metadata metadata = firstMetadata(result);
        String mediaType = metadata == null ? null
                : AcceptedFormats.baseType(metadata.get(Metadata.CONTENT_TYPE));

        switch (result.getStatus()) {
            case PARSE_SUCCESS:
            case PARSE_SUCCESS_WITH_EXCEPTION:
            case PARSE_EXCEPTION_NO_EMIT:
                return interpretParse(result, metadata, mediaType);
            case TIMEOUT:
                throw Failures.timedOut(timeout, mediaType);
            case OOM:
                throw Failures.outOfMemory(mediaType);
            case UNSPECIFIED_CRASH:
                throw Failures.crashed(mediaType, new ForkedParserFailure("the forked parser JVM exited"));
            case CLIENT_UNAVAILABLE_WITHIN_MS:
                throw Failures.busy();
            case INTERRUPTED_EXCEPTION:
                throw Failures.interrupted();
            default:
                throw Failures.internal(new ForkedParserFailure(result.getStatus() + ": " + result.getMessage()));
        }
    }

    private ParsedFile interpretParse(PipesResult result, Metadata metadata, String mediaType)
            throws ExtractionException {
        String stack = containerException(result, metadata);
        ForkedParserFailure cause = stack == null ? null : new ForkedParserFailure(stack);

        if (mediaType != null && AcceptedFormats.isPasswordProtectedContainer(mediaType)
                || mentions(stack, "EncryptedDocumentException")) {
            throw Failures.encrypted(mediaType, cause);
        }
        if (mentions(stack, "AccessPermissionException")) {
            throw Failures.extractionForbidden(mediaType, cause);
        }
        if (mediaType != null && !AcceptedFormats.accepts(mediaType)) {
            throw Failures.unsupported(mediaType);
        }
        if (mentions(stack, "WriteLimitReachedException")
                || metadata != null && "true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
            throw Failures.tooMuchText(maxCharacters, mediaType, cause);
        }
        if (mentions(stack, "ZeroByteFileException")) {
            throw Failures.emptyFile();
        }
        if (stack != null || metadata == null) {
            // A parse that failed part-way leaves text missing after the failure point; indexing that
            // silently would misrepresent the document, so the file is refused instead.
            throw Failures.corrupt(mediaType, cause);
        }
        String xhtml = metadata.get(TikaCoreProperties.TIKA_CONTENT);
        if (xhtml == null || xhtml.isBlank()) {
            throw Failures.noText(mediaType);
        }
        return new ParsedFile(mediaType, metadata, xhtml);
    }

    private static Metadata firstMetadata(PipesResult result) {
        EmitData emitData = result.getEmitData();
        if (emitData == null) {
            return null;
        }
        List<Metadata> list = emitData.getMetadataList();
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private static String containerException(PipesResult result, Metadata metadata) {
        String stack = metadata == null ? null : metadata.get(TikaCoreProperties.CONTAINER_EXCEPTION);
        if (stack == null || stack.isBlank()) {
            stack = result.getMessage();
        }
        return stack == null || stack.isBlank() ? null : stack;
    }

    private static boolean mentions(String stack, String exceptionSimpleName) {
        return stack != null && stack.contains(exceptionSimpleName);
    }
}
