package dev.helmoci.tck.client.chart;

/** A {@code maintainers} entry of Chart.yaml; empty strings stand for absent fields. */
public record Maintainer(String name, String email, String url) {
  public Maintainer {
    name = name == null ? "" : name;
    email = email == null ? "" : email;
    url = url == null ? "" : url;
  }
}
