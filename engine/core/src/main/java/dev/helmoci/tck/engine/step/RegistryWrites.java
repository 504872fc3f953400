package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.engine.target.RunLedger;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Buffer;

/**
 * Reads a raw request for the write it makes, so it enters the ledger before it is sent: a manifest
 * PUT (its digest is the SHA-256 of the body, as the registry will compute it), a blob upload
 * finished with {@code ?digest=}, a monolithic POST or a cross-repository mount, or the start of an
 * upload session (the repository at least). Paths follow the OCI distribution spec's endpoints
 * end-1 … end-11.
 */
final class RegistryWrites {
  private static final Pattern MANIFEST = Pattern.compile(".*/v2/(.+)/manifests/([^/]+)");
  private static final Pattern UPLOAD = Pattern.compile(".*/v2/(.+)/blobs/uploads(/.*)?");

  private RegistryWrites() {}

  static void record(RunLedger ledger, String caseId, Request request) throws IOException {
    String method = request.method();
    if (!method.equals("PUT") && !method.equals("POST") && !method.equals("PATCH")) {
      return;
    }
    HttpUrl url = request.url();
    String path = url.encodedPath();
    Matcher manifest = MANIFEST.matcher(path);
    if (manifest.matches() && method.equals("PUT")) {
      String repository = manifest.group(1);
      String reference = url.pathSegments().get(url.pathSize() - 1);
      ledger.manifest(caseId, repository, reference, bodyDigest(request));
      return;
    }
    Matcher upload = UPLOAD.matcher(path);
    if (!upload.matches()) {
      return;
    }
    String repository = upload.group(1);
    String digest = url.queryParameter("digest");
    String mount = url.queryParameter("mount");
    if (digest != null && !digest.isEmpty()) {
      ledger.blob(caseId, repository, digest);
    } else if (mount != null && !mount.isEmpty()) {
      ledger.blob(caseId, repository, mount);
    } else {
      ledger.repository(caseId, repository);
    }
  }

  private static String bodyDigest(Request request) throws IOException {
    if (request.body() == null) {
      return "";
    }
    Buffer buffer = new Buffer();
    request.body().writeTo(buffer);
    return Digest.sha256(buffer.readByteArray()).toString();
  }
}
