package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.ConfigException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Waits on a loopback port for the browser's redirect at the end of an OAuth login ({@code GET
 * /?code=...&state=...}, or {@code ?error=...}) and answers it with a page that tells the user what happened. Other
 * requests (a browser asking for {@code /favicon.ico}) get a 404. One login at a time; closed after it.
 */
final class RedirectListener implements AutoCloseable {
  private static final int MAX_REQUEST = 16 * 1024;
  /** A browser may open a connection ahead and send nothing on it: it is dropped after this long. */
  private static final int IDLE_MILLIS = 3_000;

  private final ServerSocket server;

  private RedirectListener(ServerSocket server) {
    this.server = server;
  }

  /** Listens on {@code port} of the loopback address; 0 for a free one. */
  static RedirectListener open(int port) {
    ServerSocket server = null;
    try {
      server = new ServerSocket();
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
      return new RedirectListener(server);
    } catch (IOException e) {
      closeQuietly(server);
      throw new ConfigException("external-browser: cannot listen on localhost:" + port + " for the login's redirect ("
          + e.getMessage() + "); another login (databricks auth login?) may be waiting there: finish or stop it and "
          + "try again");
    }
  }

  int port() {
    return server.getLocalPort();
  }

  /**
   * The query parameters of the redirect, once it came, or null when none came in time. A redirect whose
   * {@code state} is not {@code state} is answered as not belonging to this login, and returned all the same, for
   * the caller to refuse.
   */
  Map<String, String> await(Duration timeout, String state) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return null;
      }
      try {
        server.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
        try (Socket socket = server.accept()) {
          socket.setSoTimeout(IDLE_MILLIS);
          Map<String, String> query = query(requestTarget(socket.getInputStream()));
          if (!query.containsKey("code") && !query.containsKey("error")) {
            respond(socket.getOutputStream(), 404, "Not Found", "Nothing here: this address only ends a login.");
            continue;
          }
          if (!state.equals(query.get("state"))) {
            respond(socket.getOutputStream(), 400, "Bad Request", "This answer does not belong to the login in "
                + "progress, which was stopped. Start the login again.");
          } else if (query.containsKey("error")) {
            respond(socket.getOutputStream(), 200, "OK", "The login failed: " + query.get("error")
                + ". You can close this tab.");
          } else {
            respond(socket.getOutputStream(), 200, "OK", "Logged in. You can close this tab and go back to the "
                + "application.");
          }
          return query;
        }
      } catch (SocketTimeoutException e) {
        // the deadline is checked above; a connection that sent nothing in time is dropped
      } catch (IOException e) {
        // a broken connection: keep listening for the real redirect
      }
    }
  }

  /** The request target of {@code GET <target> HTTP/1.1}, or "" for anything else. */
  private static String requestTarget(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int previous = -1;
    int read;
    while (head.size() < MAX_REQUEST && (read = in.read()) >= 0) {
      if (read == '\n' && previous == '\r') {
        break; // the request line is all that matters
      }
      head.write(read);
      previous = read;
    }
    String[] parts = head.toString(StandardCharsets.US_ASCII.name()).trim().split(" ");
    return parts.length >= 2 && "GET".equals(parts[0]) ? parts[1] : "";
  }

  private static Map<String, String> query(String target) {
    int mark = target.indexOf('?');
    if (mark < 0) {
      return Collections.emptyMap();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : target.substring(mark + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void respond(OutputStream out, int status, String reason, String message) throws IOException {
    String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>brickapi login</title></head><body><p>"
        + message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p></body></html>";
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: text/html; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() {
    closeQuietly(server);
  }

  private static void closeQuietly(ServerSocket server) {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        // nothing left to do
      }
    }
  }
}
