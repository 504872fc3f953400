package dev.helmoci.tck.client.internal.repo;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Basic auth as Helm's {@code HTTPGetter} sends it: only when both user and password are set, and
 * only to the repository's own scheme and host:port unless {@code --pass-credentials} (helm v3.22
 * {@code pkg/getter/httpgetter.go}), so a chart URL on another host never sees the password.
 */
public final class RepoCredentials implements Interceptor {
  private final HttpUrl repository;
  private final String username;
  private final String password;
  private final boolean passCredentialsAll;

  public RepoCredentials(
      HttpUrl repository, String username, String password, boolean passCredentialsAll) {
    this.repository = repository;
    this.username = username;
    this.password = password;
    this.passCredentialsAll = passCredentialsAll;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    boolean sameOrigin =
        url.scheme().equals(repository.scheme())
            && url.host().equals(repository.host())
            && url.port() == repository.port();
    if (username != null
        && !username.isEmpty()
        && password != null
        && !password.isEmpty()
        && (passCredentialsAll || sameOrigin)) {
      request =
          request
              .newBuilder()
              .header("Authorization", Credentials.basic(username, password))
              .build();
    }
    return chain.proceed(request);
  }

  @Override
  public String toString() {
    return "RepoCredentials{" + Objects.toString(username, "") + ":***}";
  }
}
