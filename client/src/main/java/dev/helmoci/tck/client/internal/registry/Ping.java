package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import dev.helmoci.tck.client.registry.NotFoundException;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/** {@code GET /v2/}: Helm login's check; 200 passes, 404 is {@code not found}. */
public final class Ping {
  private final EndpointCaller caller;

  public Ping(EndpointCaller caller) {
    this.caller = caller;
  }

  public void run() throws IOException {
    Response response = caller.send(new Request.Builder().get().url(caller.base()), "");
    switch (response.code()) {
      case 200 -> response.close();
      case 404 -> {
        response.close();
        throw new NotFoundException("");
      }
      default -> throw ErrorResponses.from(response);
    }
  }
}
