package dev.brickapi.runtime.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.DatabricksTimeoutException;
import dev.brickapi.runtime.TransportException;
import feign.FeignException;
import feign.Response;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Decodes through the generated codec (JSON straight from the response bytes) while keeping the first bytes
 * of the body, so a malformed body fails as a {@link TransportException} whose message shows an excerpt.
 */
public final class CheckedDecoder implements Decoder {
  private static final int KEEP = 256;
  private final Decoder delegate;
  private final Redactor redactor;

  public CheckedDecoder(Decoder delegate, Redactor redactor) {
    this.delegate = delegate;
    this.redactor = redactor;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type == BinaryResponse.class) {
      return BinaryResponse.of(response); // the caller reads the body and closes it
    }
    try {
      return checked(response, type);
    } finally {
      feign.Util.ensureClosed(response.body()); // Feign leaves it open (doNotCloseAfterDecode) for the line above
    }
  }

  private Object checked(Response response, Type type) throws IOException {
    if (response.body() == null) {
      try {
        return delegate.decode(response, type);
      } catch (DecodeException e) {
        throw noBody(response, e);
      }
    }
    Head head = new Head(response.body().asInputStream());
    Response kept = response.toBuilder().body(head, response.body().length()).build();
    try {
      return delegate.decode(kept, type);
    } catch (FeignException | IOException e) {
      if (e instanceof DatabricksException) {
        throw (DatabricksException) e;
      }
      if (e instanceof IOException && CallDeadline.passed()) {
        throw new DatabricksTimeoutException(response.status(), null, "the call's deadline of " + CallDeadline.budget()
            + " passed while reading the answer", response.request().httpMethod().name(),
            DatabricksException.pathOf(response.request()), e);
      }
      Redactor redactor = this.redactor.forRequest(response.request());
      String excerpt = new String(head.first.toByteArray(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
      if (head.count == 0 && e instanceof DecodeException) {
        throw noBody(response, e);
      }
      String message = "the " + response.status() + " response is not the expected " + typeName(type)
          + (e instanceof IOException ? " (" + e.getClass().getSimpleName() + ")" : "")
          + "; body starts: " + (excerpt.isEmpty() ? "(empty)" : redactor.redact(excerpt)
          + (head.count > KEEP ? "..." : ""));
      throw new TransportException(response.status(), null, message, response.request().httpMethod().name(),
          DatabricksException.pathOf(response.request()), redactor.hasFields() ? withoutValues(e) : e);
    }
  }

  /**
   * The decoder's failure without its message, which quotes the offending value (Jackson's do): for an
   * operation with sensitive fields, that value may be one. Where in the body it failed is kept.
   */
  private static Exception withoutValues(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String where = root instanceof JsonMappingException ? " at " + ((JsonMappingException) root).getPathReference() : "";
    IOException safe = new IOException(root.getClass().getSimpleName() + where + " (value not shown: the operation has "
        + "sensitive fields)");
    safe.setStackTrace(e.getStackTrace());
    return safe;
  }

  /** A success without the body the operation documents (the codec's message says which type it expected). */
  private static TransportException noBody(Response response, Exception e) {
    return new TransportException(response.status(), null, e.getMessage(), response.request().httpMethod().name(),
        DatabricksException.pathOf(response.request()), e);
  }

  private static String typeName(Type type) {
    String name = type.getTypeName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** Passes the body through, remembering its first bytes. */
  private static final class Head extends FilterInputStream {
    final ByteArrayOutputStream first = new ByteArrayOutputStream();
    long count;

    Head(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        keep(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        keep(b, off, n);
      }
      return n;
    }

    private void keep(byte[] b, int off, int n) {
      if (count < KEEP) {
        first.write(b, off, (int) Math.min(n, KEEP - count));
      }
      count += n;
    }
  }
}
