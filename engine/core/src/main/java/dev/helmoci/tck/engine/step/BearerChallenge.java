package dev.helmoci.tck.engine.step;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code WWW-Authenticate: Bearer realm="…",service="…",scope="…"} challenge, parsed as RFC 7235
 * auth-params (quoted strings with backslash escapes, or tokens), for the token exchange of {@code http} steps.
 */
record BearerChallenge(String realm, Optional<String> service, Optional<String> scope) {

    static Optional<BearerChallenge> parse(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Map<String, String> params = params(header.substring(7));
        String realm = params.get("realm");
        if (realm == null || realm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BearerChallenge(realm, Optional.ofNullable(params.get("service")),
                Optional.ofNullable(params.get("scope"))));
    }

    private static Map<String, String> params(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ' ')) {
                i++;
            }
            int equals = text.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = text.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            i = equals + 1;
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            params.put(name, value.toString().trim());
        }
        return params;
    }
}
