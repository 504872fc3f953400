package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.evidence.StepTranscript;
import dev.helmoci.tck.engine.step.Evidence;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Publishes step evidence as JUnit report entries, which Allure, IDEs and the console show per
 * test, and adds it to the transcript of the step that is running on the calling thread.
 */
final class ReportingEvidence implements Evidence {

  private final EngineExecutionListener listener;
  private final TestDescriptor descriptor;

  ReportingEvidence(EngineExecutionListener listener, TestDescriptor descriptor) {
    this.listener = listener;
    this.descriptor = descriptor;
  }

  @Override
  public void record(String key, String value) {
    String shown = value == null || value.isBlank() ? "(empty)" : value;
    listener.reportingEntryPublished(descriptor, ReportEntry.from(key, shown));
    StepTranscript.note(key, shown);
  }
}
