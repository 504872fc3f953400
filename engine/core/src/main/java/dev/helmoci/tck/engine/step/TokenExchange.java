package dev.helmoci.tck.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.engine.target.Credentials;
import java.io.IOException;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches a bearer token from a challenge's realm with the target's credentials, as registries with token auth
 * require ({@code token} or {@code access_token} in the answer). The token is a secret: it is never recorded.
 */
final class TokenExchange {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TokenExchange() {
    }

    static Optional<String> token(OkHttpClient http, BearerChallenge challenge, Optional<Credentials> credentials)
            throws IOException {
        HttpUrl realm = HttpUrl.parse(challenge.realm());
        if (realm == null) {
            throw new IOException("bearer challenge realm is not a URL: " + challenge.realm());
        }
        HttpUrl.Builder url = realm.newBuilder();
        challenge.service().ifPresent(service -> url.addQueryParameter("service", service));
        challenge.scope().ifPresent(scope -> url.addQueryParameter("scope", scope));
        Request.Builder request = new Request.Builder().url(url.build());
        credentials.ifPresent(c -> request.header("Authorization", okhttp3.Credentials.basic(c.username(),
                c.password())));
        try (Response response = http.newCall(request.build()).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                return Optional.empty();
            }
            JsonNode json = MAPPER.readTree(body.bytes());
            JsonNode token = json.hasNonNull("token") ? json.get("token") : json.get("access_token");
            return token == null || !token.isTextual() ? Optional.empty() : Optional.of(token.asText());
        }
    }
}
