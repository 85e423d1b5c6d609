package dev.brickapi.runtime.http;

import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.TransportException;
import feign.Request;
import feign.RequestTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request body sent as a stream ({@code application/octet-stream} operations): read as it goes on the wire, a
 * buffer at a time, whatever its size. From a file it can be sent again when the call is retried; from an
 * {@code InputStream} it is sent once (a retry after it was sent fails with a {@link TransportException} saying so).
 * The caller keeps ownership of a stream it passed and closes it; a file is opened and closed per attempt.
 *
 * <p>Feign's request body is a byte array, so the body does not travel in Feign's request: the codec leaves a
 * handle in a header only the runtime reads, and the runtime's transport sends the stream in its place
 * (docs/client-runtime.md, "Streamed bodies").
 */
public final class UploadBody {
  /** The header that names the body of the request; removed before the request is sent. */
  static final String HANDLE = "X-Brickapi-Upload-Body";
  private static final AtomicLong IDS = new AtomicLong();
  private static final ThreadLocal<UploadBody> PENDING = new ThreadLocal<>();

  private final String id = Long.toString(IDS.incrementAndGet());
  private final InputStream stream;
  private final Path file;
  private final long length;
  private boolean sent;

  private UploadBody(InputStream stream, Path file, long length) {
    this.stream = stream;
    this.file = file;
    this.length = length;
  }

  /** The rest of {@code stream}, its length unknown (sent chunked). */
  public static UploadBody of(InputStream stream) {
    return new UploadBody(Objects.requireNonNull(stream, "stream"), null, -1);
  }

  /** The next {@code length} bytes of {@code stream} (sent with that {@code Content-Length}). */
  public static UploadBody of(InputStream stream, long length) {
    if (length < 0) {
      throw new IllegalArgumentException("the length of an upload body is at least 0, not " + length);
    }
    return new UploadBody(Objects.requireNonNull(stream, "stream"), null, length);
  }

  /** The content of {@code file}, opened for each attempt, so a retried call sends it again. */
  public static UploadBody of(Path file) {
    if (!Files.isRegularFile(Objects.requireNonNull(file, "file"))) {
      throw new IllegalArgumentException("no file to upload at " + file);
    }
    return new UploadBody(null, file, -1);
  }

  /**
   * Puts this body's handle on the request (called by the runtime's codec): the transport of the same thread
   * sends it in place of Feign's byte array.
   */
  public void attach(RequestTemplate template) {
    template.removeHeader(HANDLE);
    template.header(HANDLE, id);
    template.body((byte[]) null, null);
    PENDING.set(this);
  }

  /** The body whose handle {@code request} carries, or null for a request with Feign's own body. */
  static UploadBody of(Request request) {
    Collection<String> handle = request.headers().get(HANDLE);
    if (handle == null || handle.isEmpty()) {
      return null;
    }
    UploadBody body = PENDING.get();
    if (body == null || !handle.contains(body.id)) {
      throw notAgain(request);
    }
    return body;
  }

  /** The number of bytes to send, or -1 when unknown. */
  long length() throws IOException {
    return file != null ? Files.size(file) : length;
  }

  /** The bytes for one attempt. */
  InputStream open(Request request) throws IOException {
    if (file != null) {
      return Files.newInputStream(file);
    }
    if (sent) {
      throw notAgain(request);
    }
    sent = true;
    PENDING.remove(); // a stream is sent once: the thread keeps no reference to it
    return new java.io.FilterInputStream(stream) {
      @Override
      public void close() {
        // the caller's stream: the caller closes it
      }
    };
  }

  private static TransportException notAgain(Request request) {
    return new TransportException(-1, null, "the upload body is an InputStream that was sent once and cannot be sent "
        + "again for a retry; upload from a file (UploadBody.of(Path)) to have it retried",
        request.httpMethod().name(), DatabricksException.pathOf(request), null);
  }

  @Override
  public String toString() {
    return file != null ? "UploadBody(" + file + ")" : "UploadBody(stream, " + (length < 0 ? "length unknown"
        : length + " bytes") + ")";
  }
}
