package dev.helmoci.tck.engine.target;

/**
 * Registry credentials. {@link #toString()} redacts the password so a stray log line cannot leak
 * it.
 */
public record Credentials(String username, String password) {

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=****]";
  }
}
