package dev.helmoci.tck.authmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks for a secret in text and files in every form it could leak in: as is, Base64 in a Basic
 * Authorization value, URL-encoded (form and path style), and any bearer token (a JWT) the token
 * service handed out.
 */
final class SecretScan {
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.");

  private final Map<String, String> forms = new LinkedHashMap<>();

  SecretScan(String username, String secret) {
    forms.put("raw secret", secret);
    forms.put("Basic user:secret", base64(username + ":" + secret));
    forms.put("Basic :secret", base64(":" + secret));
    forms.put("Base64 secret", base64(secret));
    forms.put("URL-encoded secret", URLEncoder.encode(secret, StandardCharsets.UTF_8));
    forms.put(
        "percent-encoded secret",
        URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Each form found in {@code text}, as {@code "<form> in <where>"}. */
  List<String> findIn(String where, String text) {
    List<String> found = new ArrayList<>();
    forms.forEach(
        (form, value) -> {
          if (text.contains(value)) {
            found.add(form + " in " + where);
          }
        });
    if (JWT.matcher(text).find()) {
      found.add("a bearer token (JWT) in " + where);
    }
    return found;
  }

  /** Every form found in any file under {@code directory}. */
  List<String> findInFiles(Path directory) {
    List<String> found = new ArrayList<>();
    for (Path file : files(directory)) {
      try {
        found.addAll(
            findIn(
                directory.relativize(file).toString(),
                new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return found;
  }

  static List<Path> files(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }
}
