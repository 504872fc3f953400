package dev.helmoci.tck.engine.driver;

import java.util.List;

/** Tags in the order Helm returns them. */
public record TagsResult(List<String> tags) {

  public TagsResult {
    tags = List.copyOf(tags);
  }
}
