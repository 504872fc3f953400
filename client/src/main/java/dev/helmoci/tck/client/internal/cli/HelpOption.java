package dev.helmoci.tck.client.internal.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} on every command, as helm has. Not picocli's standard help mixin: that also
 * adds {@code --version}, which pull and show use for the chart version.
 */
public final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "help for this command")
  boolean help;
}
