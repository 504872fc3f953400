package dev.helmoci.tck.engine.run;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;

/**
 * Replaces secrets, and the Basic-auth encodings that contain them, with {@code ****}: the run's
 * redaction, also used by the commands that reach a registry outside a run ({@code sweep}).
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Redactor {

  // Written when a target opens (its generated credentials) while cases may already redact.
  private final List<String> secrets = new CopyOnWriteArrayList<>();

  public Redactor(String username, String password) {
    add(username, password);
  }

  /** Also masks a second account's password (the pull-only reader). */
  Redactor and(String username, String password) {
    add(username, password);
    return this;
  }

  private void add(String username, String password) {
    if (password != null && !password.isEmpty() && !secrets.contains(password)) {
      secrets.add(
          Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
      secrets.add(password);
    }
  }

  public static Redactor none() {
    return new Redactor(null, null);
  }

  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, "****");
    }
    return result;
  }
}
