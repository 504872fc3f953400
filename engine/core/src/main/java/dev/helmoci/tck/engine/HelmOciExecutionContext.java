package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.run.RunContext;
import java.util.Set;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node of one execution shares: the run, the outcomes so far, how outcomes are decided,
 * the listener and the profile choice.
 */
record HelmOciExecutionContext(
    RunContext run,
    CaseOutcomes outcomes,
    OutcomeMapper outcomeMapper,
    EngineExecutionListener listener,
    Set<String> profiles)
    implements EngineExecutionContext {}
