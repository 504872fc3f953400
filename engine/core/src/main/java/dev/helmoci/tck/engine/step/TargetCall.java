package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.target.Credentials;
import java.io.IOException;
import java.util.Optional;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a raw request to the target with its credentials, as Helm's client would: Basic first; on a Bearer
 * challenge, the credentials are exchanged for a token and the request is sent once more. Shared by the steps that
 * talk to the registry directly ({@code http}, {@code blob}).
 */
final class TargetCall {
    private TargetCall() {
    }

    /** Adds the target's Basic credentials (when {@code auth} and the target has any). */
    static Request.Builder authorize(StepContext context, Request.Builder request, boolean auth) {
        Optional<Credentials> credentials = context.target().credentials();
        if (auth && credentials.isPresent()) {
            request.header("Authorization", okhttp3.Credentials.basic(credentials.get().username(),
                    credentials.get().password()));
        }
        return request;
    }

    static Response send(StepContext context, Request.Builder request, boolean auth) throws IOException {
        Optional<Credentials> credentials = context.target().credentials();
        authorize(context, request, auth);
        RegistryWrites.record(context.ledger(), context.caseId(), request.build());
        Response response = context.http().newCall(request.build()).execute();
        if (!auth || response.code() != 401) {
            return response;
        }
        Optional<BearerChallenge> challenge = BearerChallenge.parse(response.header("WWW-Authenticate"));
        if (challenge.isEmpty() && credentials.isPresent() && response.header("WWW-Authenticate") == null) {
            // zot in bearer mode answers a Basic header with a bare 401; Helm never sends one unasked (oras-go
            // auth.Client sends anonymously first), so ask again without it to learn the challenge.
            Response anonymous = context.http().newCall(request.removeHeader("Authorization").build()).execute();
            challenge = BearerChallenge.parse(anonymous.header("WWW-Authenticate"));
            if (challenge.isEmpty()) {
                anonymous.close();
                return response;
            }
            response.close();
            response = anonymous;
        }
        if (challenge.isEmpty()) {
            return response;
        }
        Optional<String> token = TokenExchange.token(context.http(), challenge.get(), credentials);
        if (token.isEmpty()) {
            return response;
        }
        response.close();
        context.evidence().record("http.auth", "bearer token from " + challenge.get().realm()
                + challenge.get().scope().map(scope -> " for " + scope).orElse(""));
        return context.http().newCall(request.header("Authorization", "Bearer " + token.get()).build()).execute();
    }
}
