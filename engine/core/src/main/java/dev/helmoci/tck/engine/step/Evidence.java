package dev.helmoci.tck.engine.step;

/**
 * Where steps leave what they saw (requests, responses, tool output) for reports. Values must
 * already be redacted; the engine publishes them as JUnit report entries.
 */
public interface Evidence {

  Evidence NONE = (key, value) -> {};

  void record(String key, String value);
}
