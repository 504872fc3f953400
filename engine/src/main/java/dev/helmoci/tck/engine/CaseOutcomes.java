package dev.helmoci.tck.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.TestAbortedException;

/**
 * The outcome of each finished case of a run, by unique id, so a case can tell whether the cases it depends on
 * passed. Names follow the TCK's outcome vocabulary.
 */
final class CaseOutcomes {

    private final Map<String, String> outcomes = new ConcurrentHashMap<>();

    void finished(String uniqueId, TestExecutionResult result) {
        outcomes.put(uniqueId, name(result));
    }

    void skipped(String uniqueId, String reason) {
        outcomes.put(uniqueId, reason.startsWith(CaseDescriptor.BLOCKED) ? "blocked" : "disabled");
    }

    Optional<String> outcome(String uniqueId) {
        return Optional.ofNullable(outcomes.get(uniqueId));
    }

    private static String name(TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL: return "pass";
            case ABORTED: return "unsupported";
            default:
                return result.getThrowable().filter(AssertionError.class::isInstance).isPresent() ? "fail"
                        : result.getThrowable().filter(TestAbortedException.class::isInstance).isPresent()
                                ? "unsupported" : "error";
        }
    }
}
