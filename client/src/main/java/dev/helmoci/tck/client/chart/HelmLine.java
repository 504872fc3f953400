package dev.helmoci.tck.client.chart;

/** Which Helm major line to imitate where their messages differ. */
public enum HelmLine {
  HELM_3,
  HELM_4
}
