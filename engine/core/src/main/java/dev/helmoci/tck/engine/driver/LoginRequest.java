package dev.helmoci.tck.engine.driver;

/** {@code helm registry login}: {@code registry} is {@code host[:port]}. */
public record LoginRequest(String registry, String username, String password) {

  /** Never prints the password: requests end up in logs and failure messages. */
  @Override
  public String toString() {
    return "LoginRequest[registry=" + registry + ", username=" + username + ", password=****]";
  }
}
