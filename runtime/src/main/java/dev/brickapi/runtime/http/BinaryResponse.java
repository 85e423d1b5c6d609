package dev.brickapi.runtime.http;

import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.TransportException;
import feign.Request;
import feign.Response;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A successful answer whose body is not decoded: its status, its headers and its body as a stream that is read as
 * the caller goes, never buffered whole. Generated services return it from their Feign binding for operations that
 * answer {@code application/octet-stream} or declare response headers, and wrap it in the operation's typed
 * response. Closing it (or the stream) releases the connection; a stream closed before its end drops the connection
 * instead of reading the rest.
 */
public final class BinaryResponse implements Closeable {
  private static final InputStream EMPTY = InputStream.nullInputStream();

  private final int status;
  private final Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Response.Body body;
  private final String method;
  private final String path;
  private InputStream contents;

  private BinaryResponse(Response response) {
    this.status = response.status();
    this.headers.putAll(response.headers());
    this.body = response.body();
    Request request = response.request();
    this.method = request == null ? "?" : request.httpMethod().name();
    this.path = request == null ? "?" : DatabricksException.pathOf(request);
  }

  /** The answer, its body unread (called by the runtime's decoder). */
  public static BinaryResponse of(Response response) {
    return new BinaryResponse(response);
  }

  /** Whether the operation of {@code request} answers a {@code BinaryResponse} (a body to stream). */
  static boolean expectedBy(Request request) {
    feign.MethodMetadata md = request.requestTemplate() == null ? null : request.requestTemplate().methodMetadata();
    return md != null && md.returnType() == BinaryResponse.class;
  }

  public int status() {
    return status;
  }

  /** The first value of the header {@code name} (any case), or null when the answer has none. */
  public String header(String name) {
    Collection<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }

  /**
   * The header {@code name} as a number, or null when absent.
   *
   * @throws TransportException when the server sent something else, naming the header and its value
   */
  public Long headerLong(String name) {
    String value = header(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw malformed(name, value, "a number");
    }
  }

  /** The header {@code name} as an int, or null when absent; a malformed value is a {@link TransportException}. */
  public Integer headerInt(String name) {
    Long value = headerLong(name);
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      throw malformed(name, header(name), "a 32-bit number");
    }
    return value == null ? null : value.intValue();
  }

  /** The header {@code name} as {@code true}/{@code false}, or null when absent. */
  public Boolean headerBoolean(String name) {
    String value = header(name);
    if (value == null) {
      return null;
    }
    if (value.trim().equalsIgnoreCase("true") || value.trim().equalsIgnoreCase("false")) {
      return Boolean.valueOf(value.trim());
    }
    throw malformed(name, value, "true or false");
  }

  private TransportException malformed(String name, String value, String expected) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return new TransportException(status, null, "the response header " + name + " is not " + expected + ": '" + shown
        + "'", method, path, null);
  }

  /** The body, read from the connection as the caller reads; empty when the answer has none. Close it when done. */
  public synchronized InputStream contents() {
    if (contents == null) {
      try {
        contents = body == null ? EMPTY : body.asInputStream();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the body of " + method + " " + path, e);
      }
    }
    return contents;
  }

  /** Releases the connection (dropping it when the body was not read to its end). */
  @Override
  public void close() {
    if (body != null) {
      try {
        body.close();
      } catch (IOException e) {
        // the connection is dropped either way
      }
    }
  }

  @Override
  public String toString() {
    return "BinaryResponse(" + status + " for " + method + " " + path + ")";
  }
}
