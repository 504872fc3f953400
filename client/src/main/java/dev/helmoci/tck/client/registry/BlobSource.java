package dev.helmoci.tck.client.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bytes to upload, streamed. A file or byte array can be sent again (auth retry, network retry); a
 * bare stream only once, exactly like a Go request body without {@code GetBody}.
 */
public interface BlobSource {
  /** Number of bytes {@link #open()} yields, or -1 when unknown. */
  long size() throws IOException;

  InputStream open() throws IOException;

  boolean replayable();

  static BlobSource of(Path file) {
    return new BlobSource() {
      @Override
      public long size() throws IOException {
        return Files.size(file);
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public boolean replayable() {
        return true;
      }
    };
  }

  static BlobSource of(byte[] content) {
    byte[] copy = content.clone();
    return new BlobSource() {
      @Override
      public long size() {
        return copy.length;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(copy);
      }

      @Override
      public boolean replayable() {
        return true;
      }
    };
  }

  /** A stream that can be read once; the upload fails rather than retry it. */
  static BlobSource once(InputStream stream) {
    AtomicBoolean used = new AtomicBoolean();
    return new BlobSource() {
      @Override
      public long size() {
        return -1;
      }

      @Override
      public InputStream open() throws IOException {
        if (used.getAndSet(true)) {
          throw new IOException("blob stream was already consumed and cannot be sent again");
        }
        return stream;
      }

      @Override
      public boolean replayable() {
        return false;
      }
    };
  }
}
