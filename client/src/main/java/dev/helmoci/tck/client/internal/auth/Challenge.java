package dev.helmoci.tck.client.internal.auth;

import dev.helmoci.tck.client.auth.AuthScheme;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code WWW-Authenticate} challenge. Parameters are read only for Bearer, with the RFC
 * 7235 grammar oras-go implements (token or quoted-string values, optional whitespace); parsing
 * stops silently at the first malformed parameter, keeping what came before.
 */
public record Challenge(AuthScheme scheme, Map<String, String> params) {
  private static final String TOKEN_SPECIALS = "!#$%&'*+-.^_`|~";

  public Challenge {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public static Challenge parse(String header) {
    if (header == null) {
      return new Challenge(AuthScheme.UNKNOWN, Map.of());
    }
    Cursor c = new Cursor(header);
    AuthScheme scheme = scheme(c.token());
    Map<String, String> params = new LinkedHashMap<>();
    if (scheme == AuthScheme.BEARER) {
      readParams(c, params);
    }
    return new Challenge(scheme, params);
  }

  public Optional<String> realm() {
    return Optional.ofNullable(params.get("realm"));
  }

  public Optional<String> service() {
    return Optional.ofNullable(params.get("service"));
  }

  /** The space-separated {@code scope} parameter, if any. */
  public Optional<String> scope() {
    return Optional.ofNullable(params.get("scope")).filter(s -> !s.isEmpty());
  }

  private static void readParams(Cursor c, Map<String, String> params) {
    while (true) {
      c.skipSpace();
      String key = c.token();
      if (key.isEmpty()) {
        return;
      }
      c.skipSpace();
      if (!c.consume('=')) {
        return;
      }
      c.skipSpace();
      if (c.atEnd()) {
        return;
      }
      String value;
      if (c.peek() == '"') {
        value = c.quoted();
        if (value == null) {
          return;
        }
      } else {
        value = c.token();
        if (value.isEmpty()) {
          return;
        }
      }
      params.put(key, value);
      c.skipSpace();
      if (!c.consume(',')) {
        return;
      }
    }
  }

  private static boolean isTokenChar(char ch) {
    return (ch >= 'A' && ch <= 'Z')
        || (ch >= 'a' && ch <= 'z')
        || (ch >= '0' && ch <= '9')
        || TOKEN_SPECIALS.indexOf(ch) >= 0;
  }

  /** A read position over the header; a small lexer, not a regular expression. */
  private static final class Cursor {
    private final String s;
    private int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    char peek() {
      return s.charAt(pos);
    }

    boolean consume(char ch) {
      if (!atEnd() && peek() == ch) {
        pos++;
        return true;
      }
      return false;
    }

    void skipSpace() {
      while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
        pos++;
      }
    }

    String token() {
      int start = pos;
      while (!atEnd() && isTokenChar(peek())) {
        pos++;
      }
      return s.substring(start, pos);
    }

    /** A Go-style quoted string with backslash escapes, or null when unterminated. */
    String quoted() {
      StringBuilder out = new StringBuilder();
      int i = pos + 1;
      while (i < s.length()) {
        char ch = s.charAt(i);
        if (ch == '"') {
          pos = i + 1;
          return out.toString();
        }
        if (ch == '\\' && i + 1 < s.length()) {
          char next = s.charAt(++i);
          out.append(
              switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                default -> next;
              });
        } else if (ch == '\n') {
          return null;
        } else {
          out.append(ch);
        }
        i++;
      }
      return null;
    }
  }

  private static AuthScheme scheme(String token) {
    if (token.equalsIgnoreCase("basic")) {
      return AuthScheme.BASIC;
    }
    return token.equalsIgnoreCase("bearer") ? AuthScheme.BEARER : AuthScheme.UNKNOWN;
  }
}
